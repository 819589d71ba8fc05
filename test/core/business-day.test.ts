import t, { type Test } from 'tap'
import fc from 'fast-check'
import { businessDay } from '../../firmware/core/index.ts'
import { Branch, testConfig, types } from './harness.ts'
import { intlZones } from '../fixtures/zones.ts'

const MIN = 60_000
const HOUR = 60 * MIN
const utc = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) => Date.UTC(y, mo - 1, d, h, mi, s)

type Row = [now: number, dayStartsAt: string, day: string, why?: string]

function expectDays(t: Test, zone: string, rows: Row[]): void {
  for (const [now, start, day, why] of rows) {
    t.equal(
      businessDay(now, zone, start, intlZones),
      day,
      `${new Date(now).toISOString()} starting ${start}${why ? `: ${why}` : ''}`,
    )
  }
}

t.test('a zone without DST: Asia/Dubai (UTC+4), day starts 04:00', async (t) => {
  expectDays(t, 'Asia/Dubai', [
    [utc(2026, 11, 22, 0, 0), '04:00', '2026-11-22', '04:00 local starts the day'],
    [utc(2026, 11, 21, 23, 59, 59), '04:00', '2026-11-21', '03:59:59 is still the day before'],
    [utc(2026, 11, 22, 19, 59), '04:00', '2026-11-22', '23:59 local'],
    [utc(2026, 11, 22, 20, 30), '04:00', '2026-11-22', '00:30 local the next date belongs to the night before'],
    [utc(2026, 12, 31, 20, 0), '00:00', '2027-01-01', 'midnight start, across a year'],
    [utc(2026, 12, 31, 19, 59), '00:00', '2026-12-31'],
  ])
})

t.test('Europe/Berlin spring forward (2026-03-29, 02:00 CET → 03:00 CEST)', async (t) => {
  expectDays(t, 'Europe/Berlin', [
    // Start inside the skipped hour: it happens at the first instant after the gap.
    [utc(2026, 3, 29, 0, 59, 59), '02:30', '2026-03-28', '01:59:59 CET'],
    [utc(2026, 3, 29, 1, 0), '02:30', '2026-03-29', '03:00 CEST, first instant after the gap'],
    [utc(2026, 3, 28, 1, 30), '02:30', '2026-03-28', 'the day before, 02:30 CET on an ordinary night'],
    [utc(2026, 3, 28, 1, 29), '02:30', '2026-03-27'],
    // Start outside the shifted hour: 04:00 CEST is 02:00 UTC that day.
    [utc(2026, 3, 29, 1, 59), '04:00', '2026-03-28', '03:59 CEST'],
    [utc(2026, 3, 29, 2, 0), '04:00', '2026-03-29', '04:00 CEST'],
    [utc(2026, 3, 28, 3, 0), '04:00', '2026-03-28', '04:00 CET the day before'],
  ])
})

t.test('Europe/Berlin fall back (2026-10-25, 03:00 CEST → 02:00 CET): the repeated hour never goes back', async (t) => {
  expectDays(t, 'Europe/Berlin', [
    // Start inside the repeated hour: the first pass starts the day, the second pass stays in it.
    [utc(2026, 10, 25, 0, 29, 59), '02:30', '2026-10-24', '02:29:59 CEST'],
    [utc(2026, 10, 25, 0, 30), '02:30', '2026-10-25', '02:30 CEST, first pass'],
    [utc(2026, 10, 25, 1, 0), '02:30', '2026-10-25', '02:00 CET, second pass, wall time before the start'],
    [utc(2026, 10, 25, 1, 29), '02:30', '2026-10-25', '02:29 CET'],
    [utc(2026, 10, 25, 1, 30), '02:30', '2026-10-25', '02:30 CET'],
    [utc(2026, 10, 26, 1, 29), '02:30', '2026-10-25', 'next night, 02:29 CET'],
    [utc(2026, 10, 26, 1, 30), '02:30', '2026-10-26', 'next night, 02:30 CET'],
    // Start at the very beginning of the repeated hour.
    [utc(2026, 10, 24, 23, 59), '02:00', '2026-10-24', '01:59 CEST'],
    [utc(2026, 10, 25, 0, 0), '02:00', '2026-10-25', '02:00 CEST'],
    [utc(2026, 10, 25, 1, 0), '02:00', '2026-10-25', '02:00 CET'],
    // Start outside the shifted hour: 04:00 CET is 03:00 UTC.
    [utc(2026, 10, 25, 2, 59), '04:00', '2026-10-24', '03:59 CET'],
    [utc(2026, 10, 25, 3, 0), '04:00', '2026-10-25', '04:00 CET'],
  ])
})

