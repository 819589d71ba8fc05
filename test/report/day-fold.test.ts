/** The fold refuses garbage quietly, hours split right across clock changes, damaged summaries are named. */
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { apply, decide, initialState, type Command } from '../../firmware/core/index.ts'
import { Journal } from '../../firmware/journal/index.ts'
import { DayFold } from '../../firmware/report/day-fold.ts'
import { LocalHours } from '../../firmware/report/local-hours.ts'
import { OpenCounters } from '../../firmware/report/open-counters.ts'
import { SummaryStore } from '../../firmware/report/summary-store.ts'
import { engineFor } from './traffic.ts'
import { intlZones } from '../fixtures/zones.ts'

t.test('records that are not what the fold expects are skipped, never fatal', async (t) => {
  const fold = new DayFold('2026-11-22', 'Asia/Dubai', intlZones)
  for (const junk of [null, 'text', 42, { ev: 'no' }, { ev: [null, 7, { type: 3, at: 1 }, { type: 'ticket.issued' }] }])
    fold.record(junk)
  fold.record({
    ev: [
      { type: 'ticket.called', at: 5, id: 'never-issued', counter: 'c1' },
      { type: 'ticket.issued', at: 6, id: 'x' },
    ],
  })
  fold.record({
    ev: [
      { type: 'rating.recorded', at: 7, counter: 'c1', score: 'five', scale: 5 },
      { type: 'incident.acknowledged', at: 8, incident: 'unknown' },
    ],
  })
  const s = fold.summary()
  t.same([s.visits, s.ratings, s.incidents], [[], [], []])
})

t.test('a ticket the box could not print is not waiting until it is printed; its wait runs from issue', async (t) => {
  const fold = new DayFold('2026-11-22', 'UTC', intlZones)
  const at = (min: number) => Date.UTC(2026, 10, 22, 9, min)
  const issued = (id: string, min: number) => ({
    type: 'ticket.issued',
    at: at(min),
    id,
    label: id,
    service: 'deposits',
    priority: 'normal',
    number: 1,
  })
  fold.record({ ev: [issued('a', 0), issued('b', 1)] })
  fold.record({ ev: [{ type: 'ticket.unprinted', at: at(2), id: 'a', reason: 'paper out' }] })
  fold.record({ ev: [issued('c', 3)] })
  fold.record({ ev: [issued('d', 4)] })
  // c fails to print too and is cancelled (taken out of the queue once, not twice); then a is printed and waits again.
  fold.record({
    ev: [
      { type: 'ticket.unprinted', at: at(5), id: 'c', reason: 'paper out' },
      { type: 'ticket.cancelled', at: at(6), id: 'c', reason: 'cancelled' },
    ],
  })
  fold.record({ ev: [{ type: 'ticket.printed', at: at(7), id: 'a' }] })
  fold.record({ ev: [{ type: 'ticket.called', at: at(20), id: 'a', counter: 'c1', recall: false }] })
  const s = fold.summary()
  t.same(
    s.hours.map((h) => [h.hour, h.peakWaiting]),
    [[9, 3]],
    'three at most: a was out of the queue while c and d came',
  )
  t.equal(s.visits[6], 20 * 60, "a's wait counts from its issue")
  t.same(
    [s.visits[5], s.visits[8 + 5], s.visits[16 + 5], s.visits[24 + 5]],
    [4, 4, 3, 4],
    'c cancelled, the others open',
  )
})

