/**
 * Local wall-clock time in an IANA zone. The engine reasons about business
 * days and opening hours in the site's local time, so this is the only place
 * that knows about time zones.
 *
 * The rules come from a zone source (the system's tz database,
 * time/system-zone.ts) and, for a zone it has none for, from the built-in
 * Intl. Why not Intl always: touching it maps and allocates ICU, about 10 MiB
 * of the hub's RSS, for nothing but offset arithmetic. The source does its
 * own I/O; this module stays pure. Which source answers is no module state:
 * each command builds one TimeZones and passes it to what needs local time,
 * so `qms run`, `qms report` and `qms usb-import` read the same rules.
 */
import { offsetAt, type ZoneRules } from './zone-rules.ts'

export interface LocalTime {
  /** Local calendar date `YYYY-MM-DD`. */
  date: string
  /** Minutes since local midnight (seconds dropped). */
  minutes: number
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number
  /** Local time minus UTC, in milliseconds (positive east of Greenwich). */
  offsetMs: number
}

/** A zone's rules, or undefined when Intl should answer for it. */
export type ZoneSource = (timeZone: string) => ZoneRules | undefined

/** Local time in any zone: from the source's rules where it has them, from Intl otherwise (and always, without a source). */
export class TimeZones {
  /** Each zone asked of the source once; null: it had none, Intl answers. */
  private readonly sourced = new Map<string, ZoneRules | null>()

  constructor(private readonly source?: ZoneSource) {}

  private rules(timeZone: string): ZoneRules | undefined {
    let rules = this.sourced.get(timeZone)
    if (rules === undefined) {
      rules = this.source?.(timeZone) ?? null
      this.sourced.set(timeZone, rules)
    }
    return rules ?? undefined
  }

  isKnown(timeZone: string): boolean {
    if (this.rules(timeZone)) return true
    try {
      formatter(timeZone)
      return true
    } catch {
      return false
    }
  }

  localTime(now: number, timeZone: string): LocalTime {
    const rules = this.rules(timeZone)
    return rules ? fromRules(now, rules) : fromIntl(now, timeZone)
  }
}

// Intl's formatters hold no answer that could differ between callers: one per zone for the process.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    // Throws RangeError for a zone Intl does not know; validateEngineConfig reports that first.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, f)
  }
  return f
}

function fromRules(now: number, rules: ZoneRules): LocalTime {
  const offsetMs = offsetAt(rules, now)
  const wall = new Date(Math.floor(now / 1000) * 1000 + offsetMs)
  return wallClock(
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    offsetMs,
  )
}

function fromIntl(now: number, timeZone: string): LocalTime {
  const fields = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 }
  for (const part of formatter(timeZone).formatToParts(now)) {
    if (part.type in fields) fields[part.type as keyof typeof fields] = Number(part.value)
  }
  const hour = fields.hour % 24 // some ICU versions print midnight as 24
  const wallMs = Date.UTC(fields.year, fields.month - 1, fields.day, hour, fields.minute, fields.second)
  return wallClock(fields.year, fields.month, fields.day, hour, fields.minute, wallMs - Math.floor(now / 1000) * 1000)
}

/** LocalTime from the wall clock's fields (month 1–12), however they were found. */
function wallClock(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  offsetMs: number,
): LocalTime {
  const midnight = Date.UTC(year, month - 1, day)
  const dayOfWeek = new Date(midnight).getUTCDay()
  return { date: isoDate(midnight), minutes: hour * 60 + minute, weekday: dayOfWeek === 0 ? 7 : dayOfWeek, offsetMs }
}

/** `YYYY-MM-DD` of a UTC-midnight timestamp. */
export function isoDate(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10)
}

/** UTC milliseconds of a date's midnight, treating the date as if it were UTC. */
export function dateMs(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
}

const WALL_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/** Minutes since midnight of an `HH:MM` string, or undefined when it is not one. */
export function wallMinutes(time: string): number | undefined {
  const m = WALL_TIME.exec(time)
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined
}
