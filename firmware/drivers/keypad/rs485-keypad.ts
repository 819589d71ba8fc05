/** One teller's keypad on a shared RS-485 line: its keys by address, and its feedback frames. */
import { EventEmitter } from 'node:events'
import type { InputDevice, InputEvents } from '../input/input.ts'
import type { KeypadRouter } from './keypad-router.ts'
import type { FeedbackKind, KeypadFeedback } from './keypad-protocol.ts'

export interface Rs485KeypadOptions {
  address: number
  /** The service a QSystem "redirect" key sends the ticket to; without it redirect is refused. */
  redirectTo?: string
}

export class Rs485Keypad extends EventEmitter<InputEvents> implements InputDevice, KeypadFeedback {
  private started = false

  constructor(
    private readonly router: KeypadRouter,
    private readonly options: Rs485KeypadOptions,
  ) {
    super()
  }

  async start(): Promise<void> {
    await this.router.attach(this.options.address, (key) => this.emit('press', this.named(key)))
    this.started = true
  }

  /** QSystem's redirect key has no digits to say where: the keypad's configured service. */
  private named(key: string): string {
    if (key !== 'redirect') return key
    return this.options.redirectTo === undefined ? 'redirect' : `transfer:${this.options.redirectTo}`
  }

  feedback(kind: FeedbackKind, text: string): void {
    void this.router.reply(this.options.address, kind, text)
  }

  async stop(): Promise<void> {
    if (!this.started) return
    this.started = false
    await this.router.detach(this.options.address)
  }
}
