/**
 * Service buttons and their lamps on GPIO lines, over either backend. Edges
 * go through ButtonLogic (debounce, long press, the technician's chord);
 * lamps are outputs that are lit, off or blinking.
 *
 * A lamp's state is what the role wants; the level is written only once the
 * backend has configured its lines (a role sets its lamps as soon as it knows
 * the printer's state, which may be before the buttons have started), and a
 * write that failed, or whose level the backend lost later (a gpioset that
 * died), is tried again at each lamp tick until it holds: a lamp is never
 * left dark because one write was lost (issue 14).
 */
import { EventEmitter } from 'node:events'
import { performance } from 'node:perf_hooks'
import type { Logger } from 'pino'
import type { GpioBackend } from '../gpio/gpio-backend.ts'
import { ButtonLogic, type ButtonEvent, type ButtonTimings, type Chord } from './button-logic.ts'
import type { ButtonLamps, InputDevice, InputEvents, LampState } from './input.ts'

export interface GpioButton {
  key: string
  /** Input line on the chip. */
  line: number
  /** Lamp output line, if the button has a lamp. */
  lamp?: number
}

export interface GpioButtonsOptions {
  backend: GpioBackend
  buttons: GpioButton[]
  timings: ButtonTimings
  chord?: Chord
  /** Half a blink period. Default 400 ms. */
  blinkMs?: number
  logger: Logger
}

export class GpioButtons extends EventEmitter<InputEvents> implements InputDevice, ButtonLamps {
  private readonly logic: ButtonLogic
  private timer?: NodeJS.Timeout
  private blinker?: NodeJS.Timeout
  private blinkPhase = false
  private readonly lamps = new Map<string, LampState>()
  /** The level each lamp line should have now, and the level last written to it (absent: unknown, write it). */
  private readonly wanted = new Map<number, boolean>()
  private readonly written = new Map<number, boolean>()
  private readonly writing = new Set<number>()
  /** Lines whose last write failed: logged once per run of failures, not at every retry. */
  private readonly failing = new Set<number>()
  private started = false
  private readonly onEdge = (line: number, active: boolean) => this.edge(line, active)
  private readonly onFailure = (err: Error) => this.options.logger.error({ err }, 'GPIO backend failed')
  private readonly onLost = (line: number, err: Error) => this.lost(line, err)

  constructor(private readonly options: GpioButtonsOptions) {
    super()
    this.logic = new ButtonLogic(options.timings, options.chord)
  }

  async start(): Promise<void> {
    this.options.backend.on('edge', this.onEdge)
    this.options.backend.on('failure', this.onFailure)
    this.options.backend.on('lost', this.onLost)
    await this.options.backend.start()
    // The backend drives every output low as it configures it: whatever was written before is gone.
    this.written.clear()
    this.started = true
    this.blinker = setInterval(() => this.tick(), this.options.blinkMs ?? 400)
    this.applyAll()
  }

  private edge(line: number, active: boolean): void {
    const button = this.options.buttons.find((b) => b.line === line)
    if (!button) return
    this.report(this.logic.edge(button.key, active, performance.now()))
    this.schedule()
  }

  private schedule(): void {
    clearTimeout(this.timer)
    const next = this.logic.nextDeadline()
    if (next === undefined) return
    this.timer = setTimeout(
      () => {
        this.report(this.logic.tick(performance.now()))
        this.schedule()
      },
      Math.max(0, Math.ceil(next - performance.now())),
    )
  }

  private report(events: ButtonEvent[]): void {
    for (const e of events) {
      if (e.type === 'chord') this.emit('chord', e.keys)
      else this.emit(e.type, e.key)
    }
  }

  setLamp(key: string, state: LampState): void {
    const button = this.options.buttons.find((b) => b.key === key)
    if (button?.lamp === undefined || this.lamps.get(key) === state) return
    this.lamps.set(key, state)
    if (state !== 'blink') this.drive(button.lamp, state === 'on')
  }

  /** Blinking lamps change phase; any lamp whose last write failed is written again. */
  private tick(): void {
    this.blinkPhase = !this.blinkPhase
    for (const b of this.options.buttons)
      if (b.lamp !== undefined && this.lamps.get(b.key) === 'blink') this.wanted.set(b.lamp, this.blinkPhase)
    this.applyAll()
  }

  private drive(line: number, high: boolean): void {
    this.wanted.set(line, high)
    this.apply(line)
  }

  private applyAll(): void {
    for (const line of this.wanted.keys()) this.apply(line)
  }

  /**
   * The line dropped its level (its gpioset died): written again at the next
   * lamp tick, not at once, so a gpioset that dies as soon as it starts (the
   * line taken by another program) is retried at the tick's pace, not in a loop.
   */
  private lost(line: number, err: Error): void {
    this.written.delete(line)
    if (!this.failing.has(line))
      this.options.logger.warn({ line, err }, 'lamp lost its level; writing it again at the next lamp tick')
    this.failing.add(line)
  }

  /** One write per line at a time; when it ends, the level wanted by then is written if it differs. */
  private apply(line: number): void {
    const high = this.wanted.get(line)
    if (!this.started || high === undefined || this.writing.has(line) || this.written.get(line) === high) return
    const { backend, logger } = this.options
    this.writing.add(line)
    backend.write(line, high).then(
      () => {
        this.writing.delete(line)
        this.written.set(line, high)
        if (this.failing.delete(line)) logger.info({ line, high }, 'lamp set after failed tries')
        this.apply(line)
      },
      (err: Error) => {
        this.writing.delete(line)
        this.written.delete(line)
        if (!this.failing.has(line)) logger.warn({ line, err }, 'lamp not set; trying again at each lamp tick')
        this.failing.add(line)
      },
    )
  }

  async stop(): Promise<void> {
    this.started = false
    clearTimeout(this.timer)
    clearInterval(this.blinker)
    this.timer = undefined
    this.blinker = undefined
    this.options.backend.off('edge', this.onEdge)
    this.options.backend.off('failure', this.onFailure)
    this.options.backend.off('lost', this.onLost)
    await this.options.backend.stop()
  }
}
