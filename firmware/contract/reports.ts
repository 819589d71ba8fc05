/** The manager's figures on the bus (docs/reports.md): today's as they stand, and the last closed day's. */
import { Type, type Static } from '@sinclair/typebox'

const S = Type.String()
const Figure = Type.Union([Type.Number(), Type.Null()])
const PerService = Type.Record(S, Type.Number())

export const LiveFiguresSchema = Type.Object(
  {
    day: S,
    at: Type.Number(),
    waiting: PerService,
    /** Seconds the longest-waiting customer has waited, per service and overall (0: nobody waits). */
    longestWaitSeconds: PerService,
    longestWaitOverallSeconds: Type.Number(),
    /** Visits finished today (a multi-step visit counts each step). */
    served: Type.Number(),
    servedByService: PerService,
  },
  { description: 'at most once a second as events come in, and every 30 s (docs/reports.md)' },
)
export type LiveFiguresPayload = Static<typeof LiveFiguresSchema>

/** One row of `qms report --format json`. */
export const ReportRowSchema = Type.Object({
  key: S,
  issued: Type.Number(),
  served: Type.Number(),
  noShow: Type.Number(),
  transferred: Type.Number(),
  cancelled: Type.Number(),
  wait: Type.Object({ avg: Figure, median: Figure, p90: Figure, max: Figure }),
  service: Type.Object({ avg: Figure, median: Figure }),
  withinTarget: Figure,
  peakWaiting: Figure,
  countersOpen: Figure,
  ratings: Type.Object({ count: Type.Number(), avg: Figure }),
})

export const DayHeadlineSchema = Type.Object(
  {
    day: S,
    totals: ReportRowSchema,
    services: Type.Array(Type.Intersect([ReportRowSchema, Type.Object({ name: S })])),
  },
  { description: 'the last closed business day, published at start and when a day closes' },
)
export type DayHeadlinePayload = Static<typeof DayHeadlineSchema>
