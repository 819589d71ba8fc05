import t from 'tap'
import { businessDay } from '../../firmware/core/index.ts'
import { TimeZones, type LocalTime } from '../../firmware/time/local-time.ts'
import { parseTzif } from '../../firmware/time/zone-rules.ts'
import { zoneBytes } from './zone-files.ts'

const MIN = 60_000
const fromFiles = (zone: string) => parseTzif(zoneBytes(zone))

/** localTime, businessDay at 02:30 and 04:00 for each instant: once from the zone file, once from Intl. */
function bothWays(zone: string, instants: number[]): { rules: unknown[]; intl: unknown[] } {
  const run = (zones: TimeZones) =>
    instants.map((now) => ({
      now: new Date(now).toISOString(),
      local: zones.localTime(now, zone) as LocalTime,
      day0230: businessDay(now, zone, '02:30', zones),
      day0400: businessDay(now, zone, '04:00', zones),
    }))
  const rules = run(new TimeZones(fromFiles))
  const intl = run(new TimeZones())
  return { rules, intl }
}

/** Every 5 minutes (and a few seconds either side of each quarter) over the UTC days given. */
function days(...dates: string[]): number[] {
  const instants: number[] = []
  for (const date of dates) {
    const start = Date.parse(`${date}T00:00:00Z`) - 14 * 60 * MIN
    for (let at = start; at < start + 52 * 60 * MIN; at += 5 * MIN) instants.push(at, at + 999, at - 1000)
  }
  return instants
}

const cases: Array<[zone: string, why: string, dates: string[]]> = [
  ['Europe/Berlin', 'the two DST days of 2026', ['2026-03-29', '2026-10-25']],
  [
    'America/Sao_Paulo',
    'southern DST, its last year (2018–19) with the change at midnight',
    ['2018-11-04', '2019-02-17'],
  ],
  ['Australia/Sydney', 'southern DST now', ['2026-04-05', '2026-10-04']],
  ['Asia/Kathmandu', '+05:45, no DST', ['2026-06-01']],
  ['Australia/Lord_Howe', '+10:30 with a 30-minute DST', ['2026-04-05', '2026-10-04']],
  ['America/St_Johns', '−03:30 with DST', ['2026-03-08', '2026-11-01']],
  ['Asia/Dubai', 'the demo site', ['2026-11-22']],
]

for (const [zone, why, dates] of cases) {
  t.test(`${zone} (${why}): the zone file gives what Intl gives`, async (t) => {
    const { rules, intl } = bothWays(zone, days(...dates))
    t.same(rules, intl)
    t.ok(
      new Set(rules.map((r) => (r as { local: LocalTime }).local.offsetMs)).size >=
        (zone === 'Asia/Kathmandu' || zone === 'Asia/Dubai' ? 1 : 2),
      'the offset changes where it should',
    )
  })
}

t.test('a zone the source has no rules for is answered by Intl', async (t) => {
  const zones = new TimeZones((zone) => (zone === 'Europe/Berlin' ? fromFiles(zone) : undefined))
  const now = Date.UTC(2026, 6, 1, 12)
  t.equal(zones.localTime(now, 'Asia/Tokyo').offsetMs, 9 * 60 * MIN)
  t.equal(zones.localTime(now, 'Europe/Berlin').offsetMs, 2 * 60 * MIN)
})

t.test('the source is asked once per zone', async (t) => {
  const asked: string[] = []
  const zones = new TimeZones((zone) => (asked.push(zone), fromFiles(zone)))
  for (let i = 0; i < 5; i++) zones.localTime(Date.UTC(2026, 0, 1) + i * MIN, 'Europe/Berlin')
  t.same(asked, ['Europe/Berlin'])
})
