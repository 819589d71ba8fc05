/**
 * GPIO through the libgpiod command-line tools, for kernels without sysfs
 * GPIO: `gpiomon` watches the inputs and prints each edge, one `gpioset`
 * per lamp holds its line at its level. The tools are found on PATH. A
 * gpioset that exits while it holds a line is reported as `lost`: the level
 * is gone with it, and the lamp must be written again (issue 14).
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { EventEmitter, once } from 'node:events'
import { createInterface } from 'node:readline'
import { promisify } from 'node:util'
import type { Logger } from 'pino'
import {
  GpioChipNotFoundError,
  type GpioBackend,
  type GpioEvents,
  type GpioRequest,
  type InputLine,
} from './gpio-backend.ts'
import {
  chipByLabel,
  gpiomonArgs,
  gpiosetArgs,
  labelsIn,
  parseGpiodVersion,
  parseGpiomonLine,
  type GpiodMajor,
} from './gpiod-cli-syntax.ts'

const run = promisify(execFile)

export interface GpiodCliOptions {
  request: GpioRequest
  logger: Logger
  /** Wait before a gpiomon that exited is started again. Default 1000 ms. */
  restartMs?: number
}

export class GpiodCli extends EventEmitter<GpioEvents> implements GpioBackend {
  readonly name = 'libgpiod tools'
  private major: GpiodMajor = 2
  private chip = ''
  private monitors: ChildProcess[] = []
  private readonly holders = new Map<number, ChildProcess>()
  private stopped = false

  constructor(private readonly options: GpiodCliOptions) {
    super()
  }

  async start(): Promise<void> {
    const { request, logger } = this.options
    this.stopped = false
    this.major = parseGpiodVersion((await run('gpiomon', ['--version'])).stdout)
    const detected = (await run('gpiodetect', [])).stdout
    const chip = chipByLabel(detected, request.chipLabel)
    if (chip === undefined) throw new GpioChipNotFoundError(request.chipLabel, 'gpiodetect', labelsIn(detected))
    this.chip = chip
    logger.info({ chip, label: request.chipLabel, libgpiod: this.major }, 'GPIO chip found')
    for (const line of request.outputs) await this.write(line, false)
    const groups = new Map<string, InputLine[]>()
    for (const input of request.inputs) {
      const key = `${input.activeLow}/${input.bias}`
      groups.set(key, [...(groups.get(key) ?? []), input])
    }
    for (const lines of groups.values()) this.monitor(lines)
  }

  private monitor(lines: InputLine[]): void {
    const { logger } = this.options
    const args = gpiomonArgs(this.major, this.chip, lines)
    const child = spawn('gpiomon', args, { stdio: ['ignore', 'pipe', 'pipe'] })
    this.monitors.push(child)
    createInterface({ input: child.stdout! }).on('line', (text) => {
      try {
        const { line, active } = parseGpiomonLine(this.major, text)
        this.emit('edge', line, active)
      } catch (err) {
        logger.warn({ err }, 'gpiomon output refused')
      }
    })
    createInterface({ input: child.stderr! }).on('line', (text) => logger.warn({ gpiomon: text }, 'gpiomon says'))
    child.on('error', (err) => this.emit('failure', new Error(`gpiomon could not run: ${err.message}`)))
    child.on('exit', (code, signal) => {
      this.monitors = this.monitors.filter((m) => m !== child)
      if (this.stopped) return
      this.emit('failure', new Error(`gpiomon ${args.join(' ')} exited (${code ?? signal}); starting it again`))
      setTimeout(() => this.stopped || this.monitor(lines), this.options.restartMs ?? 1000).unref()
    })
  }

  /** A new gpioset holds the new level; the old one is ended first so the line is free. */
  async write(line: number, high: boolean): Promise<void> {
    if (this.chip === '')
      throw new Error(`GPIO line ${line} set before the chip was found with gpiodetect (start() first)`)
    await this.release(line)
    if (this.stopped) return
    const child = spawn('gpioset', gpiosetArgs(this.major, this.chip, line, high), {
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    child.stderr!.on('data', (d: Buffer) =>
      this.options.logger.warn({ line, gpioset: d.toString().trim() }, 'gpioset says'),
    )
    // A gpioset that cannot start (not installed, not executable) fails this write, so the caller tries it again.
    await new Promise<void>((resolve, reject) => {
      child.once('spawn', resolve)
      child.once('error', (err) => reject(new Error(`gpioset could not run: ${err.message}`)))
    })
    child.on('error', (err) => this.emit('failure', new Error(`gpioset for line ${line}: ${err.message}`)))
    // A gpioset ended by release() is no longer the holder; any other exit (a crash, a kill, the line taken) drops the level.
    child.once('exit', (code, signal) => {
      if (this.holders.get(line) !== child) return
      this.holders.delete(line)
      if (!this.stopped)
        this.emit(
          'lost',
          line,
          new Error(`gpioset ${gpiosetArgs(this.major, this.chip, line, high).join(' ')} exited (${code ?? signal})`),
        )
    })
    this.holders.set(line, child)
  }

  private async release(line: number): Promise<void> {
    const child = this.holders.get(line)
    this.holders.delete(line)
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = once(child, 'exit')
    child.kill('SIGTERM')
    await exited
  }

  async stop(): Promise<void> {
    this.stopped = true
    for (const line of [...this.holders.keys()]) await this.release(line)
    const monitors = this.monitors
    this.monitors = []
    await Promise.all(
      monitors.map(async (m) => {
        if (m.exitCode !== null || m.signalCode !== null) return
        const exited = once(m, 'exit')
        m.kill('SIGTERM')
        await exited
      }),
    )
  }
}
