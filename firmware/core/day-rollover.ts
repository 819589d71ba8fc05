/**
 * The events that close one business day and open the next. They go in
 * front of whatever command first notices the new day (or the hub's tick).
 */
import type { EngineConfig, Event, QueueState, Ticket } from './types.ts'
import { businessDay } from './business-day.ts'

export function isOpenTicket(t: Ticket): boolean {
  return (
    t.state === 'waiting' ||
    t.state === 'called' ||
    t.state === 'serving' ||
    t.state === 'held' ||
    t.state === 'unprinted'
  )
}

export function rolloverEvents(config: EngineConfig, state: QueueState, now: number): Event[] {
  const day = businessDay(now, config.timeZone, config.dayStartsAt, config.zones)
  // The day never goes backwards, whatever the clock does (fall-back hour, NTP step).
  if (state.day !== '' && day <= state.day) return []
  const events: Event[] = []
  for (const t of Object.values(state.tickets)) {
    if (isOpenTicket(t)) events.push({ type: 'ticket.cancelled', at: now, id: t.id, reason: 'day-end' })
  }
  events.push({ type: 'day.started', at: now, day })
  return events
}
