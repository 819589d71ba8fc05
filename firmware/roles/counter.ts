/** A teller's keypad: each key becomes a command; each answer becomes feedback on the keypad. */
import { EventEmitter } from 'node:events'
import type { Logger } from 'pino'
import type { TicketView } from '../core/index.ts'
import type { BusClient } from '../bus/client.ts'
import type { InputDevice } from '../drivers/input/input.ts'
import { commandForKey } from './counter-keys.ts'

export interface Feedback {
  counter: string
  key: string
  ok: boolean
  text: string
}

export class CounterRole extends EventEmitter<{ feedback: [Feedback] }> {
  private readonly onPress = (key: string) => void this.press(key)

  constructor(
    private readonly counter: string,
    private readonly keypad: InputDevice,
    private readonly bus: BusClient,
    private readonly logger: Logger,
  ) {
    super()
  }

  async start(): Promise<void> {
    await this.keypad.start()
    this.keypad.on('press', this.onPress)
  }

  private async press(key: string): Promise<void> {
    const command = commandForKey(this.counter, key)
    if (!command) {
      this.emit('feedback', { counter: this.counter, key, ok: false, text: `Unknown key "${key}"` })
      return
    }
    const answer = await this.bus.request(command)
    if (answer.status === 'error') {
      this.logger.info({ counter: this.counter, key, code: answer.error.code }, answer.error.message)
      this.emit('feedback', { counter: this.counter, key, ok: false, text: answer.error.message })
      return
    }
    const ticket = (answer.data as { ticket?: TicketView } | undefined)?.ticket
    this.emit('feedback', { counter: this.counter, key, ok: true, text: ticket ? `${ticket.label} ${ticket.state}` : 'done' })
  }

  async stop(): Promise<void> {
    this.keypad.off('press', this.onPress)
    await this.keypad.stop()
  }
}
