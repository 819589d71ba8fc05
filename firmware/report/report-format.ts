/**
 * Report rows as a text table, CSV or JSON. The CSV starts with a UTF-8
 * byte-order mark (spreadsheet programs otherwise read Arabic and Chinese
 * names as mojibake) and quotes by RFC 4180, both through csv-stringify.
 */
import { stringify } from 'csv-stringify/sync'
import type { ReportRow } from './aggregate.ts'
import type { IncidentRow } from './incident-report.ts'

export const FORMATS = ['table', 'csv', 'json'] as const
export type Format = (typeof FORMATS)[number]

type Cell = string | number | null

const REPORT_COLUMNS: Array<[string, (r: ReportRow) => Cell]> = [
  ['issued', (r) => r.issued],
  ['served', (r) => r.served],
  ['no-show', (r) => r.noShow],
  ['transferred', (r) => r.transferred],
  ['cancelled', (r) => r.cancelled],
  ['wait avg s', (r) => r.wait.avg],
  ['wait median s', (r) => r.wait.median],
  ['wait p90 s', (r) => r.wait.p90],
  ['wait max s', (r) => r.wait.max],
  ['service avg s', (r) => r.service.avg],
  ['service median s', (r) => r.service.median],
  ['within target %', (r) => (r.withinTarget === null ? null : Math.round(r.withinTarget * 1000) / 10)],
  ['peak waiting', (r) => r.peakWaiting],
  ['counters open', (r) => r.countersOpen],
  ['ratings', (r) => r.ratings.count],
  ['rating avg /5', (r) => r.ratings.avg],
]

const INCIDENT_COLUMNS: Array<[string, (r: IncidentRow) => Cell]> = [
  ['location', (r) => r.location],
  ['kind', (r) => r.kind],
  ['raised', (r) => r.raised],
  ['response median s', (r) => r.response.median],
  ['response p90 s', (r) => r.response.p90],
  ['response worst s', (r) => r.response.max],
  ['resolution median s', (r) => r.resolution.median],
  ['resolution p90 s', (r) => r.resolution.p90],
  ['resolution worst s', (r) => r.resolution.max],
  ['escalated', (r) => r.escalated],
  ['escalation steps', (r) => r.escalations],
  ['unanswered', (r) => r.unanswered],
  ['undelivered', (r) => r.undelivered],
]

/** Header and cells of the report grouped `by`, with display names for keys. */
export function reportTable(by: string, rows: ReportRow[], names: (key: string) => string = (k) => k): Cell[][] {
  return [
    [by, ...REPORT_COLUMNS.map(([h]) => h)],
    ...rows.map((r) => [names(r.key), ...REPORT_COLUMNS.map(([, f]) => f(r))]),
  ]
}

export function incidentTable(rows: IncidentRow[]): Cell[][] {
  return [INCIDENT_COLUMNS.map(([h]) => h), ...rows.map((r) => INCIDENT_COLUMNS.map(([, f]) => f(r)))]
}

export function toCsv(table: Cell[][]): string {
  return stringify(
    table.map((r) => r.map((c) => (c === null ? '' : c))),
    { bom: true, record_delimiter: 'windows' },
  )
}

/** Columns padded to their widest cell; numbers right-aligned; missing figures as "–". */
export function toText(table: Cell[][]): string {
  const cells = table.map((r) => r.map((c) => (c === null ? '–' : String(c))))
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => [...r[i]!].length)))
  return cells
    .map((r, ri) =>
      r
        .map((c, i) => {
          const pad = widths[i]! - [...c].length
          return i > 0 && ri > 0 && typeof table[ri]![i] !== 'string' ? ' '.repeat(pad) + c : c + ' '.repeat(pad)
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n')
    .concat('\n')
}
