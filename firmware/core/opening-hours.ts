/** Whether a service may issue tickets now, by its opening hours in local time. */
import type { OpeningHours } from './types.ts'
import type { LocalTime } from '../time/local-time.ts'
import { wallMinutes } from '../time/local-time.ts'

/**
 * Open when any entry covers the local time: `from` inclusive, `to`
 * exclusive. An entry whose `to` is earlier than its `from` runs past
 * midnight (18:00–01:00): its early-morning part belongs to the listed day
 * before. No hours at all means always open.
 */
export function isOpen(hours: OpeningHours[] | undefined, local: LocalTime): boolean {
  if (!hours || hours.length === 0) return true
  const yesterday = local.weekday === 1 ? 7 : local.weekday - 1
  return hours.some((h) => {
    const from = wallMinutes(h.from) ?? 0
    const to = wallMinutes(h.to) ?? 24 * 60
    if (from < to) return h.days.includes(local.weekday) && local.minutes >= from && local.minutes < to
    return (
      (h.days.includes(local.weekday) && local.minutes >= from) || (h.days.includes(yesterday) && local.minutes < to)
    )
  })
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

/** `Sun–Thu 08:00–15:00; Sat 09:00–12:00`, for an error a customer or manager reads. */
export function describeHours(hours: OpeningHours[]): string {
  return hours.map((h) => `${describeDays(h.days)} ${h.from}–${h.to}`).join('; ')
}

function describeDays(days: number[]): string {
  const set = new Set(days.filter((d) => d >= 1 && d <= 7))
  if (set.size === 7) return 'daily'
  const name = (d: number) => DAY_NAMES[d - 1] ?? `day ${d}`
  const sorted = [...set].sort((a, b) => a - b)
  // A run of three or more days, possibly across Sunday→Monday (Sun–Thu), reads as a range.
  const first = sorted.find((d) => !set.has(d === 1 ? 7 : d - 1))
  if (set.size > 2 && first !== undefined) {
    let last = first
    while (set.has(last === 7 ? 1 : last + 1)) last = last === 7 ? 1 : last + 1
    const length = ((last - first + 7) % 7) + 1
    if (length === set.size) return `${name(first)}–${name(last)}`
  }
  return sorted.map(name).join(', ')
}
