/** A teller's keypad: each key becomes a command; each answer becomes feedback on the keypad. */
import { EventEmitter } from 'node:events'
import type { Logger } from 'pino'
import type { BusClient } from '../../bus/client.ts'
import type { InputDevice } from '../../drivers/input/input.ts'
import { feedbackKind, type FeedbackKind, type KeypadFeedback } from '../../drivers/keypad/keypad-protocol.ts'
import { fitWords } from '../../language/fit.ts'
import type { MessageKey } from '../../language/messages/catalogue.ts'
import { english } from '../../language/messages/en.ts'
import type { Words } from '../../language/messages/words.ts'
import { commandForKey } from './counter-keys.ts'

/** Characters a keypad's display shows of a reply (docs/keypads-displays.md). */
export const KEYPAD_TEXT_WIDTH = 32

/** The keypad's words for a refusal: the code's own message where the catalogue has one. */
function refusalKey(code: string): MessageKey {
  const key = `keypad.error.${code}`
  return key in english ? (key as MessageKey) : 'keypad.error.other'
}

export interface Feedback {
  counter: string
  key: string
  ok: boolean
  text: string
  /** What the keypad was told: a beep or LED code, or `text` where it has a display. */
  kind: FeedbackKind
}

export interface CounterRoleOptions {
  counter: string
  keypad: InputDevice & Partial<KeypadFeedback>
  bus: BusClient
  logger: Logger
  /** The staff's language: what the keypad's display says. */
  words: Words
  /** Turns typed digits into ids (roles/counter/keypad-targets.ts); keys pass unchanged without it. */
  resolveKey?: (key: string) => string
}

export class CounterRole extends EventEmitter<{ feedback: [Feedback] }> {
  private readonly counter: string
  private readonly keypad: InputDevice & Partial<KeypadFeedback>
  private readonly bus: BusClient
  private readonly logger: Logger
  private readonly words: Words
  private readonly resolveKey: (key: string) => string
  /** Keys are answered in the order they were pressed: "finish" then "next" must not swap on the way. */
  private keys: Promise<void> = Promise.resolve()
  private readonly onPress = (key: string) => {
    this.keys = this.keys
      .then(() => this.press(key))
      .catch((err: Error) => this.logger.error({ counter: this.counter, err }, 'a key could not be handled'))
  }

  constructor(options: CounterRoleOptions) {
    super()
    this.counter = options.counter
    this.keypad = options.keypad
    this.bus = options.bus
    this.logger = options.logger
    this.words = options.words
    this.resolveKey = options.resolveKey ?? ((key) => key)
  }

  async start(): Promise<void> {
    await this.keypad.start()
    this.keypad.on('press', this.onPress)
  }

  private async press(key: string): Promise<void> {
    const command = commandForKey(this.counter, this.resolveKey(key))
    if (!command) {
      this.tell(key, 'not-allowed', this.words.text('keypad.unknown-key'))
      return
    }
    const answer = await this.bus.request(command)
    if (answer.status === 'error') {
      this.logger.info({ counter: this.counter, key: command.type, code: answer.error.code }, answer.error.message)
      this.tell(key, feedbackKind(false, answer.error.code), this.words.text(refusalKey(answer.error.code)))
      return
    }
    const { ticket, staff } = answer.data
    const { words } = this
    const text = ticket
      ? words.text('keypad.ticket', { label: ticket.label, state: words.text(`state.${ticket.state}`) })
      : staff
        ? words.text('keypad.hello', { name: staff.name })
        : words.text('keypad.done')
    this.tell(key, 'done', text)
  }

  private tell(key: string, kind: FeedbackKind, said: string): void {
    // A staff name can make a reply long: it is cut between words, never inside one.
    const text = fitWords(said, KEYPAD_TEXT_WIDTH)
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
