/**
 * A year of a busy branch (2,000 tickets a day, ten counters with staff,
 * half the customers rating) reported from its daily summaries: the time
 * from reading the 365 summary files to the rows grouped by service, as
 * `qms report --from … --to …` does. Also: folding one such day from its
 * journal, what the hub does once a day when the day closes.
 */
import { join } from 'node:path'
import { aggregate } from '../firmware/report/aggregate.ts'
import { DayFold } from '../firmware/report/day-fold.ts'
import { SummaryStore, summariesDir } from '../firmware/report/summary-store.ts'
import { Journal } from '../firmware/journal/index.ts'
import { benchDir } from './bench-dir.ts'
import { SERVICES } from './bench-site.ts'
import { median } from './stats.ts'
import { intlZones } from '../test/fixtures/zones.ts'

const TICKETS_PER_DAY = 2000
const DAYS = 365
const COUNTERS = 10
const TIME_ZONE = 'Asia/Dubai'
const DAY_MS = 24 * 3600 * 1000

/** One day's events, as the hub would journal them, in time order (a fixed pseudo-random pattern). */
function dayRecords(start: number): Array<{ at: number; ev: object[] }> {
  let seed = 12345
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const events: Array<{ type: string; at: number } & Record<string, unknown>> = []
  for (let i = 0; i < TICKETS_PER_DAY; i++) {
    const id = `d/${i}`
    const issued = start + i * 16_000
    const called = issued + Math.floor(rnd() * 1200) * 1000
    const counter = `c${i % COUNTERS}`
    const staff = `staff-${i % COUNTERS}`
    const service = SERVICES[i % SERVICES.length]!
    events.push({ type: 'ticket.issued', at: issued, id, label: `A${i}`, service, priority: 'normal', number: i })
    events.push({ type: 'ticket.called', at: called, id, counter, staff, recall: false })
    events.push({ type: 'ticket.started', at: called + 10_000, id, counter, staff })
    const done = called + (60 + Math.floor(rnd() * 540)) * 1000
    events.push({ type: rnd() < 0.05 ? 'ticket.noShow' : 'ticket.finished', at: done, id, counter, staff })
    if (rnd() < 0.5)
      events.push({
        type: 'rating.recorded',
        at: done + 5000,
        counter,
        score: 1 + Math.floor(rnd() * 5),
        scale: 5,
        id,
        service,
        staff,
      })
  }
  events.sort((a, b) => a.at - b.at)
  return events.map((e) => ({ at: e.at, ev: [e] }))
}

export async function measureReportYear(): Promise<{
  report_year_ms: number
  report_day_fold_ms: number
  summary_day_kb: number
}> {
  const dataDir = await benchDir('report-year')
  const journalDir = join(dataDir, 'journal')
  const store = new SummaryStore(summariesDir(dataDir), journalDir, TIME_ZONE, intlZones)
  const first = Date.UTC(2025, 0, 1, 4, 0)

  // One day through the journal and the fold, as the hub does when the day closes.
  const journal = new Journal({ dir: journalDir })
  await journal.open({ onSnapshot: () => undefined, onRecord: () => undefined })
  await Promise.all(dayRecords(first).map((r) => journal.append(r, '2025-01-01')))
  await journal.close()
  const folds: number[] = []
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    await store.fold('2025-01-01', true)
    folds.push(performance.now() - t0)
  }

  // The year's summaries: the same day's shape, day after day.
  const fold = new DayFold('2025-01-01', TIME_ZONE, intlZones)
  for (const r of dayRecords(first)) fold.record(r)
  const template = fold.summary({ closed: true })
  let bytes = 0
  for (let d = 0; d < DAYS; d++) {
    const day = new Date(first + d * DAY_MS).toISOString().slice(0, 10)
    await store.write({ ...template, day })
    bytes = JSON.stringify(template).length
  }

  const runs: number[] = []
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    const summaries = await store.range('2025-01-01', '2025-12-31')
    const rows = aggregate(summaries, { by: 'service', targets: { s0: 600 } })
    runs.push(performance.now() - t0)
    const served = rows.reduce((n, r) => n + r.served + r.noShow, 0)
    if (summaries.length !== DAYS || served !== DAYS * TICKETS_PER_DAY)
      throw new Error(`report saw ${summaries.length} days, ${served} tickets`)
  }
  return { report_year_ms: median(runs), report_day_fold_ms: median(folds), summary_day_kb: bytes / 1024 }
}
