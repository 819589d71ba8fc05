/**
 * The POSIX TZ string at the end of a TZif file (RFC 8536 §3.3): the rule
 * for every instant after the last transition, e.g. `CET-1CEST,M3.5.0,M10.5.0/3`
 * or `<-03>3`. Pure: text in, rule out; `posixOffsetAt` evaluates it.
 */

/** When, in a year, a DST change happens; `time` is seconds after local midnight of that day. */
export type YearDay =
  | { kind: 'julian'; day: number; time: number } // Jn: 1–365, February 29 never counted
  | { kind: 'zero-based'; day: number; time: number } // n: 0–365, February 29 counted
  | { kind: 'month'; month: number; week: number; weekday: number; time: number } // Mm.w.d

export interface PosixZone {
  /** Standard time's UTC offset in seconds (east positive, unlike the string). */
  stdOffset: number
  stdName: string
  /** Absent for a zone without daylight-saving time. */
  dst?: { name: string; offset: number; start: YearDay; end: YearDay }
}

const DAY = 86_400
// tzcode's default when a string names a DST zone but no rule (localtime.c TZDEFRULESTRING).
const DEFAULT_RULE = 'M3.2.0,M11.1.0'

class Reader {
  pos = 0
  constructor(readonly text: string) {}
  fail(what: string): never {
    throw new Error(`bad TZ string "${this.text}" at character ${this.pos + 1}: ${what}`)
  }
  peek(): string {
    return this.text[this.pos] ?? ''
  }
  take(c: string): boolean {
    if (this.peek() !== c) return false
    this.pos++
    return true
  }
  number(min: number, max: number, what: string): number {
    const m = /^\d+/.exec(this.text.slice(this.pos))
    if (!m) this.fail(`${what}: expected a number`)
    const n = Number(m[0])
    if (n < min || n > max) this.fail(`${what} ${n} is outside ${min}–${max}`)
    this.pos += m[0].length
    return n
  }
  name(): string {
    if (this.take('<')) {
      const end = this.text.indexOf('>', this.pos)
      const name = end < 0 ? '' : this.text.slice(this.pos, end)
      if (!/^[A-Za-z0-9+-]{3,}$/.test(name))
        this.fail('a quoted zone name needs 3 or more letters, digits, + or - and a closing >')
      this.pos = end + 1
      return name
    }
    const m = /^[A-Za-z]+/.exec(this.text.slice(this.pos))
    if (!m || m[0].length < 3) this.fail('a zone name needs 3 or more letters')
    this.pos += m[0].length
    return m[0]
  }
  /** [+-]hh[:mm[:ss]] in seconds; hours up to `maxHours` (24 for offsets, 167 for v3+ rule times). */
  duration(maxHours: number, what: string): number {
    const sign = this.take('-') ? -1 : 1
    if (sign === 1) this.take('+')
    let seconds = this.number(0, maxHours, `${what} hours`) * 3600
    if (this.take(':')) {
      seconds += this.number(0, 59, `${what} minutes`) * 60
      if (this.take(':')) seconds += this.number(0, 59, `${what} seconds`)
    }
    return sign * seconds
  }
  yearDay(): YearDay {
    let day: YearDay
    if (this.take('J')) day = { kind: 'julian', day: this.number(1, 365, 'Julian day'), time: 7200 }
    else if (this.take('M')) {
      const month = this.number(1, 12, 'month')
      if (!this.take('.')) this.fail('expected "." after the month')
      const week = this.number(1, 5, 'week')
      if (!this.take('.')) this.fail('expected "." after the week')
      day = { kind: 'month', month, week, weekday: this.number(0, 6, 'weekday'), time: 7200 }
    } else day = { kind: 'zero-based', day: this.number(0, 365, 'day of the year'), time: 7200 }
    // RFC 8536 §3.3.1: the time may be negative and up to 167 hours.
    if (this.take('/')) day.time = this.duration(167, 'transition time')
    return day
  }
}

export function parsePosixTz(text: string): PosixZone {
  const r = new Reader(text)
  if (text === '') r.fail('empty')
  const stdName = r.name()
  if (r.peek() === '') r.fail('standard time needs an offset')
  const stdOffset = -r.duration(24, 'offset')
  const zone: PosixZone = { stdOffset, stdName }
  if (r.peek() === '') return zone
  const name = r.name()
  const offset = r.peek() !== ',' && r.peek() !== '' ? -r.duration(24, 'DST offset') : stdOffset + 3600
  const rules = r.peek() === '' ? new Reader(DEFAULT_RULE) : r
  if (rules === r && !r.take(',')) r.fail('expected "," before the DST start')
  const start = rules.yearDay()
  if (!rules.take(',')) rules.fail('expected "," before the DST end')
  const end = rules.yearDay()
  if (r.peek() !== '') r.fail('unexpected text after the rule')
  zone.dst = { name, offset, start, end }
  return zone
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0

/** Seconds from 1970-01-01 to local midnight of the rule's day in `year`, on the local clock. */
function dayStart(year: number, d: YearDay): number {
  const jan1 = Date.UTC(year, 0, 1) / 1000
  switch (d.kind) {
    case 'julian':
      return jan1 + (d.day - 1 + (isLeap(year) && d.day > 59 ? 1 : 0)) * DAY
    case 'zero-based':
      return jan1 + d.day * DAY
    case 'month': {
      const first = Date.UTC(year, d.month - 1, 1) / 1000
      const firstWeekday = new Date(first * 1000).getUTCDay()
      let day = ((d.weekday - firstWeekday + 7) % 7) + (d.week - 1) * 7
      const monthDays = new Date(Date.UTC(year, d.month, 0)).getUTCDate()
      while (day >= monthDays) day -= 7 // week 5 means the last such weekday
      return first + day * DAY
    }
  }
}

/** The UTC offset in seconds the rule gives at `utcSeconds`. */
export function posixOffsetAt(zone: PosixZone, utcSeconds: number): number {
  const { dst } = zone
  if (!dst) return zone.stdOffset
  const year = new Date((utcSeconds + zone.stdOffset) * 1000).getUTCFullYear()
  // The start is written on standard time's clock, the end on DST's (POSIX TZ, "rule").
  const start = dayStart(year, dst.start) + dst.start.time - zone.stdOffset
  const end = dayStart(year, dst.end) + dst.end.time - dst.offset
  const inDst = start < end ? start <= utcSeconds && utcSeconds < end : !(end <= utcSeconds && utcSeconds < start) // southern hemisphere
  return inDst ? dst.offset : zone.stdOffset
}
