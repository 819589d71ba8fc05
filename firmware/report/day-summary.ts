/**
 * A business day's summary: what the report needs of a day, kept long after
 * the day's journal is deleted (docs/reports.md). One row per queue visit
 * rather than pre-made totals, so medians and percentiles over any range and
 * any grouping stay exact; a busy day (2,000 tickets) is about 60 KB. Rows
 * are stored flat (`visits` is every row's fields one after another): a
 * year of nested little arrays cost the report more in garbage collection
 * than in parsing (bench report_year_ms).
 */

export const SUMMARY_VERSION = 1

/** How a queue visit ended. */
export const Outcome = { served: 0, noShow: 1, transferred: 2, cancelled: 3, open: 4 } as const
export type OutcomeCode = (typeof Outcome)[keyof typeof Outcome]

/** How a visit entered its queue: issued at the box, transferred in, or the next step of a multi-step visit. */
export const Entry = { issued: 0, transferred: 1, nextStep: 2 } as const
export type EntryCode = (typeof Entry)[keyof typeof Entry]

/**
 * One visit: `[service, counter, staff, hour, entry, outcome, waitS, serviceS]`.
 * service/counter/staff index the summary's name tables (-1: none); hour is
 * the local hour (0–23) the visit entered its queue; waitS is the seconds
 * from entering the queue to the first call (-1: never called); serviceS the
 * seconds from the start of service (or the last call) to finish (-1: not served).
 */
export type Visit = [number, number, number, number, EntryCode, OutcomeCode, number, number]
export const VISIT_FIELDS = 8

/** One rating: `[service, counter, staff, hour, score, scale]`, names as for visits. */
export type Rating = [number, number, number, number, number, number]
export const RATING_FIELDS = 6

export interface HourFigures {
  /** Local hour 0–23. */
  hour: number
  /** Most people waiting at once during the hour, all services. */
  peakWaiting: number
  /** Most waiting at once per service (index into `services`). */
  peakWaitingByService: number[]
  /** Counter-hours open during the hour (1.5 = on average one and a half counters). */
  countersOpen: number
  /** Most counters open at once during the hour. */
  countersOpenMax: number
}

export interface IncidentFacts {
  incident: string
  kind: string
  location: string
  point: string
  raisedAt: number
  acknowledgedAt?: number
  acknowledgedVia?: string
  clearedAt?: number
  /** Escalation steps taken (0: never escalated). */
  escalations: number
  notifications: number
  undelivered: number
}

export interface DaySummary {
  version: typeof SUMMARY_VERSION
  day: string
  timeZone: string
  /** Epoch ms of the day's first and last record. */
  from: number
  to: number
  services: string[]
  counters: string[]
  staff: string[]
  /** Visit rows, flat: row i is `visits[i * VISIT_FIELDS …]`. */
  visits: number[]
  hours: HourFigures[]
  /** Rating rows, flat: row i is `ratings[i * RATING_FIELDS …]`. */
  ratings: number[]
  incidents: IncidentFacts[]
}
