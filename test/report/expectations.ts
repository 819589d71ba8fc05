/**
 * What a report must say about generated traffic, worked out from the
 * generator's own account of each visit with plain arithmetic written here,
 * not with the report code.
 */
import type { TrueVisit } from './traffic.ts'

export interface Expected {
  issued: number
  served: number
  noShow: number
  transferred: number
  cancelled: number
  waitAvg: number | null
  waitMedian: number | null
  waitP90: number | null
  waitMax: number | null
  serviceMedian: number | null
}

/** Linear-interpolation percentile (spreadsheet PERCENTILE.INC): position (n − 1) · p in the sorted list. */
function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const pos = (s.length - 1) * p
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo)
}

const r1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10)

export function expected(visits: TrueVisit[]): Expected {
  const waits = visits.filter((v) => v.calledAt !== undefined).map((v) => (v.calledAt! - v.enteredAt) / 1000)
  const serves = visits
    .filter((v) => v.outcome === 'served')
    .map((v) => (v.endedAt! - (v.startedAt ?? v.calledAt!)) / 1000)
  return {
    issued: visits.filter((v) => v.entry === 'issued').length,
    served: visits.filter((v) => v.outcome === 'served').length,
    noShow: visits.filter((v) => v.outcome === 'noShow').length,
    transferred: visits.filter((v) => v.outcome === 'transferred').length,
    cancelled: visits.filter((v) => v.outcome === 'cancelled').length,
    waitAvg: waits.length ? r1(waits.reduce((a, b) => a + b, 0) / waits.length) : null,
    waitMedian: r1(percentile(waits, 0.5)),
    waitP90: r1(percentile(waits, 0.9)),
    waitMax: waits.length ? Math.max(...waits) : null,
    serviceMedian: r1(percentile(serves, 0.5)),
  }
}

/** Visits grouped by a key. */
export function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const item of items) {
    const k = key(item)
    out.set(k, [...(out.get(k) ?? []), item])
  }
  return out
}

/** The local hour of an instant, two digits, straight from Intl. */
export function localHour(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', hourCycle: 'h23' }).format(at)
}
