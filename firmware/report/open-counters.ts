/**
 * Counters open over time. A counter opens when staff log in, when it
 * resumes, or when it calls a ticket while closed (a site without staff
 * logins); it closes when staff log out, when it pauses, and at the end of
 * the day's records. Open time is split over local hours.
 */
import type { LocalHours } from './local-hours.ts'

export class OpenCounters {
  private readonly since = new Map<string, number>()
  /** Local hour → open milliseconds, summed over counters. */
  private readonly ms = new Map<number, number>()
  /** Local hour → most counters open at once. */
  private readonly max = new Map<number, number>()

  constructor(private readonly hours: LocalHours) {}

  opened(counter: string, at: number): void {
    if (this.since.has(counter)) return
    this.since.set(counter, at)
    const hour = this.hours.hour(at)
    this.max.set(hour, Math.max(this.max.get(hour) ?? 0, this.since.size))
  }

  /** A call at a counter: it is open now if it was not. */
  active(counter: string, at: number): void {
    this.opened(counter, at)
  }

  closed(counter: string, at: number): void {
    const from = this.since.get(counter)
    if (from === undefined) return
    this.since.delete(counter)
    this.add(from, at)
  }

  /** Per local hour: open counter-milliseconds and most open at once, counters still open closed at `end`. */
  byHour(end: number): Map<number, { ms: number; max: number }> {
    const ms = new Map(this.ms)
    const add = (h: number, d: number) => ms.set(h, (ms.get(h) ?? 0) + d)
    for (const from of this.since.values()) this.split(from, end, add)
    const out = new Map<number, { ms: number; max: number }>()
    for (const [hour, total] of ms) out.set(hour, { ms: total, max: Math.max(this.max.get(hour) ?? 0, 1) })
    return out
  }

  private add(from: number, to: number): void {
    this.split(from, to, (h, d) => this.ms.set(h, (this.ms.get(h) ?? 0) + d))
  }

  private split(from: number, to: number, add: (hour: number, ms: number) => void): void {
    let t = from
    while (t < to) {
      const next = Math.min(this.hours.nextHourStart(t), to)
      const hour = this.hours.hour(t)
      add(hour, next - t)
      // A counter open across an hour boundary is open at the start of the next hour too.
      if (next < to) this.max.set(this.hours.hour(next), Math.max(this.max.get(this.hours.hour(next)) ?? 0, 1))
      t = next
    }
  }
}
