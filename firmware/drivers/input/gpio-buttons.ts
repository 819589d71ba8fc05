/**
 * Service buttons and their lamps on GPIO lines, over either backend. Edges
 * go through ButtonLogic (debounce, long press, the technician's chord);
 * lamps are outputs that are lit, off or blinking.
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
  private readonly onEdge = (line: number, active: boolean) => this.edge(line, active)
  private readonly onFailure = (err: Error) => this.options.logger.error({ err: err.message }, 'GPIO backend failed')

  constructor(private readonly options: GpioButtonsOptions) {
    super()
    this.logic = new ButtonLogic(options.timings, options.chord)
  }

  async start(): Promise<void> {
    this.options.backend.on('edge', this.onEdge)
    this.options.backend.on('failure', this.onFailure)
    await this.options.backend.start()
    this.blinker = setInterval(() => this.blink(), this.options.blinkMs ?? 400)
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
    this.timer = setTimeout(() => {
      this.report(this.logic.tick(performance.now()))
      this.schedule()
    }, Math.max(0, Math.ceil(next - performance.now())))
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

  private blink(): void {
    this.blinkPhase = !this.blinkPhase
    for (const b of this.options.buttons) if (b.lamp !== undefined && this.lamps.get(b.key) === 'blink') this.drive(b.lamp, this.blinkPhase)
  }

  private drive(line: number, high: boolean): void {
    this.options.backend.write(line, high).catch((err: Error) => this.options.logger.warn({ line, err: err.message }, 'lamp not set'))
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer)
    clearInterval(this.blinker)
    this.timer = undefined
    this.blinker = undefined
    this.options.backend.off('edge', this.onEdge)
    this.options.backend.off('failure', this.onFailure)
    await this.options.backend.stop()
  }
}
