/**
 * Today's reports as the files of an export: one CSV per grouping —
 * service, counter, staff, hour — of the current business day, the same
 * rows and columns `qms report --day <today> --by X --format csv` gives.
 */
import { join } from 'node:path'
import { businessDay } from '../core/index.ts'
import type { SiteConfig } from '../site/config/schema.ts'
import type { TimeZones } from '../time/local-time.ts'
import { aggregate, type Dimension } from './aggregate.ts'
import { reportNames } from './report-config.ts'
import { reportTable, toCsv } from './report-format.ts'
import { SummaryStore, summariesDir } from './summary-store.ts'

export const EXPORT_GROUPINGS: Dimension[] = ['service', 'counter', 'staff', 'hour']

export interface DayReports {
  day: string
  /** File name → CSV text; empty when the day has no records yet. */
  files: Map<string, string>
}

export async function todaysReports(
  config: SiteConfig,
  dataDir: string,
  now: number,
  zones: TimeZones,
): Promise<DayReports> {
  const day = businessDay(now, config.site.timeZone, config.site.dayStartsAt, zones)
  const store = new SummaryStore(summariesDir(dataDir), join(dataDir, 'journal'), config.site.timeZone, zones)
  const [summary] = await store.range(day, day)
  const files = new Map<string, string>()
  if (!summary) return { day, files }
  const { targets, names } = reportNames(config)
  for (const by of EXPORT_GROUPINGS) {
    const rows = aggregate([summary], { by, targets })
    files.set(
      `report-${day}-by-${by}.csv`,
      toCsv(reportTable(by, rows, (key) => (by === 'service' ? (names[key] ?? key) : key))),
    )
  }
  return { day, files }
}
