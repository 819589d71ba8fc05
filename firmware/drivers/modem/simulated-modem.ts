/** A modem for the demo and the front panel: every send "succeeds" and is kept; replies are injected with receive(). */
import { EventEmitter } from 'node:events'
import type { ModemEvents, ModemHealth, SmsModem, SmsResult } from './modem.ts'

export class SimulatedModem extends EventEmitter<ModemEvents> implements SmsModem {
  readonly name = 'simulated modem'
  readonly sent: { to: string; text: string }[] = []

  async start(): Promise<void> {}

  async send(to: string, text: string): Promise<SmsResult> {
    this.sent.push({ to, text })
    return { to, delivered: true, detail: `simulated #${this.sent.length}`, attempts: 1 }
  }

  async health(): Promise<ModemHealth> {
    const health: ModemHealth = { ok: true, sim: 'READY', registered: true, signal: 31 }
    this.emit('health', health)
    return health
  }

  receive(from: string, text: string): void {
    this.emit('sms', { from, text })
  }

  async stop(): Promise<void> {}
}
