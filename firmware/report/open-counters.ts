/**
 * Counters open over time. A counter opens when staff log in, when it
 * resumes, or when it calls a ticket while closed (a site without staff
 * logins); it closes when staff log out, when it pauses, and at the end of
 * the day's records. Open time is split over local hours.
 */
import type { LocalHours } from './local-hours.ts'

export class OpenCounters {
  private readonly since = new Map<string, number>()
  private readonly intervals: Array<[number, number]> = []

  constructor(private readonly hours: LocalHours) {}

  opened(counter: string, at: number): void {
    if (!this.since.has(counter)) this.since.set(counter, at)
  }

  /** A call at a counter: it is open now if it was not. */
  active(counter: string, at: number): void {
    this.opened(counter, at)
  }

  closed(counter: string, at: number): void {
    const from = this.since.get(counter)
    if (from === undefined) return
    this.since.delete(counter)
    this.intervals.push([from, at])
  }

  /** Per local hour: open counter-milliseconds and most open at once; counters still open are closed at `end`. */
  byHour(end: number): Map<number, { ms: number; max: number }> {
    const points: Array<[number, number]> = []
    for (const [from, to] of [
      ...this.intervals,
      ...[...this.since.values()].map((from): [number, number] => [from, end]),
    ]) {
      if (to <= from) continue
      points.push([from, +1], [to, -1])
    }
    // Closings before openings at the same instant: a hand-over is not two counters open.
    points.sort((a, b) => a[0] - b[0] || a[1] - b[1])
    const out = new Map<number, { ms: number; max: number }>()
    let open = 0
    for (let i = 0; i < points.length; i++) {
      open += points[i]![1]
      const next = points[i + 1]?.[0]
      if (next === undefined || open === 0) continue
      for (let t = points[i]![0]; t < next; ) {
        const stop = Math.min(this.hours.nextHourStart(t), next)
        const hour = this.hours.hour(t)
        const o = out.get(hour) ?? { ms: 0, max: 0 }
        o.ms += (stop - t) * open
        o.max = Math.max(o.max, open)
        out.set(hour, o)
        t = stop
      }
    }
    return out
  }
}
