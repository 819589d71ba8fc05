/**
 * Honest printing: a ticket the box could not print leaves the queue
 * (`unprinted`) instead of waiting as a ghost nobody holds; a counter can
 * have it reprinted, after which it waits again in its original place, or
 * cancel it.
 */
import type { Command, Decision, QueueState } from './types.ts'
import { refuse } from './errors.ts'
import { done, ticketByLabel, unknownTicket } from './counter-commands.ts'

type PrintCommand = Extract<Command, { type: 'markUnprinted' | 'reprint' | 'markPrinted' }>

export function decidePrinting(state: QueueState, cmd: PrintCommand, now: number): Decision {
  const t = ticketByLabel(state, cmd.label)
  if (!t) return unknownTicket(cmd.label)
  switch (cmd.type) {
    case 'markUnprinted':
      if (t.state !== 'waiting' || t.calls > 0)
        return refuse(
          'ticket-not-waiting',
          `${t.label} is already ${t.state}; only a ticket nobody called yet can be marked unprinted`,
        )
      return done(t, [{ type: 'ticket.unprinted', at: now, id: t.id, reason: cmd.reason ?? 'the printer failed' }])
    case 'reprint':
      if (t.state !== 'unprinted')
        return refuse(
          'ticket-printed',
          `${t.label} was printed (it is ${t.state}); only an unprinted ticket is reprinted`,
        )
      return done(t, [
        {
          type: 'ticket.reprintRequested',
          at: now,
          id: t.id,
          service: t.service,
          ...(t.token === undefined ? {} : { token: t.token }),
        },
      ])
    case 'markPrinted':
      if (t.state !== 'unprinted')
        return refuse('ticket-printed', `${t.label} is ${t.state}, not waiting for a reprint`)
      return done(t, [{ type: 'ticket.printed', at: now, id: t.id }])
  }
}
