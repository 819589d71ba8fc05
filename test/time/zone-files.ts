/** The zone files of the system's tz database (Debian's tzdata), for the zone-rules tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

export const ZONEINFO = '/usr/share/zoneinfo'

/** Every TZif zone name, without the posix/ and right/ copies and without `localtime` (the machine's own zone). */
export function zoneNames(dir = ZONEINFO, prefix = ''): string[] {
  const names: string[] = []
  for (const entry of readdirSync(dir).sort()) {
    const name = prefix + entry
    if (name === 'posix' || name === 'right' || name === 'localtime') continue
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) names.push(...zoneNames(path, `${name}/`))
    else if (readFileSync(path).subarray(0, 4).toString('latin1') === 'TZif') names.push(name)
  }
  return names
}

export const zoneBytes = (zone: string): Buffer => readFileSync(join(ZONEINFO, zone))

/** The offset Intl (ICU's own copy of the tz data) gives, in ms, as local-time.ts's fallback computes it. */
export function intlOffset(format: Intl.DateTimeFormat, utcMs: number): number {
  const f: Record<string, number> = {}
  for (const part of format.formatToParts(utcMs)) f[part.type] = Number(part.value)
  const wall = Date.UTC(f.year!, f.month! - 1, f.day!, f.hour! % 24, f.minute!, f.second!)
  return wall - Math.floor(utcMs / 1000) * 1000
}

export function intlFormat(timeZone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// zdump -v: "Europe/Berlin  Sun Apr 30 21:59:59 1916 UT = Mon May  1 00:00:00 1916 CEST isdst=1 gmtoff=7200"
const ZDUMP_LINE = /^(\S+)\s+\w{3} (\w{3}) +(\d+) (\d\d):(\d\d):(\d\d) (-?\d+) UT = .* gmtoff=(-?\d+)$/

/** Every (zone, UTC second, offset in seconds) zdump -v reports: each transition and the second before it. */
export function zdumpPoints(lines: string): Array<{ zone: string; at: number; offset: number }> {
  const points: Array<{ zone: string; at: number; offset: number }> = []
  for (const line of lines.split('\n')) {
    const m = ZDUMP_LINE.exec(line)
    if (!m) continue
    const [, zone, mon, day, h, mi, s, year, offset] = m
    points.push({
      zone: zone!,
      at: Date.UTC(Number(year), MONTHS.indexOf(mon!), Number(day), Number(h), Number(mi), Number(s)) / 1000,
      offset: Number(offset),
    })
  }
  return points
}
