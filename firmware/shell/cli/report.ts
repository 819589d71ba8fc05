/**
 * `qms report`: the branch manager's figures from the journal and the daily
 * summaries, as a table, CSV or JSON; `--incidents` for call points;
 * `--chart FILE` draws a day (SVG, or PNG by the file's ending); `--slip`
 * prints the day's summary as the ticket box would print it.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigError, loadConfig } from '../../site/config/load.ts'
import { aggregate, DIMENSIONS, type Dimension } from '../../report/aggregate.ts'
import { dayHeadline } from '../../report/day-headline.ts'
import { incidentReport } from '../../report/incident-report.ts'
import { reportNames } from '../../report/report-config.ts'
import { chartPng, chartSvg } from '../../report/report-chart.ts'
import { FORMATS, incidentTable, reportTable, toCsv, toText, type Format } from '../../report/report-format.ts'
import { SummaryStore, summariesDir } from '../../report/summary-store.ts'
import { summarySlip, slipText } from '../../roles/dispenser/summary-slip.ts'
import { staffWords } from '../../site/config/site-words.ts'
import { isDay } from '../../journal/segments.ts'
import { commandZones } from './command-zones.ts'

export interface ReportArgs {
  config?: string | undefined
  data?: string | undefined
  from?: string | undefined
  to?: string | undefined
  by?: string | undefined
  format?: string | undefined
  chart?: string | undefined
  incidents?: boolean | undefined
  slip?: boolean | undefined
}

export async function reportCommand(args: ReportArgs): Promise<number> {
  if (!args.config || !args.data) return fail('qms report needs --config FILE and --data DIR', 2)
  const by = (args.by ?? 'service') as Dimension
  if (!DIMENSIONS.includes(by)) return fail(`--by must be one of: ${DIMENSIONS.join(', ')}`, 2)
  const format = (args.format ?? 'table') as Format
  if (!FORMATS.includes(format)) return fail(`--format must be one of: ${FORMATS.join(', ')}`, 2)
  for (const [name, value] of [
    ['--from', args.from],
    ['--to', args.to],
  ] as const) {
    if (value !== undefined && !isDay(value)) return fail(`${name} must be a date YYYY-MM-DD, got "${value}"`, 2)
  }
  const zones = await commandZones()
  let config
  try {
    config = await loadConfig(args.config, zones)
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    return fail(err.message, 1)
  }
  const store = new SummaryStore(summariesDir(args.data), join(args.data, 'journal'), config.site.timeZone, zones)
  const all = await store.range(args.from ?? '0000-01-01', args.to ?? '9999-12-31')
  if (all.length === 0) return fail('no business days with records in that range', 1)
  // Without dates: the newest day with tickets (before opening, that is yesterday, not the new day's empty start).
  const newest = [...all].reverse().find((s) => s.visits.length > 0)?.day ?? all.at(-1)!.day
  const from = args.from ?? (args.to === undefined ? newest : '0000-01-01')
  const summaries = all.filter(
    (s) => s.day >= from && (args.to !== undefined || args.from !== undefined || s.day <= newest),
  )
  const { targets, names } = reportNames(config)

  if (args.chart !== undefined || args.slip) {
    const day = summaries.at(-1)!
    if (args.slip) {
      process.stdout.write(
        slipText(summarySlip(staffWords(config), dayHeadline(day, targets, names), config.site.name)),
      )
      if (args.chart === undefined) return 0
    }
    const svg = await chartSvg(day, {
      title: `${config.site.name} — ${day.day}`,
      dayStartHour: Number(config.site.dayStartsAt.slice(0, 2)),
    })
    await writeFile(args.chart!, args.chart!.toLowerCase().endsWith('.png') ? await chartPng(svg) : svg)
    process.stderr.write(`chart of ${day.day} written to ${args.chart}\n`)
    return 0
  }
  if (args.incidents) return output(format, incidentTable(incidentReport(summaries)), incidentReport(summaries))
  const rows = aggregate(summaries, { by, targets })
  const label = (key: string) => (by === 'service' ? (names[key] ?? key) : key)
  return output(format, reportTable(by, rows, label), { from: summaries[0]!.day, to: summaries.at(-1)!.day, by, rows })
}

function output(format: Format, table: Array<Array<string | number | null>>, json: unknown): number {
  if (format === 'json') process.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
  else process.stdout.write(format === 'csv' ? toCsv(table) : toText(table))
  return 0
}

function fail(message: string, code: number): number {
  process.stderr.write(`qms report: ${message}\n`)
  return code
}
