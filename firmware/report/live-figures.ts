/**
 * Today's figures as they stand, from the hub's queue state: people waiting
 * per service, the longest current wait, and visits served so far.
 */
import { closedServed, type EngineConfig, type QueueState } from '../core/index.ts'

export interface LiveFigures {
  day: string
  at: number
  waiting: Record<string, number>
  /** Seconds the longest-waiting customer has waited, per service and overall (0: nobody waits). */
  longestWaitSeconds: Record<string, number>
  longestWaitOverallSeconds: number
  /** Visits finished today (a multi-step visit counts each step). */
  served: number
  servedByService: Record<string, number>
}

export function liveFigures(engine: EngineConfig, state: QueueState, now: number): LiveFigures {
  const waiting: Record<string, number> = {}
  const longest: Record<string, number> = {}
  const servedByService: Record<string, number> = {}
  for (const s of engine.services) {
    waiting[s.id] = 0
    longest[s.id] = 0
    servedByService[s.id] = 0
  }
  // Closed tickets are packed with their count of finished visits (core/closed-tickets.ts).
  let served = 0
  for (const [service, steps] of Object.entries(closedServed(state))) {
    served += steps
    servedByService[service] = (servedByService[service] ?? 0) + steps
  }
  for (const t of Object.values(state.tickets)) {
    // The history does not name services: a multi-step ticket's steps count under its current service.
    const steps = t.history.reduce((n, h) => (h.state === 'done' ? n + 1 : n), 0)
    served += steps
    if (steps > 0) servedByService[t.service] = (servedByService[t.service] ?? 0) + steps
    if (t.state !== 'waiting') continue
    waiting[t.service] = (waiting[t.service] ?? 0) + 1
    let since = t.issuedAt
    for (const h of t.history) if (h.state === 'waiting') since = h.at
    const seconds = Math.max(0, Math.round((now - since) / 1000))
    longest[t.service] = Math.max(longest[t.service] ?? 0, seconds)
  }
  return {
    day: state.day,
    at: now,
    waiting,
    longestWaitSeconds: longest,
    longestWaitOverallSeconds: Math.max(0, ...Object.values(longest)),
    served,
    servedByService,
  }
}
