/**
 * The site's time-zone rules from the system's tz database (Debian's tzdata,
 * kept current by apt), read once per zone as the engine first asks for it.
 * Local time then needs no ICU, which saves the hub ~10 MiB of RSS
 * (time/local-time.ts). A zone that cannot be read this way is logged and
 * left to Intl, so the appliance also runs on a machine without tzdata.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger } from 'pino'
import { TimeZones, type ZoneSource } from './local-time.ts'
import { parseTzif } from './zone-rules.ts'

/** Where Debian installs the zone files; TZDIR overrides it, as for the C library. */
export const ZONEINFO_DIR = '/usr/share/zoneinfo'

// Area/Location names as IANA writes them (Etc/GMT+3, America/Port-au-Prince, EST5EDT, UTC).
const ZONE_NAME = /^[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)*$/

/** Why a configured name must not become a path under the zone directory, or undefined when it may. */
export function zoneNameRefusal(timeZone: string): string | undefined {
  if (timeZone.split('/').includes('..')) return 'it climbs out of the zone directory with ".."'
  if (timeZone.startsWith('/')) return 'it is an absolute path, not a zone name'
  if (!ZONE_NAME.test(timeZone)) return 'it is not an IANA zone name (letters, digits, _ + - and /)'
  // In the directory, but not zones: the machine's own zone (a link to /etc/localtime) and zic's template.
  if (timeZone === 'localtime' || timeZone === 'posixrules') return `"${timeZone}" is not a zone of the database`
  // right/ counts leap seconds in its transition times; the parser ignores them, so its answers would be ~27 s off.
  if (timeZone.startsWith('right/')) return 'the right/ zones count leap seconds'
  return undefined
}

export function systemZoneSource(logger: Logger, dir = process.env.TZDIR || ZONEINFO_DIR): ZoneSource {
  return (timeZone) => {
    const file = join(dir, timeZone)
    const fallBack = (reason: string) => {
      logger.warn({ timeZone, file, reason }, 'time zone not taken from the tz database; Intl (ICU) answers for it')
      return undefined
    }
    const refusal = zoneNameRefusal(timeZone)
    if (refusal) return fallBack(`refused: ${refusal}`)
    let bytes: Buffer
    try {
      bytes = readFileSync(file)
    } catch (err) {
      return fallBack(`cannot read the zone file: ${(err as Error).message}`)
    }
    try {
      const rules = parseTzif(bytes)
      logger.info({ timeZone, file }, 'local time from the tz database')
      return rules
    } catch (err) {
      return fallBack((err as Error).message)
    }
  }
}

/** What every command uses for local time (qms run, report, usb-import, config checks): the tz database first, Intl for a zone it lacks. */
export function systemZones(logger: Logger, dir?: string): TimeZones {
  return new TimeZones(systemZoneSource(logger, dir))
}
