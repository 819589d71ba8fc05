/**
 * The time zones a one-shot command (report, usb-import, config checks and
 * signing) tells local time with: the tz database first, as `qms run` does
 * (time/system-zone.ts), so a report's hours and an import's business day
 * are the hub's own. Only a zone left to Intl is logged, and on stderr:
 * stdout is the command's output.
 */
import type { TimeZones } from '../../time/local-time.ts'
import { systemZones } from '../../time/system-zone.ts'
import { createLogger } from '../log.ts'

export async function commandZones(): Promise<TimeZones> {
  const logger = await createLogger({ level: 'warn', destination: process.stderr, pretty: process.stderr.isTTY })
  return systemZones(logger.child({ module: 'time-zone' }))
}
