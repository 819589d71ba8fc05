/**
 * Reports over generated traffic, written to a real journal, read back
 * through the summaries, and checked against the generator's own account.
 */
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { aggregate, type Dimension, type ReportRow } from '../../firmware/report/aggregate.ts'
import { SummaryStore, summariesDir } from '../../firmware/report/summary-store.ts'
import { expected, groupBy, localHour } from './expectations.ts'
import { journalOf } from './fixture.ts'
import { engineFor, generate, type TrueVisit } from './traffic.ts'
import { intlZones } from '../fixtures/zones.ts'

function project(row: ReportRow) {
  return {
    issued: row.issued,
    served: row.served,
    noShow: row.noShow,
    transferred: row.transferred,
    cancelled: row.cancelled,
    waitAvg: row.wait.avg,
    waitMedian: row.wait.median,
    waitP90: row.wait.p90,
    waitMax: row.wait.max,
    serviceMedian: row.service.median,
  }
}

function checkGrouping(t: Test, rows: ReportRow[], visits: TrueVisit[], key: (v: TrueVisit) => string): void {
  const groups = groupBy(visits, key)
  t.same(rows.map((r) => r.key).sort(), [...groups.keys()].sort(), 'the same groups')
  for (const row of rows) t.same(project(row), expected(groups.get(row.key) ?? []), `group ${row.key}`)
}

// Sunday 2026-11-22 in Dubai (UTC+4, no DST): open 08:00–16:00 local, next business day starts 04:00.
const DUBAI = engineFor('Asia/Dubai')
const dubaiTraffic = generate(
  DUBAI,
  Date.UTC(2026, 10, 22, 4, 0),
  Date.UTC(2026, 10, 22, 12, 0),
  Date.UTC(2026, 10, 23, 0, 1),
  7,
)

t.test('a generated day: every grouping matches the generator', async (t) => {
  const { dataDir, journalDir } = await journalOf(dubaiTraffic)
  const store = new SummaryStore(summariesDir(dataDir), journalDir, DUBAI.timeZone, intlZones)
  const summaries = await store.range('2026-11-22', '2026-11-22')
  t.equal(summaries.length, 1)
  const visits = dubaiTraffic.visits
  t.ok(visits.length > 500, `traffic is busy enough (${visits.length} visits)`)
  t.ok(
    visits.some((v) => v.outcome === 'noShow') &&
      visits.some((v) => v.outcome === 'transferred') &&
      visits.some((v) => v.outcome === 'cancelled'),
  )
  const keys: Record<Exclude<Dimension, 'day'>, (v: TrueVisit) => string> = {
    service: (v) => v.service,
    counter: (v) => v.counter ?? '(none)',
    staff: (v) => v.staff ?? '(none)',
    hour: (v) => localHour(v.enteredAt, DUBAI.timeZone),
  }
  for (const [by, key] of Object.entries(keys)) {
    t.test(`by ${by}`, async (t) => checkGrouping(t, aggregate(summaries, { by: by as Dimension }), visits, key))
  }
})

t.test('a closed day is summarised once and read back unchanged; the journal day is not needed after', async (t) => {
  const { dataDir, journalDir } = await journalOf(dubaiTraffic)
  const store = new SummaryStore(summariesDir(dataDir), journalDir, DUBAI.timeZone, intlZones)
  const folded = await store.range('2026-11-22', '2026-11-22')
  t.same(await store.summariseClosedDays('2026-11-23'), ['2026-11-22'])
  t.same(await store.summariseClosedDays('2026-11-23'), [], 'not written twice')
  const other = new SummaryStore(summariesDir(dataDir), join(dataDir, 'no-journal'), DUBAI.timeZone, intlZones)
  t.same(await other.range('2026-11-22', '2026-11-22'), folded)
})

t.test('share within the target wait, per service', async (t) => {
  const { dataDir, journalDir } = await journalOf(dubaiTraffic)
  const summaries = await new SummaryStore(summariesDir(dataDir), journalDir, DUBAI.timeZone, intlZones).range(
    '2026-11-22',
    '2026-11-22',
  )
  const targets = { deposits: 300, loans: 120 }
  const rows = aggregate(summaries, { by: 'service', targets })
  for (const row of rows) {
    const served = dubaiTraffic.visits.filter((v) => v.service === row.key && v.outcome === 'served')
    const target = targets[row.key as keyof typeof targets]
    if (target === undefined) {
      t.equal(row.withinTarget, null, `${row.key} has no target`)
      continue
    }
    const within = served.filter((v) => (v.calledAt! - v.enteredAt) / 1000 <= target).length
    t.equal(row.withinTarget, Math.round((within / served.length) * 1000) / 1000, row.key)
  }
})

