/**
 * Date and time as the ticket and the status slip print them: "22 Nov 2026, 10:15",
 * or with seconds "22 Nov 2026, 10:15:09". It is the text of Intl's en-GB medium
 * date with short or medium time (ICU 78; "Sept" is CLDR's en-GB abbreviation),
 * made from the command's time zones so that printing a ticket does not load ICU.
 */
import type { TimeZones } from '../../time/local-time.ts'

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']
const two = (n: number) => String(n).padStart(2, '0')

export function dateTimeText(now: number, timeZone: string, zones: TimeZones, withSeconds = false): string {
  const local = zones.localTime(now, timeZone)
  const [year, month, day] = local.date.split('-').map(Number) as [number, number, number]
  const time = `${two(Math.floor(local.minutes / 60))}:${two(local.minutes % 60)}`
  // The offset is whole seconds, so the wall clock's seconds are those of now plus it.
  const seconds = (((Math.floor((now + local.offsetMs) / 1000) % 60) + 60) % 60)
  return `${day} ${MONTHS[month - 1]} ${year}, ${time}${withSeconds ? `:${two(seconds)}` : ''}`
}
