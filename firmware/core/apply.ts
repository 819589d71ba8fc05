/**
 * The fold: state = events applied in order from initialState. It trusts the
 * events (decide() made them) and mutates in place, so replaying a journal
 * is a tight loop with no copying.
 */
import type { EngineConfig, Event, QueueState, Ticket } from './types.ts'
import { builtIndex, dropIndex } from './queue-index.ts'
import { applyStaff } from './staff.ts'
import { counterOf, statsOf } from './state.ts'
import { foldTicket, newTicket, serviceSeconds } from './ticket-fold.ts'
import { applyIncident } from './incidents.ts'
import { applyRating } from './ratings.ts'

export function apply(config: EngineConfig, state: QueueState, event: Event): void {
  state.events += 1
  switch (event.type) {
    case 'day.started':
      return startDay(config, state, event.day)
    case 'counter.paused':
    case 'counter.resumed':
      counterOf(state, event.counter).paused = event.type === 'counter.paused'
      return
    case 'staff.loggedIn':
    case 'staff.loggedOut':
      return applyStaff(state, event)
    case 'ticket.issued': {
      const ticket = newTicket(event)
      state.tickets[ticket.id] = ticket
      state.byLabel[ticket.label] = ticket.id
      builtIndex(state)?.addWaiting(ticket)
      const stats = statsOf(state, ticket.service)
      stats.issued += 1
      stats.lastNumber = event.number
      return
    }
    case 'incident.raised':
    case 'incident.notified':
    case 'incident.escalated':
    case 'incident.acknowledged':
    case 'incident.cleared':
      return applyIncident(state, event)
    case 'rating.recorded':
      return applyRating(state, event)
  }
  const ticket = state.tickets[event.id]
  // An event for a ticket of a day already dropped from memory changes nothing.
  if (!ticket) return
  const before = ticket.counter
  if (event.type === 'ticket.finished') recordServiceTime(config, state, ticket, event.at)
  // Before the fold: a next step would change the ticket's service.
  if (event.type === 'ticket.finished') applyRating(state, event)
  const index = builtIndex(state)
  if (index && ticket.state === 'waiting') index.removeWaiting(ticket)
  foldTicket(ticket, event)
  if (index && ticket.state === 'waiting') index.addWaiting(ticket)
  if (event.type === 'ticket.called') {
    index?.called(ticket, event.counter, event.at)
    const counter = counterOf(state, event.counter)
    counter.current = ticket.id
    if (!event.recall) counter.priorityStreak = ticket.priority === 'normal' ? 0 : counter.priorityStreak + 1
  } else if (ticket.state !== 'serving' && before !== undefined) {
    // Done, no-show, held, cancelled or back in a queue: the counter is free.
    const counter = state.counters[before]
    if (counter?.current === ticket.id) delete counter.current
  }
}

function recordServiceTime(config: EngineConfig, state: QueueState, ticket: Ticket, at: number): void {
  const seconds = serviceSeconds(ticket, at)
  if (seconds === undefined) return
  const recent = statsOf(state, ticket.service).recentServiceSeconds
  recent.push(seconds)
  const window = Math.max(1, config.estimate.window)
  if (recent.length > window) recent.splice(0, recent.length - window)
}

/** A new business day: numbering restarts, yesterday's tickets leave memory (the journal keeps them). */
function startDay(config: EngineConfig, state: QueueState, day: string): void {
  state.day = day
  state.tickets = {}
  dropIndex(state)
  state.byLabel = {}
  delete state.closed
  for (const c of config.counters) counterOf(state, c.id)
  for (const counter of Object.values(state.counters)) {
    // A paused counter stays paused overnight: pausing is the teller's choice, not the day's.
    delete counter.current
    counter.priorityStreak = 0
    // Yesterday's visit can no longer be rated; a rating now is kept without a ticket.
    delete counter.lastFinished
  }
  for (const s of config.services) statsOf(state, s.id)
  for (const stats of Object.values(state.services)) {
    stats.issued = 0
    stats.lastNumber = 0
    stats.recentServiceSeconds = []
  }
}