t.test('America/New_York: 2026-03-08 spring forward at 02:00, 2026-11-01 fall back at 02:00', async (t) => {
  expectDays(t, 'America/New_York', [
    [utc(2026, 3, 8, 6, 59, 59), '02:30', '2026-03-07', '01:59:59 EST'],
    [utc(2026, 3, 8, 7, 0), '02:30', '2026-03-08', '03:00 EDT, 02:30 never happened'],
    [utc(2026, 3, 8, 8, 59), '05:00', '2026-03-07', '04:59 EDT'],
    [utc(2026, 3, 8, 9, 0), '05:00', '2026-03-08', '05:00 EDT'],
    // 01:00–02:00 happens twice on 2026-11-01: 05:00–06:00 UTC (EDT), then 06:00–07:00 UTC (EST).
    [utc(2026, 11, 1, 5, 29), '01:30', '2026-10-31', '01:29 EDT'],
    [utc(2026, 11, 1, 5, 30), '01:30', '2026-11-01', '01:30 EDT, first pass'],
    [utc(2026, 11, 1, 6, 10), '01:30', '2026-11-01', '01:10 EST, second pass'],
    [utc(2026, 11, 1, 6, 30), '01:30', '2026-11-01', '01:30 EST'],
    [utc(2026, 11, 1, 8, 59), '04:00', '2026-10-31', '03:59 EST'],
    [utc(2026, 11, 1, 9, 0), '04:00', '2026-11-01', '04:00 EST'],
  ])
})

/** Minute by minute across a night: the day only moves forward, and changes exactly once. */
function dayChanges(from: number, hours: number, zone: string, start: string): Array<[number, string]> {
  const changes: Array<[number, string]> = []
  let last = businessDay(from, zone, start, intlZones)
  for (let now = from; now <= from + hours * HOUR; now += MIN) {
    const day = businessDay(now, zone, start, intlZones)
    if (day !== last) changes.push([now, day])
    last = day
  }
  return changes
}

t.test('across each DST night the day changes exactly once, at the expected instant', async (t) => {
  const nights: Array<[string, string, number, number]> = [
    // zone, start, a UTC instant on the evening before, the UTC instant the new day starts
    ['Europe/Berlin', '02:30', utc(2026, 3, 28, 18), utc(2026, 3, 29, 1, 0)],
    ['Europe/Berlin', '04:00', utc(2026, 3, 28, 18), utc(2026, 3, 29, 2, 0)],
    ['Europe/Berlin', '02:30', utc(2026, 10, 24, 18), utc(2026, 10, 25, 0, 30)],
    ['Europe/Berlin', '02:00', utc(2026, 10, 24, 18), utc(2026, 10, 25, 0, 0)],
    ['Europe/Berlin', '04:00', utc(2026, 10, 24, 18), utc(2026, 10, 25, 3, 0)],
    ['America/New_York', '02:30', utc(2026, 3, 7, 23), utc(2026, 3, 8, 7, 0)],
    ['America/New_York', '01:30', utc(2026, 10, 31, 23), utc(2026, 11, 1, 5, 30)],
    ['Asia/Dubai', '04:00', utc(2026, 11, 21, 12), utc(2026, 11, 22, 0, 0)],
  ]
  for (const [zone, start, evening, expected] of nights) {
    const changes = dayChanges(evening, 20, zone, start)
    t.same(
      changes.map(([at]) => new Date(at).toISOString()),
      [new Date(expected).toISOString()],
      `${zone} ${start}`,
    )
  }
})

t.test('the business day never goes backwards as time passes (any zone, any start)', async (t) => {
  const zones = [
    'Europe/Berlin',
    'America/New_York',
    'Asia/Dubai',
    'Australia/Lord_Howe',
    'America/Santiago',
    'Pacific/Auckland',
  ]
  const year2026 = fc.integer({ min: utc(2026, 1, 1), max: utc(2027, 1, 1) })
  fc.assert(
    fc.property(
      fc.constantFrom(...zones),
      fc.integer({ min: 0, max: 23 }),
      fc.constantFrom(0, 15, 30, 45),
      year2026,
      fc.integer({ min: 0, max: 6 * HOUR }),
      (zone, h, m, a, gap) => {
        const start = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
        return businessDay(a, zone, start, intlZones) <= businessDay(a + gap, zone, start, intlZones)
      },
    ),
    { numRuns: 3000 },
  )
  t.pass('3000 random pairs of instants kept their order')
})

t.test('the engine starts one new day across the fall-back night, never a second', async (t) => {
  const branch = new Branch(
    testConfig((c) => {
      c.timeZone = 'Europe/Berlin'
      c.dayStartsAt = '02:30'
    }),
    utc(2026, 10, 24, 20),
  )
  const started: string[] = []
  for (; branch.now < utc(2026, 10, 25, 6); branch.advance(300)) {
    for (const e of branch.ok({ type: 'tick' }).events)
      if (e.type === 'day.started') started.push(`${e.day} at ${new Date(e.at).toISOString()}`)
  }
  t.same(started, ['2026-10-24 at 2026-10-24T20:00:00.000Z', '2026-10-25 at 2026-10-25T00:30:00.000Z'])
  t.equal(branch.state.day, '2026-10-25')
})

t.test('a clock stepped back does not take the business day back', async (t) => {
  const branch = new Branch(testConfig(), utc(2026, 11, 22, 6))
  branch.ok({ type: 'tick' })
  t.equal(branch.state.day, '2026-11-22')
  branch.now = utc(2026, 11, 21, 12)
  t.same(types(branch.ok({ type: 'tick' }).events), [], 'no rollover for an earlier day')
  t.equal(branch.issue('deposits'), 'A001')
  t.equal(branch.state.day, '2026-11-22')
})
