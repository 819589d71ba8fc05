/**
 * A teller's keys and the command each one sends. Keys with an argument are
 * written `key:argument`: `transfer:loans`, `transfer-counter:c3`, `call:A023`
 * (a held ticket is brought back this way too), `reprint:A023`, `cancel:A023`,
 * `rate:4`, `ack:room-315`, `clear-call:room-315`.
 */
import type { Command } from '../../contract/commands.ts'

export const COUNTER_KEYS = ['next', 'recall', 'noShow', 'start', 'finish', 'hold', 'pause', 'resume'] as const

export function commandForKey(counter: string, key: string): Command | undefined {
  const [name, argument] = key.split(':', 2)
  switch (name) {
    case 'next':
      return { type: 'callNext', counter }
    case 'recall':
    case 'noShow':
    case 'start':
    case 'finish':
    case 'hold':
    case 'pause':
    case 'resume':
      return { type: name, counter }
    case 'transfer':
      return argument ? { type: 'transfer', counter, to: { service: argument } } : undefined
    case 'transfer-counter':
      return argument ? { type: 'transfer', counter, to: { counter: argument } } : undefined
    case 'call':
      return argument ? { type: 'callTicket', counter, label: argument } : undefined
    // A ticket the box could not print: the counter has it printed again or cancels it (core/print-commands.ts).
    case 'reprint':
    case 'cancel':
      return argument ? { type: name, label: argument } : undefined
    case 'login':
      return argument ? { type: 'login', counter, pin: argument } : undefined
    case 'logout':
      return { type: 'logout', counter }
    // Issue 9: a customer's rating key (`rate:4`), and a teller answering a call point (`ack:room-315`, `clear-call:room-315`).
    case 'rate':
      return argument && /^[1-5]$/.test(argument) ? { type: 'rate', counter, score: Number(argument) } : undefined
    case 'ack':
      return argument
        ? { type: 'acknowledgeIncident', point: argument, by: `counter ${counter}`, via: 'keypad' }
        : undefined
    case 'clear-call':
      return argument ? { type: 'clearIncident', point: argument, by: `counter ${counter}` } : undefined
    default:
      return undefined
  }
}
