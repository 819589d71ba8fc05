/**
 * What each event does to one ticket. apply() uses this for the state and
 * decide() for the ticket it answers with, so the two cannot disagree.
 */
import type { Event, Ticket, TicketState } from './types.ts'

/** A "front" transfer sorts before every arrival key (epoch ms stay below 10^13 until the year 2286). */
export const FRONT_OFFSET = 1e13

export type TicketEvent = Exclude<
  Event,
  {
    type: 'day.started' | 'counter.paused' | 'counter.resumed' | 'ticket.issued' | 'staff.loggedIn' | 'staff.loggedOut'
  }
>

export function newTicket(e: Extract<Event, { type: 'ticket.issued' }>): Ticket {
  return {
    id: e.id,
    label: e.label,
    number: e.number,
    service: e.service,
    priority: e.priority,
    state: 'waiting',
    issuedAt: e.at,
    calls: 0,
    queueKey: e.at,
    history: [{ state: 'waiting', at: e.at }],
    ...(e.token === undefined ? {} : { token: e.token }),
  }
}

/** Mutates the ticket. The caller frees counters and records statistics. */
export function foldTicket(t: Ticket, e: TicketEvent): void {
  switch (e.type) {
    case 'ticket.called':
      t.calls += 1
      t.firstCalledAt ??= e.at
      t.counter = e.counter
      return enter(t, 'called', e.at, e.counter)
    case 'ticket.started':
      return enter(t, 'serving', e.at, e.counter)
    case 'ticket.finished':
      return enter(t, 'done', e.at, e.counter)
    case 'ticket.noShow':
      return enter(t, 'no-show', e.at, e.counter)
    case 'ticket.held':
      return enter(t, 'held', e.at, e.counter)
    case 'ticket.cancelled':
      return enter(t, 'cancelled', e.at)
    case 'ticket.unprinted':
      return enter(t, 'unprinted', e.at)
    case 'ticket.reprintRequested':
      // A request, not a change: the ticket stays unprinted until the box says it printed.
      return
    case 'ticket.printed':
      // Back in the queue where it was: the customer has been waiting since it was issued.
      return enter(t, 'waiting', e.at)
    case 'ticket.transferred':
      // 'transferred' is a mark in the history; the ticket waits again at once.
      t.history.push({ state: 'transferred', at: e.at, counter: e.counter })
      if (e.toService !== undefined) {
        t.service = e.toService
        delete t.forCounter
      }
      if (e.toCounter !== undefined) t.forCounter = e.toCounter
      return requeue(t, e.position === 'front' ? e.at - FRONT_OFFSET : t.issuedAt, e.at)
    case 'ticket.nextStep':
      t.service = e.service
      delete t.forCounter
      return requeue(t, t.issuedAt, e.at)
  }
}

function enter(t: Ticket, state: TicketState, at: number, counter?: string): void {
  t.state = state
  t.history.push(counter === undefined ? { state, at } : { state, at, counter })
}

/** Back into a queue: a fresh round of calls, no counter. */
function requeue(t: Ticket, queueKey: number, at: number): void {
  t.queueKey = queueKey
  t.calls = 0
  delete t.firstCalledAt
  delete t.counter
  enter(t, 'waiting', at)
}

/** Seconds from the start of service (or the last call, if never started) to now. */
export function serviceSeconds(t: Ticket, finishedAt: number): number | undefined {
  const last = t.history.at(-1)
  if (!last || (last.state !== 'serving' && last.state !== 'called')) return undefined
  return Math.max(0, (finishedAt - last.at) / 1000)
}