t.test('open counters split over local hours across the spring-forward gap and the repeated hour', async (t) => {
  for (const [name, from, to, hours] of [
    // Berlin, 29 March 2026: 00:30 CET → 05:30 CEST is 4 hours; there is no 02:00 hour.
    ['spring forward', Date.UTC(2026, 2, 28, 23, 30), Date.UTC(2026, 2, 29, 3, 30), [0, 1, 3, 4, 5]],
    // Berlin, 25 October 2026: 00:30 CEST → 05:30 CET is 6 hours; 02:00 comes twice.
    ['fall back', Date.UTC(2026, 9, 24, 22, 30), Date.UTC(2026, 9, 25, 4, 30), [0, 1, 2, 3, 4, 5]],
  ] as const) {
    const open = new OpenCounters(new LocalHours('Europe/Berlin', intlZones))
    open.opened('c1', from)
    const byHour = open.byHour(to)
    t.same(
      [...byHour.keys()].sort((a, b) => a - b),
      hours,
      `${name}: hours`,
    )
    t.equal(
      [...byHour.values()].reduce((n, h) => n + h.ms, 0),
      to - from,
      `${name}: every millisecond counted once`,
    )
    if (name === 'fall back') t.equal(byHour.get(2)!.ms, 2 * 3_600_000, 'the repeated hour holds both passes')
  }
})

t.test('a damaged summary is named; while the journal has the day it is folded again', async (t) => {
  const data = await mkdtemp(join(tmpdir(), 'qms-summary-'))
  const dir = join(data, 'days')
  await mkdir(dir)
  await writeFile(join(dir, '2026-11-22.json'), '{"version":1,"day":"2026-11-2')
  const store = new SummaryStore(dir, join(data, 'journal'), 'Asia/Dubai', intlZones)
  await t.rejects(
    store.read('2026-11-22'),
    /daily summary .*2026-11-22\.json is damaged .*delete it to fold the day again/,
  )
  await t.rejects(
    store.range('2026-11-22', '2026-11-22'),
    /is damaged/,
    'no journal to fall back on: the error, not a silent gap',
  )
  await writeFile(join(dir, '2026-11-23.json'), JSON.stringify({ version: 1, day: '2026-11-24', visits: [] }))
  await t.rejects(store.read('2026-11-23'), /is not a version 1 summary of 2026-11-23/)

  const journal = new Journal({ dir: join(data, 'journal') })
  await journal.open({ onSnapshot: () => undefined, onRecord: () => undefined })
  await journal.append(
    { at: 1, ev: [{ type: 'ticket.issued', at: Date.UTC(2026, 10, 24, 6), id: 't1', service: 'deposits' }] },
    '2026-11-24',
  )
  await journal.close()
  await writeFile(join(dir, '2026-11-24.json'), 'garbage')
  const [again] = await store.range('2026-11-24', '2026-11-24')
  t.same(
    [again!.day, again!.services, again!.visits.length],
    ['2026-11-24', ['deposits'], 8],
    'folded from the journal instead',
  )
})

t.test('staff as the engine stamps them: login, calls and logout credit the person and open the counter', async (t) => {
  const engine = {
    ...engineFor('UTC'),
    staff: [{ id: 'amina', name: 'Amina', pin: '1234', services: ['deposits', 'loans', 'accounts'] }],
  }
  const state = initialState(engine)
  const fold = new DayFold('2026-11-22', 'UTC', intlZones)
  let now = Date.UTC(2026, 10, 22, 9, 0)
  const run = (command: Command) => {
    const d = decide(engine, state, command, now)
    if (!d.ok) throw new Error(d.error.message)
    for (const e of d.events) apply(engine, state, e)
    fold.record({ at: now, ev: d.events })
    now += 60_000
  }
  run({ type: 'login', counter: 'c1', pin: '1234' })
  run({ type: 'issue', service: 'loans' })
  run({ type: 'callNext', counter: 'c1' })
  run({ type: 'finish', counter: 'c1' })
  run({ type: 'logout', counter: 'c1' })
  const s = fold.summary({ closed: true })
  t.same(s.staff, ['amina'])
  t.same(s.visits, [0, 0, 0, 9, 0, 0, 60, 60], 'loans visit: counter c1, staff amina, served, 60 s wait, 60 s service')
  t.same(
    s.hours.map((h) => [h.hour, h.countersOpen, h.countersOpenMax]),
    [[9, 0.07, 1]],
    'open from login to logout: 4 of 60 minutes',
  )
})
