/**
 * Date and time as a ticket or a slip prints them, in its language: "22 Nov 2026, 10:15"
 * (with seconds "22 Nov 2026, 10:15:09"), "22 нояб. 2026 г., 10:15", "2026年11月22日 10:15".
 * The wall clock comes from the command's time zones (the tz database, time/local-time.ts);
 * Intl writes it in the language (language/messages/words.ts).
 */
import type { Words } from '../../language/messages/words.ts'
import type { TimeZones } from '../../time/local-time.ts'

export function dateTimeText(
  words: Words,
  now: number,
  timeZone: string,
  zones: TimeZones,
  withSeconds = false,
): string {
  return words.dateTime(now + zones.localTime(now, timeZone).offsetMs, withSeconds)
}
