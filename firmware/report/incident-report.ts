/**
 * Incidents by location and kind: how many, how fast someone answered
 * (raised → first acknowledgement) and how fast it was resolved (raised →
 * cleared), how many escalated, and how many nobody acknowledged.
 */
import type { DaySummary } from './day-summary.ts'
import { spread, type Spread } from './figures.ts'
import { byKey } from './key-order.ts'

export interface IncidentRow {
  location: string
  kind: string
  raised: number
  /** Seconds from raised to the first acknowledgement. */
  response: Pick<Spread, 'median' | 'p90' | 'max'>
  /** Seconds from raised to cleared. */
  resolution: Pick<Spread, 'median' | 'p90' | 'max'>
  /** Incidents that escalated at least once, and the escalation steps in all. */
  escalated: number
  escalations: number
  /** Never acknowledged (cleared without an answer, or still open at the day's end). */
  unanswered: number
  /** Notifications that were not delivered. */
  undelivered: number
}

export function incidentReport(summaries: DaySummary[]): IncidentRow[] {
  const groups = new Map<
    string,
    {
      location: string
      kind: string
      response: number[]
      resolution: number[]
      raised: number
      escalated: number
      escalations: number
      unanswered: number
      undelivered: number
    }
  >()
  for (const s of summaries) {
    for (const f of s.incidents) {
      const key = `${f.location}\u0000${f.kind}`
      let g = groups.get(key)
      if (!g)
        groups.set(
          key,
          (g = {
            location: f.location,
            kind: f.kind,
            response: [],
            resolution: [],
            raised: 0,
            escalated: 0,
            escalations: 0,
            unanswered: 0,
            undelivered: 0,
          }),
        )
      g.raised++
      if (f.acknowledgedAt !== undefined) g.response.push(Math.round((f.acknowledgedAt - f.raisedAt) / 1000))
      else g.unanswered++
      if (f.clearedAt !== undefined) g.resolution.push(Math.round((f.clearedAt - f.raisedAt) / 1000))
      if (f.escalations > 0) g.escalated++
      g.escalations += f.escalations
      g.undelivered += f.undelivered
    }
  }
  const pick = (s: Spread) => ({ median: s.median, p90: s.p90, max: s.max })
  return [...groups.values()]
    .sort((a, b) => byKey(a.location, b.location) || byKey(a.kind, b.kind))
    .map((g) => ({
      location: g.location,
      kind: g.kind,
      raised: g.raised,
      response: pick(spread(g.response)),
      resolution: pick(spread(g.resolution)),
      escalated: g.escalated,
      escalations: g.escalations,
      unanswered: g.unanswered,
      undelivered: g.undelivered,
    }))
}
