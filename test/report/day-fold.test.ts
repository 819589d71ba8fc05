/** The fold refuses garbage quietly, hours split right across clock changes, damaged summaries are named. */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { Journal } from '../../firmware/journal/index.ts'
import { DayFold } from '../../firmware/report/day-fold.ts'
import { LocalHours } from '../../firmware/report/local-hours.ts'
import { OpenCounters } from '../../firmware/report/open-counters.ts'
import { SummaryStore } from '../../firmware/report/summary-store.ts'

t.test('records that are not what the fold expects are skipped, never fatal', async (t) => {
  const fold = new DayFold('2026-11-22', 'Asia/Dubai')
  for (const junk of [null, 'text', 42, { ev: 'no' }, { ev: [null, 7, { type: 3, at: 1 }, { type: 'ticket.issued' }] }]) fold.record(junk)
  fold.record({ ev: [{ type: 'ticket.called', at: 5, id: 'never-issued', counter: 'c1' }, { type: 'ticket.issued', at: 6, id: 'x' }] })
  fold.record({ ev: [{ type: 'rating.recorded', at: 7, counter: 'c1', score: 'five', scale: 5 }, { type: 'incident.acknowledged', at: 8, incident: 'unknown' }] })
  const s = fold.summary()
  t.same([s.visits, s.ratings, s.incidents], [[], [], []])
})

t.test('open counters split over local hours across the spring-forward gap and the repeated hour', async (t) => {
  for (const [name, from, to, hours] of [
    // Berlin, 29 March 2026: 00:30 CET → 05:30 CEST is 4 hours; there is no 02:00 hour.
    ['spring forward', Date.UTC(2026, 2, 28, 23, 30), Date.UTC(2026, 2, 29, 3, 30), [0, 1, 3, 4, 5]],
    // Berlin, 25 October 2026: 00:30 CEST → 05:30 CET is 6 hours; 02:00 comes twice.
    ['fall back', Date.UTC(2026, 9, 24, 22, 30), Date.UTC(2026, 9, 25, 4, 30), [0, 1, 2, 3, 4, 5]],
  ] as const) {
    const open = new OpenCounters(new LocalHours('Europe/Berlin'))
    open.opened('c1', from)
    const byHour = open.byHour(to)
    t.same([...byHour.keys()].sort((a, b) => a - b), hours, `${name}: hours`)
    t.equal([...byHour.values()].reduce((n, h) => n + h.ms, 0), to - from, `${name}: every millisecond counted once`)
    if (name === 'fall back') t.equal(byHour.get(2)!.ms, 2 * 3_600_000, 'the repeated hour holds both passes')
  }
})

t.test('a damaged summary is named; while the journal has the day it is folded again', async (t) => {
  const data = await mkdtemp(join(tmpdir(), 'qms-summary-'))
  const dir = join(data, 'days')
  await mkdir(dir)
  await writeFile(join(dir, '2026-11-22.json'), '{"version":1,"day":"2026-11-2')
  const store = new SummaryStore(dir, join(data, 'journal'), 'Asia/Dubai')
  await t.rejects(store.read('2026-11-22'), /daily summary .*2026-11-22\.json is damaged .*delete it to fold the day again/)
  await t.rejects(store.range('2026-11-22', '2026-11-22'), /is damaged/, 'no journal to fall back on: the error, not a silent gap')
  await writeFile(join(dir, '2026-11-23.json'), JSON.stringify({ version: 1, day: '2026-11-24', visits: [] }))
  await t.rejects(store.read('2026-11-23'), /is not a version 1 summary of 2026-11-23/)

  const journal = new Journal({ dir: join(data, 'journal') })
  await journal.open({ onSnapshot: () => undefined, onRecord: () => undefined })
  await journal.append({ at: 1, ev: [{ type: 'ticket.issued', at: Date.UTC(2026, 10, 24, 6), id: 't1', service: 'deposits' }] }, '2026-11-24')
  await journal.close()
  await writeFile(join(dir, '2026-11-24.json'), 'garbage')
  const [again] = await store.range('2026-11-24', '2026-11-24')
  t.same([again!.day, again!.services, again!.visits.length], ['2026-11-24', ['deposits'], 8], 'folded from the journal instead')
})
