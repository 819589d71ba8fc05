/**
 * Report rows over a range of daily summaries, grouped by service, counter,
 * staff member, local hour or day. Waiting times count every visit that was
 * called (no-shows included); service times every visit served. A visit is
 * grouped by the service of its queue, the counter and staff member that
 * handled it last, and the local hour it entered the queue.
 */
import { Entry, Outcome, RATING_FIELDS, VISIT_FIELDS, type DaySummary } from './day-summary.ts'
import { spread, type Spread } from './figures.ts'
import { byKey } from './key-order.ts'

export const DIMENSIONS = ['service', 'counter', 'staff', 'hour', 'day'] as const
export type Dimension = (typeof DIMENSIONS)[number]

export interface ReportRow {
  key: string
  issued: number
  served: number
  noShow: number
  transferred: number
  cancelled: number
  wait: Spread
  service: { avg: number | null; median: number | null }
  /** Share (0–1) of served visits whose wait was within their service's target; null where no target applies. */
  withinTarget: number | null
  /** Most people waiting at once (by service, hour and day; null by counter and staff). */
  peakWaiting: number | null
  /** Counter-hours open (by hour: averaged over the days; by day: summed); null otherwise. */
  countersOpen: number | null
  ratings: { count: number; avg: number | null }
}

export interface ReportOptions {
  by: Dimension
  /** Service id → target wait in seconds. */
  targets?: Record<string, number>
}

interface Acc {
  issued: number
  served: number
  noShow: number
  transferred: number
  cancelled: number
  waits: number[]
  serves: number[]
  targeted: number
  within: number
  peak: number | null
  open: number | null
  openDays: Set<string>
  ratings: number
  ratingSum: number
}

const NONE = '(none)'

function newAcc(): Acc {
  return {
    issued: 0,
    served: 0,
    noShow: 0,
    transferred: 0,
    cancelled: 0,
    waits: [],
    serves: [],
    targeted: 0,
    within: 0,
    peak: null,
    open: null,
    openDays: new Set(),
    ratings: 0,
    ratingSum: 0,
  }
}

export function aggregate(summaries: DaySummary[], options: ReportOptions): ReportRow[] {
  const accs = new Map<string, Acc>()
  const acc = (key: string) => {
    let a = accs.get(key)
    if (!a) accs.set(key, (a = newAcc()))
    return a
  }
  const targets = options.targets ?? {}
  for (const s of summaries) {
    const keyOf = keyFunction(options.by, s)
    // By day, a day with nothing in it still has its row of zeros.
    if (options.by === 'day') acc(s.day)
    const target = s.services.map((id) => targets[id])
    const v = s.visits
    for (let i = 0; i < v.length; i += VISIT_FIELDS) addVisit(acc(keyOf(v, i)), v, i, target[v[i]!])
    const r = s.ratings
    for (let i = 0; i < r.length; i += RATING_FIELDS) {
      // A rating row starts with the same four fields as a visit row.
      const a = acc(keyOf(r, i))
      a.ratings++
      // Scores on different scales compare as a share of the top score, shown on a 1–5 scale.
      a.ratingSum += (r[i + 4]! / r[i + 5]!) * 5
    }
    addHours(s, options.by, acc)
  }
  const order = options.by === 'hour' ? (a: string, b: string) => Number(a) - Number(b) : byKey
  return [...accs.keys()].sort(order).map((key) => row(key, accs.get(key)!))
}

/** The group of the row at `rows[at]`: fields 0–3 are service, counter, staff and hour in visit and rating rows alike. */
function keyFunction(by: Dimension, s: DaySummary): (rows: number[], at: number) => string {
  const name = (list: string[], i: number) => (i < 0 ? NONE : list[i]!)
  switch (by) {
    case 'service':
      return (r, at) => name(s.services, r[at]!)
    case 'counter':
      return (r, at) => name(s.counters, r[at + 1]!)
    case 'staff':
      return (r, at) => name(s.staff, r[at + 2]!)
    case 'hour':
      return (r, at) => HOURS[r[at + 3]!]!
    case 'day':
      return () => s.day
  }
}

const HOURS = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'))

function addVisit(a: Acc, rows: number[], at: number, target: number | undefined): void {
  const wait = rows[at + 6]!
  const serve = rows[at + 7]!
  const outcome = rows[at + 5]!
  if (rows[at + 4] === Entry.issued) a.issued++
  switch (outcome) {
    case Outcome.served:
      a.served++
      if (target !== undefined && wait >= 0) {
        a.targeted++
        if (wait <= target) a.within++
      }
      break
    case Outcome.noShow:
      a.noShow++
      break
    case Outcome.transferred:
      a.transferred++
      break
    case Outcome.cancelled:
      a.cancelled++
      break
  }
  if (wait >= 0) a.waits.push(wait)
  if (outcome === Outcome.served && serve >= 0) a.serves.push(serve)
}

function addHours(s: DaySummary, by: Dimension, acc: (key: string) => Acc): void {
  for (const h of s.hours) {
    if (by === 'hour') {
      const a = acc(String(h.hour).padStart(2, '0'))
      a.peak = Math.max(a.peak ?? 0, h.peakWaiting)
      a.open = (a.open ?? 0) + h.countersOpen
      a.openDays.add(s.day)
    } else if (by === 'day') {
      const a = acc(s.day)
      a.peak = Math.max(a.peak ?? 0, h.peakWaiting)
      a.open = (a.open ?? 0) + h.countersOpen
    } else if (by === 'service') {
      h.peakWaitingByService.forEach((p, i) => {
        const a = acc(s.services[i]!)
        a.peak = Math.max(a.peak ?? 0, p)
      })
    }
  }
}

function row(key: string, a: Acc): ReportRow {
  const serve = spread(a.serves)
  const open =
    a.open === null ? null : Math.round((a.openDays.size > 0 ? a.open / a.openDays.size : a.open) * 100) / 100
  return {
    key,
    issued: a.issued,
    served: a.served,
    noShow: a.noShow,
    transferred: a.transferred,
    cancelled: a.cancelled,
    wait: spread(a.waits),
    service: { avg: serve.avg, median: serve.median },
    withinTarget: a.targeted === 0 ? null : Math.round((a.within / a.targeted) * 1000) / 1000,
    peakWaiting: a.peak,
    countersOpen: open,
    ratings: { count: a.ratings, avg: a.ratings === 0 ? null : Math.round((a.ratingSum / a.ratings) * 100) / 100 },
  }
}
