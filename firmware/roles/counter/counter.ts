/** A teller's keypad: each key becomes a command; each answer becomes feedback on the keypad. */
import { EventEmitter } from 'node:events'
import type { Logger } from 'pino'
import type { BusClient } from '../../bus/client.ts'
import type { InputDevice } from '../../drivers/input/input.ts'
import { feedbackKind, type FeedbackKind, type KeypadFeedback } from '../../drivers/keypad/keypad-protocol.ts'
import { commandForKey } from './counter-keys.ts'

export interface Feedback {
  counter: string
  key: string
  ok: boolean
  text: string
  /** What the keypad was told: a beep or LED code, or `text` where it has a display. */
  kind: FeedbackKind
}

export class CounterRole extends EventEmitter<{ feedback: [Feedback] }> {
  /** Keys are answered in the order they were pressed: "finish" then "next" must not swap on the way. */
  private keys: Promise<void> = Promise.resolve()
  private readonly onPress = (key: string) => {
    this.keys = this.keys
      .then(() => this.press(key))
      .catch((err: Error) => this.logger.error({ counter: this.counter, err: err.message }, 'a key could not be handled'))
  }

  constructor(
    private readonly counter: string,
    private readonly keypad: InputDevice & Partial<KeypadFeedback>,
    private readonly bus: BusClient,
    private readonly logger: Logger,
    /** Turns typed digits into ids (roles/counter/keypad-targets.ts); keys pass unchanged without it. */
    private readonly resolveKey: (key: string) => string = (key) => key,
  ) {
    super()
  }

  async start(): Promise<void> {
    await this.keypad.start()
    this.keypad.on('press', this.onPress)
  }

  private async press(key: string): Promise<void> {
    const command = commandForKey(this.counter, this.resolveKey(key))
    if (!command) {
      this.tell(key, 'not-allowed', `Unknown key "${key}"`)
      return
    }
    const answer = await this.bus.request(command)
    if (answer.status === 'error') {
      this.logger.info({ counter: this.counter, key: command.type, code: answer.error.code }, answer.error.message)
      this.tell(key, feedbackKind(false, answer.error.code), answer.error.message)
      return
    }
    const { ticket, staff } = answer.data
    const text = ticket ? `${ticket.label} ${ticket.state}` : staff ? `Hello ${staff.name}` : 'done'
    this.tell(key, 'done', text)
  }

  private tell(key: string, kind: FeedbackKind, text: string): void {
    this.keypad.feedback?.(kind, text)
    // A PIN is never shown or logged: the key is reported without it.
    const shown = key.startsWith('login:') ? 'login' : key
    this.emit('feedback', { counter: this.counter, key: shown, ok: kind === 'done', text, kind })
  }

  async stop(): Promise<void> {
    this.keypad.off('press', this.onPress)
    await this.keypad.stop()
  }
}
