/**
 * Customer ratings at a counter: a key press rates the ticket finished last
 * at that counter if that was recent, once per ticket; otherwise the rating
 * is kept without a ticket.
 */
import type { Decision, EngineConfig, Event, QueueState } from './types.ts'
import type { RatingCommand, RatingEvent } from './incident-types.ts'
import { findCounter } from './wording.ts'

const no = (code: string, message: string): Decision => ({ ok: false, error: { code, message } })

/** Used when the site config has no `ratings` block. */
export const DEFAULT_RATINGS = { scale: 5, recentSeconds: 120 }

export function decideRate(config: EngineConfig, state: QueueState, cmd: RatingCommand, now: number): Decision {
  const { scale, recentSeconds } = config.ratings ?? DEFAULT_RATINGS
  if (!findCounter(config, cmd.counter)) return no('unknown-counter', `There is no counter "${cmd.counter}"`)
  if (!Number.isInteger(cmd.score) || cmd.score < 1 || cmd.score > scale)
    return no('bad-command', `"rate" needs "score", a whole number from 1 to ${scale}`)
  const last = state.counters[cmd.counter]?.lastFinished
  const recent = last !== undefined && now - last.at <= recentSeconds * 1000
  const event: RatingEvent = { type: 'rating.recorded', at: now, counter: cmd.counter, score: cmd.score, scale }
  if (recent && last) {
    if (last.rated) return no('already-rated', 'This visit has already been rated; thank you')
    event.id = last.id
    event.service = last.service
    if (last.staff !== undefined) event.staff = last.staff
  }
  return { ok: true, events: [event], reply: {} }
}

/** Folds a rating, and remembers each counter's last finished ticket (called for ticket.finished too). */
export function applyRating(state: QueueState, event: Event): void {
  if (event.type === 'rating.recorded') {
    const last = state.counters[event.counter]?.lastFinished
    if (last && event.id === last.id) last.rated = true
    return
  }
  if (event.type !== 'ticket.finished') return
  const ticket = state.tickets[event.id]
  const counter = state.counters[event.counter]
  if (!ticket || !counter) return
  counter.lastFinished = {
    id: ticket.id,
    at: event.at,
    service: ticket.service,
    ...(event.staff === undefined ? {} : { staff: event.staff }),
  }
}
