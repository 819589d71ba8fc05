/**
 * GPIO through the kernel's sysfs interface (/sys/class/gpio). The global
 * line number is the chip's base plus the line offset; the base is read from
 * gpiochipN/base of the chip whose gpiochipN/label matches — it is 0 on old
 * kernels, 512 on a Pi 4 with kernel ≥ 6.6, 571 seen on a Pi 5, so it is
 * never assumed. Inputs are sampled every `pollMs`: a read of a sysfs value
 * costs a few microseconds, and sampling works the same on every kernel and
 * on a directory tree standing in for /sys (onoff's epoll interrupts do not,
 * and onoff cannot be pointed at another root).
 */
import { EventEmitter } from 'node:events'
import { access, readFile, readdir, open, writeFile, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Logger } from 'pino'
import { GpioChipNotFoundError, type GpioBackend, type GpioEvents, type GpioRequest } from './gpio-backend.ts'

export interface SysfsGpioOptions {
  request: GpioRequest
  logger: Logger
  /** Default /sys/class/gpio. */
  root?: string
  /** Input sampling period. Default 2 ms, well inside a 20 ms debounce. */
  pollMs?: number
  /** How long udev may take to make a freshly exported line's files. Default 2000 ms. */
  exportTimeoutMs?: number
}

interface Watched {
  line: number
  file: FileHandle
  active?: boolean
}

/** Finds the chip base from its label, as the kernel lists them under the sysfs root. */
export async function sysfsChipBase(root: string, label: string): Promise<number> {
  const seen: string[] = []
  for (const entry of (await readdir(root)).filter((e) => e.startsWith('gpiochip')).sort()) {
    const chipLabel = (await readFile(join(root, entry, 'label'), 'utf8')).trim()
    seen.push(`${entry} "${chipLabel}"`)
    if (chipLabel === label) {
      const base = Number((await readFile(join(root, entry, 'base'), 'utf8')).trim())
      if (!Number.isInteger(base) || base < 0) throw new Error(`${join(root, entry, 'base')} does not hold a chip base`)
      return base
    }
  }
  throw new GpioChipNotFoundError(label, root, seen)
}

export class SysfsGpio extends EventEmitter<GpioEvents> implements GpioBackend {
  readonly name: string
  private readonly root: string
  /** Unknown until start() has read it: a line number without it is another pin (gpio27, not gpio539). */
  private base?: number
  private readonly exported: number[] = []
  private watched: Watched[] = []
  private timer?: NodeJS.Timeout
  private sampling = false
  private readonly buf = Buffer.alloc(4)

  constructor(private readonly options: SysfsGpioOptions) {
    super()
    this.root = options.root ?? '/sys/class/gpio'
    this.name = `sysfs ${this.root}`
  }

  private gpio(line: number): number {
    if (this.base === undefined)
      throw new Error(`GPIO line ${line} used before the chip base was read from ${this.root} (start() first)`)
    return this.base + line
  }

  private lineDir(line: number): string {
    return join(this.root, `gpio${this.gpio(line)}`)
  }

  private async export(line: number): Promise<void> {
    const value = join(this.lineDir(line), 'value')
    if (await exists(value)) return
    await writeFile(join(this.root, 'export'), String(this.gpio(line)))
    this.exported.push(line)
    const until = Date.now() + (this.options.exportTimeoutMs ?? 2000)
    while (!(await exists(value))) {
      if (Date.now() > until) throw new Error(`GPIO ${this.gpio(line)} was exported but ${value} did not appear`)
      await sleep(10)
    }
  }

  async start(): Promise<void> {
    const { request, logger } = this.options
    const base = await sysfsChipBase(this.root, request.chipLabel)
    this.base = base
    logger.info({ chip: request.chipLabel, base }, 'GPIO chip found')
    for (const input of request.inputs) {
      await this.export(input.line)
      const dir = this.lineDir(input.line)
      await writeFile(join(dir, 'direction'), 'in')
      await writeFile(join(dir, 'active_low'), input.activeLow ? '1' : '0')
      // sysfs cannot set a bias: the pull-up comes from the device tree (config.txt `gpio=17=ip,pu`).
      if (input.bias !== 'as-is')
        logger.debug({ line: input.line, bias: input.bias }, 'bias must be set in config.txt on sysfs')
      this.watched.push({ line: input.line, file: await open(join(dir, 'value'), 'r') })
    }
    for (const line of request.outputs) {
      await this.export(line)
      // "low" sets the direction and the level in one write, so a lamp never flashes on.
      await writeFile(join(this.lineDir(line), 'direction'), 'low')
    }
    await this.sample(false)
    this.timer = setInterval(() => void this.sample(true), this.options.pollMs ?? 2)
  }

  private async sample(report: boolean): Promise<void> {
    if (this.sampling) return
    this.sampling = true
    try {
      for (const w of this.watched) {
        const { bytesRead } = await w.file.read(this.buf, 0, this.buf.length, 0)
        const active = this.buf.subarray(0, bytesRead).toString('latin1').trim() === '1'
        if (w.active !== active) {
          w.active = active
          if (report) this.emit('edge', w.line, active)
        }
      }
    } catch (err) {
      clearInterval(this.timer)
      this.emit('failure', new Error(`reading GPIO values under ${this.root} failed: ${(err as Error).message}`))
    } finally {
      this.sampling = false
    }
  }

  async write(line: number, high: boolean): Promise<void> {
    await writeFile(join(this.lineDir(line), 'value'), high ? '1' : '0')
  }

  async stop(): Promise<void> {
    clearInterval(this.timer)
    this.timer = undefined
    const watched = this.watched
    this.watched = []
    for (const w of watched) await w.file.close()
    while (this.exported.length > 0) {
      const line = this.exported.pop() as number
      try {
        await writeFile(join(this.root, 'unexport'), String(this.gpio(line)))
      } catch (err) {
        this.options.logger.warn({ line, err }, 'could not unexport a GPIO line')
      }
    }
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}
