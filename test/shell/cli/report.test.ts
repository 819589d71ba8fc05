/**
 * `qms report` as the bundle runs it, over a generated day in a real data
 * folder: CSV that a spreadsheet reads back (byte-order mark, quoting,
 * Arabic names), JSON, the chart files, the slip, and refusals.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import t from 'tap'
import { stringify } from 'yaml'
import { demoDocument } from '../../fixtures/site.ts'
import { journalOf } from '../../report/fixture.ts'
import { engineFor, generate } from '../../report/traffic.ts'

const QMS = new URL('../../../dist/qms.mjs', import.meta.url).pathname
const qms = (...args: string[]) => spawnSync(process.execPath, [QMS, ...args], { encoding: 'utf8', timeout: 30_000 })

t.before(() => {
  if (!existsSync(QMS)) throw new Error('dist/qms.mjs is missing: run `npm run build` (npm test does)')
})

const LOANS = 'القروض, "سريع"\nفرع'
const traffic = generate(
  engineFor('Asia/Dubai'),
  Date.UTC(2026, 10, 22, 4, 0),
  Date.UTC(2026, 10, 22, 12, 0),
  Date.UTC(2026, 10, 23, 0, 1),
  5,
)
const { dataDir } = await journalOf(traffic)
const doc = demoDocument()
doc.services[1].names.ar = LOANS
doc.services[0].targetWaitSeconds = 600
const configFile = join(dataDir, 'site.yaml')
await writeFile(configFile, stringify(doc))
const base = ['report', '--config', configFile, '--data', dataDir, '--from', '2026-11-22', '--to', '2026-11-22']

t.test('CSV: byte-order mark, CRLF, quoted names read back exactly by a CSV parser', async (t) => {
  const out = qms(...base, '--by', 'service', '--format', 'csv')
  t.equal(out.status, 0, out.stderr)
  t.ok(out.stdout.startsWith('\uFEFF'), 'starts with the UTF-8 byte-order mark')
  t.match(out.stdout, /\r\n/)
  const rows = parse(out.stdout, { bom: true }) as string[][]
  t.same(rows[0]!.slice(0, 3), ['service', 'issued', 'served'])
  const names = rows.slice(1).map((r) => r[0])
  t.same(names.sort(), ['الإيداعات', 'الحسابات', LOANS].sort(), 'a name with a comma, quotes and a line break survives')
  const issued = rows.slice(1).reduce((n, r) => n + Number(r[1]), 0)
  t.equal(issued, traffic.visits.filter((v) => v.entry === 'issued').length)
  const deposits = rows.find((r) => r[0] === 'الإيداعات')!
  const within = rows[0]!.indexOf('within target %')
  t.not(deposits[within], '', 'deposits has a target, so a share')
  t.equal(rows.find((r) => r[0] === 'الحسابات')![within], '', 'accounts has none: an empty cell, not 0')
})

t.test('JSON by staff and by hour add up to the day', async (t) => {
  for (const by of ['staff', 'hour', 'counter']) {
    const out = qms(...base, '--by', by, '--format', 'json')
    t.equal(out.status, 0, out.stderr)
    const report = JSON.parse(out.stdout) as { by: string; rows: Array<{ served: number }> }
    t.equal(report.by, by)
    t.equal(
      report.rows.reduce((n, r) => n + r.served, 0),
      traffic.visits.filter((v) => v.outcome === 'served').length,
      by,
    )
  }
})

t.test('without dates: the newest day with tickets, not the empty start of the next day', async (t) => {
  const out = qms('report', '--config', configFile, '--data', dataDir, '--format', 'json')
  t.equal(out.status, 0, out.stderr)
  t.match(JSON.parse(out.stdout), { from: '2026-11-22', to: '2026-11-22', by: 'service' })
})

t.test('table, incidents, slip', async (t) => {
  const table = qms(...base, '--by', 'counter')
  t.equal(table.status, 0, table.stderr)
  t.match(table.stdout, /^counter\s+issued\s+served/)
  t.match(table.stdout, /\nc1 /)
  const incidents = qms(...base, '--incidents', '--format', 'csv')
  t.equal(incidents.status, 0, incidents.stderr)
  t.match(incidents.stdout, /^\uFEFFlocation,kind,raised,response median s/)
  const slip = qms(...base, '--slip')
  t.equal(slip.status, 0, slip.stderr)
  t.match(slip.stdout, /DAILY SUMMARY/)
  t.match(slip.stdout, /2026-11-22/)
  t.match(slip.stdout, new RegExp(`Issued ${traffic.visits.filter((v) => v.entry === 'issued').length} `))
})

t.test('chart: SVG drawn by the chart library, PNG by its signature', async (t) => {
  const svgFile = join(dataDir, 'day.svg')
  const pngFile = join(dataDir, 'day.png')
  t.equal(qms(...base, '--chart', svgFile).status, 0)
  const svg = await readFile(svgFile, 'utf8')
  t.match(svg, /^<svg/)
  t.match(svg, /08:00/)
  t.match(svg, /Average wait \(min\)/)
  t.equal(qms(...base, '--chart', pngFile).status, 0)
  const png = await readFile(pngFile)
  t.same([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
})

t.test('bad arguments are refused with a reason', async (t) => {
  const by = qms(...base, '--by', 'weather')
  t.equal(by.status, 2)
  t.match(by.stderr, /--by must be one of: service, counter, staff, hour, day/)
  const date = qms('report', '--config', configFile, '--data', dataDir, '--from', '22/11/2026')
  t.equal(date.status, 2)
  t.match(date.stderr, /--from must be a date YYYY-MM-DD/)
  const empty = qms('report', '--config', configFile, '--data', dataDir, '--from', '2020-01-01', '--to', '2020-01-02')
  t.equal(empty.status, 1)
  t.match(empty.stderr, /no business days/)
})
