/**
 * Which business day an instant belongs to. A business day starts at
 * `dayStartsAt` local wall time, so numbering restarts there, e.g. at 04:00.
 *
 * The day of `now` is the latest local date D whose start has been reached,
 * where D's start is the first instant of date D whose wall time is at or
 * after `dayStartsAt`. So:
 * - spring forward: a start inside the skipped hour happens at the first
 *   instant after the gap (the wall clock jumps past it);
 * - fall back: the start happens on the first pass through the repeated
 *   hour; the second pass shows an earlier wall time but is still the same
 *   day, so the result never goes backwards as `now` grows.
 */
import { dateMs, isoDate, wallMinutes, type TimeZones } from '../time/local-time.ts'

const HOUR = 3_600_000
/** Longest clock change looked back over; real ones are 30 minutes to 2 hours. */
const LOOK_BACK = 3 * HOUR

/** `zones` tells local time in `timeZone` (time/local-time.ts): the command's own, as everywhere. */
export function businessDay(now: number, timeZone: string, dayStartsAt: string, zones: TimeZones): string {
  const start = wallMinutes(dayStartsAt) ?? 0
  const local = zones.localTime(now, timeZone)
  if (local.minutes >= start) return local.date
  if (startPassedBeforeFallBack(now, timeZone, zones, local.date, local.offsetMs, start)) return local.date
  return isoDate(dateMs(local.date) - 24 * HOUR)
}

/**
 * The wall time is before the start, but the clocks may have gone back since
 * the start was reached on the old offset (the repeated hour).
 */
function startPassedBeforeFallBack(
  now: number,
  timeZone: string,
  zones: TimeZones,
  date: string,
  offsetNow: number,
  start: number,
): boolean {
  const oldOffset = zones.localTime(now - LOOK_BACK, timeZone).offsetMs
  if (oldOffset <= offsetNow) return false
  const startOnOldClock = dateMs(date) + start * 60_000 - oldOffset
  return startOnOldClock <= now && zones.localTime(startOnOldClock, timeZone).offsetMs === oldOffset
}
