/** An SMS modem: sends texts, hears replies, says how it is. Best effort: a send reports what happened, it never throws. */
import type { EventEmitter } from 'node:events'
import type { ReceivedSms } from './sms-pdu.ts'

export type { ReceivedSms } from './sms-pdu.ts'

export interface SmsResult {
  to: string
  delivered: boolean
  /** "+CMGS: 12" on success; the modem's error, a time-out or a reset otherwise. */
  detail: string
  /** Sends tried, counting the retry. */
  attempts: number
}

export interface ModemHealth {
  ok: boolean
  /** +CPIN answer: READY, SIM PIN, … or 'unknown'. */
  sim: string
  /** +CREG stat: 1 home, 5 roaming count as registered. */
  registered: boolean
  /** +CSQ RSSI 0–31, or undefined when the modem does not know (99). */
  signal?: number
  /** What is wrong, for device health and the status screen. */
  problem?: string
}

export interface ModemEvents {
  /** An SMS came in (it is deleted from the SIM once read). */
  sms: [message: ReceivedSms]
  health: [health: ModemHealth]
}

export interface SmsModem extends EventEmitter<ModemEvents> {
  readonly name: string
  start(): Promise<void>
  send(to: string, text: string): Promise<SmsResult>
  /** Asks the modem now (SIM, registration, signal). Never rejects. */
  health(): Promise<ModemHealth>
  /** Safe to call twice. */
  stop(): Promise<void>
}
