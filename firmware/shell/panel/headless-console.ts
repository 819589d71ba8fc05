/**
 * Without the front panel (on a board, under systemd, in a script) the
 * simulated devices speak in the log instead: each ticket printed, each
 * display face, each announcement, each keypad answer. With `--keys-stdin`,
 * lines on standard input press the simulated buttons, so a demo or a test
 * can drive a headless appliance:
 *
 *   press dispenser deposits
 *   press counter:c1 next
 *   chord dispenser deposits,accounts
 */
import type { Readable } from 'node:stream'
import { createInterface, type Interface } from 'node:readline'
import type { Logger } from 'pino'
import type { Appliance } from '../app.ts'

export class HeadlessConsole {
  private lines?: Interface

  constructor(
    private readonly app: Appliance,
    private readonly logger: Logger,
    private readonly keys?: Readable,
  ) {}

  start(): void {
    const sim = this.app.drivers.simulated
    const log = this.logger
    for (const printer of sim.printers)
      printer.on('printed', (_text, ticket) => log.info({ label: ticket.label }, 'simulated printer printed a ticket'))
    for (const [display, face] of sim.displays)
      face.on('shown', (content) => log.info({ display, rows: content.rows }, 'simulated display shows'))
    for (const audio of sim.audio)
      audio.on('played', (a) =>
        log.info({ words: a.parts.map((p) => `${p.lang}: ${p.words.join(' ')}`) }, 'simulated speaker said'),
      )
    this.app.dispenser?.on('refused', (service, message) =>
      log.info({ service, message }, 'ticket box refused a ticket'),
    )
    for (const counter of this.app.counters)
      counter.on('feedback', (f) =>
        log.info({ counter: f.counter, key: f.key, ok: f.ok, text: f.text }, 'keypad answered'),
      )
    if (!this.keys) return
    this.lines = createInterface({ input: this.keys })
    this.lines.on('line', (line) => this.onLine(line.trim()))
  }

  private onLine(line: string): void {
    if (line === '') return
    const [verb, name, keys, extra] = line.split(/\s+/)
    const input = name === undefined ? undefined : this.app.drivers.simulated.inputs.get(name)
    if ((verb !== 'press' && verb !== 'chord') || keys === undefined || extra !== undefined) {
      this.logger.warn({ line }, 'not a console line: write "press INPUT KEY" or "chord INPUT KEY,KEY"')
    } else if (!input) {
      this.logger.warn(
        { line, inputs: [...this.app.drivers.simulated.inputs.keys()] },
        `no simulated input "${name}" on this board`,
      )
    } else if (verb === 'press') {
      input.press(keys)
    } else {
      input.chord(keys.split(','))
    }
  }

  stop(): void {
    this.lines?.close()
  }
}
