/** Incidents of the call-point contract, reported by location and kind, against the generator's account. */
import t from 'tap'
import { incidentReport } from '../../firmware/report/incident-report.ts'
import { SummaryStore, summariesDir } from '../../firmware/report/summary-store.ts'
import { groupBy } from './expectations.ts'
import { journalOf } from './fixture.ts'
import { engineFor, generate, type TrueIncident } from './traffic.ts'
import { intlZones } from '../fixtures/zones.ts'

/** Nearest figures by the linear-interpolation percentile, worked out here. */
function figures(values: number[]) {
  if (values.length === 0) return { median: null, p90: null, max: null }
  const s = [...values].sort((a, b) => a - b)
  const at = (p: number) => {
    const pos = (s.length - 1) * p
    const lo = Math.floor(pos)
    return Math.round((s[lo]! + (s[Math.ceil(pos)]! - s[lo]!) * (pos - lo)) * 10) / 10
  }
  return { median: at(0.5), p90: at(0.9), max: s[s.length - 1]! }
}

t.test('incidents by location and kind: response, resolution, escalations, unanswered', async (t) => {
  const engine = engineFor('Asia/Dubai')
  const traffic = generate(
    engine,
    Date.UTC(2026, 10, 22, 4, 0),
    Date.UTC(2026, 10, 22, 12, 0),
    Date.UTC(2026, 10, 23, 0, 1),
    11,
  )
  t.ok(traffic.incidents.length >= 5, `${traffic.incidents.length} incidents generated`)
  t.ok(
    traffic.incidents.some((i) => i.ackAt === undefined),
    'some are never answered',
  )
  const { dataDir, journalDir } = await journalOf(traffic)
  const summaries = await new SummaryStore(summariesDir(dataDir), journalDir, engine.timeZone, intlZones).range(
    '2026-11-22',
    '2026-11-22',
  )
  const rows = incidentReport(summaries)
  const groups = groupBy(traffic.incidents, (i: TrueIncident) => `${i.location}/${i.kind}`)
  t.same(rows.map((r) => `${r.location}/${r.kind}`).sort(), [...groups.keys()].sort())
  for (const row of rows) {
    const mine = groups.get(`${row.location}/${row.kind}`)!
    t.same(
      {
        raised: row.raised,
        response: row.response,
        resolution: row.resolution,
        escalated: row.escalated,
        escalations: row.escalations,
        unanswered: row.unanswered,
      },
      {
        raised: mine.length,
        response: figures(mine.filter((i) => i.ackAt !== undefined).map((i) => (i.ackAt! - i.raisedAt) / 1000)),
        resolution: figures(mine.map((i) => (i.clearedAt - i.raisedAt) / 1000)),
        escalated: mine.filter((i) => i.escalations > 0).length,
        escalations: mine.reduce((n, i) => n + i.escalations, 0),
        unanswered: mine.filter((i) => i.ackAt === undefined).length,
      },
      `${row.location} / ${row.kind}`,
    )
  }
})