t.test('ratings by counter and by staff', async (t) => {
  const { dataDir, journalDir } = await journalOf(dubaiTraffic)
  const summaries = await new SummaryStore(summariesDir(dataDir), journalDir, DUBAI.timeZone, intlZones).range(
    '2026-11-22',
    '2026-11-22',
  )
  for (const by of ['counter', 'staff', 'service'] as const) {
    for (const row of aggregate(summaries, { by })) {
      const mine = dubaiTraffic.ratings.filter((r) => r[by] === row.key)
      t.equal(row.ratings.count, mine.length, `${by} ${row.key}: count`)
      const avg = mine.length
        ? Math.round((mine.reduce((a, r) => a + (r.score / r.scale) * 5, 0) / mine.length) * 100) / 100
        : null
      t.equal(row.ratings.avg, avg, `${by} ${row.key}: average`)
    }
  }
})

// Business days that start at 04:00 local, on the nights the clocks change in Berlin; the branch is open all night.
const BERLIN = engineFor('Europe/Berlin')
const nights = [
  {
    name: 'spring forward (02:00 → 03:00)',
    hour2: false,
    from: Date.UTC(2026, 2, 28, 22, 0),
    until: Date.UTC(2026, 2, 29, 5, 0),
    next: Date.UTC(2026, 2, 30, 2, 1),
  },
  {
    name: 'fall back (03:00 → 02:00)',
    hour2: true,
    from: Date.UTC(2026, 9, 24, 22, 0),
    until: Date.UTC(2026, 9, 25, 5, 0),
    next: Date.UTC(2026, 9, 26, 3, 1),
  },
]
for (const night of nights) {
  t.test(`business-day boundary and hours on a DST night: ${night.name}`, async (t) => {
    const traffic = generate(BERLIN, night.from, night.until, night.next, 3)
    const { dataDir, journalDir } = await journalOf(traffic)
    const summaries = await new SummaryStore(summariesDir(dataDir), journalDir, BERLIN.timeZone, intlZones).range(
      '2026-01-01',
      '2026-12-31',
    )
    const days = [...new Set(traffic.visits.map((v) => v.day))].sort()
    t.equal(days.length, 2, 'the night spans two business days')
    // The last tick opens a third business day with no visits (only the day-end cancellations).
    t.same(
      summaries.filter((s) => s.visits.length > 0).map((s) => s.day),
      days,
    )
    for (const summary of summaries) {
      const visits = traffic.visits.filter((v) => v.day === summary.day)
      const rows = aggregate([summary], { by: 'hour' })
      checkGrouping(t, rows, visits, (v) => localHour(v.enteredAt, BERLIN.timeZone))
    }
    const hours = aggregate(summaries, { by: 'hour' }).map((r) => r.key)
    t.equal(
      hours.includes('02'),
      night.hour2,
      night.hour2 ? 'both passes of 02:00 make one hour' : 'the skipped hour has no row',
    )
    t.ok(hours.includes('01') && hours.includes('03') && hours.includes('04'), 'the hours around the change are there')
  })
}

t.test('peak waiting and counters open, hour by hour, from a sweep over the generator account', async (t) => {
  const { dataDir, journalDir } = await journalOf(dubaiTraffic)
  const [summary] = await new SummaryStore(summariesDir(dataDir), journalDir, DUBAI.timeZone, intlZones).range(
    '2026-11-22',
    '2026-11-22',
  )
  const hourOf = (at: number) => Number(localHour(at, DUBAI.timeZone))
  // Waiting: from entering the queue until called (or, never called, until the visit ended). Arrivals first at one instant, as the generator sends them.
  // Three counters log in at the day's first record and stay until its last.
  const times = dubaiTraffic.records
    .filter((r) => r.day === '2026-11-22')
    .flatMap((r) => r.record.ev.map((e) => e.at as number))
  const first = Math.min(...times)
  const last = Math.max(...times)
  // Those still waiting at closing time leave at the next day's start, in the next day's journal.
  const points: Array<[number, number]> = []
  for (const v of dubaiTraffic.visits.filter((v) => v.day === '2026-11-22'))
    points.push([v.enteredAt, +1], [v.calledAt ?? v.endedAt!, -1])
  points.sort((a, b) => a[0] - b[0] || b[1] - a[1])
  const cut = points.findIndex(([at]) => at > last)
  if (cut >= 0) points.splice(cut)
  const peak = new Map<number, number>()
  let waiting = 0
  for (const [at, change] of points) {
    waiting += change
    peak.set(hourOf(at), Math.max(peak.get(hourOf(at)) ?? 0, waiting))
  }
  for (const h of summary!.hours) {
    const hourStart = Date.UTC(2026, 10, 22, h.hour - 4)
    const overlap = Math.max(0, Math.min(last, hourStart + 3_600_000) - Math.max(first, hourStart))
    t.equal(h.countersOpen, Math.round(((3 * overlap) / 3_600_000) * 100) / 100, `${h.hour}:00 counters open`)
    t.equal(h.countersOpenMax, overlap > 0 ? 3 : 0, `${h.hour}:00 most open at once`)
    t.equal(h.peakWaiting, peak.get(h.hour) ?? 0, `${h.hour}:00 peak waiting`)
  }
  t.same(
    summary!.hours.map((h) => h.hour).filter((h) => peak.has(h)),
    [...peak.keys()].sort((a, b) => a - b),
    'every hour with arrivals has its row',
  )
})
