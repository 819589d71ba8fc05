/**
 * Local hours of instants in the site's zone, fast: the UTC offset is looked
 * up once per quarter hour of UTC time (every zone changes its offset on a
 * quarter hour), not once per event.
 */
import type { TimeZones } from '../time/local-time.ts'

const QUARTER = 15 * 60_000
const HOUR = 3_600_000

export class LocalHours {
  private readonly offsets = new Map<number, number>()

  constructor(
    private readonly timeZone: string,
    private readonly zones: TimeZones,
  ) {}

  offset(at: number): number {
    const key = Math.floor(at / QUARTER)
    let offset = this.offsets.get(key)
    if (offset === undefined) {
      offset = this.zones.localTime(key * QUARTER, this.timeZone).offsetMs
      this.offsets.set(key, offset)
    }
    return offset
  }

  /** The local wall-clock hour 0–23 of `at`. */
  hour(at: number): number {
    const local = at + this.offset(at)
    return Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / HOUR)
  }

  /** The first instant after `at` at which the local hour changes. */
  nextHourStart(at: number): number {
    const local = at + this.offset(at)
    const next = at + (HOUR - (((local % HOUR) + HOUR) % HOUR))
    // A clock change inside the hour moves the boundary; the offset after it decides.
    const shift = this.offset(next) - this.offset(at)
    return shift === 0 || next - shift <= at ? next : next - shift
  }
}
