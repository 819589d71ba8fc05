import t from 'tap'
import { execFileSync } from 'node:child_process'
import { offsetAt, parseTzif, type ZoneRules } from '../../firmware/time/zone-rules.ts'
import { intlFormat, intlOffset, zdumpPoints, zoneBytes, zoneNames } from './zone-files.ts'

const zones = zoneNames()
const rules = new Map<string, ZoneRules>(zones.map((z) => [z, parseTzif(zoneBytes(z))]))
const year = (y: number) => Date.UTC(y, 0, 1) / 1000

/**
 * Where ICU's copy of the tz data (Node's, process.versions.tz) and Debian's tzdata disagree, so Intl cannot
 * judge; zdump (the C library reading the same files) does instead. Found by running the comparison below
 * with Node 20.20 (ICU tz 2025c) against tzdata 2025b-0+deb12u2, 2026-12-01.
 */
const DATA_DIFFERENCES: Array<{ zones: string[]; before: number; why: string }> = [
  {
    zones: ['America/Tijuana', 'America/Ensenada', 'America/Santa_Isabel', 'Mexico/BajaNorte'],
    before: 1977,
    why: "tz 2025c rewrote Baja California's 1950s–1970s DST; Debian has 2025b",
  },
  {
    zones: ['EET'],
    before: 1982,
    why: 'since tz 2024b EET is a link to Europe/Athens; ICU keeps the old rule-only zone',
  },
  {
    zones: ['WET'],
    before: 1997,
    why: 'since tz 2024b WET is a link to Europe/Lisbon; ICU keeps the old rule-only zone',
  },
]
// Debian builds tzdata with backzone: before 1970 many zones carry their own history where ICU has a link's.
const INTL_FROM = 1970

function zdump(from: number, to: number, names: string[]): ReturnType<typeof zdumpPoints> {
  return zdumpPoints(
    execFileSync('zdump', ['-v', '-c', `${from},${to}`, ...names], { encoding: 'utf8', maxBuffer: 64 << 20 }),
  )
}

t.test('every zone file parses, and the system has a full tz database', async (t) => {
  t.ok(zones.length > 400, `${zones.length} zones`)
  for (const z of ['Europe/Berlin', 'America/Sao_Paulo', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'UTC'])
    t.ok(rules.has(z), z)
})

t.test('every zone agrees with zdump at every transition 1900–1971 (the C library on the same files)', async (t) => {
  let checked = 0
  const wrong: string[] = []
  for (const p of zdump(1900, 1971, zones)) {
    checked++
    const ours = offsetAt(rules.get(p.zone)!, p.at * 1000) / 1000
    if (ours !== p.offset)
      wrong.push(`${p.zone} ${new Date(p.at * 1000).toISOString()}: ${ours} s, zdump ${p.offset} s`)
  }
  t.ok(checked > 10_000, `${checked} instants`)
  t.same(wrong.slice(0, 20), [], `${wrong.length} disagreements`)
})

t.test(
  `every zone agrees with Intl ${INTL_FROM}–2150: each transition −1 s, 0, +1 s and 300 instants (footer rules past 2037)`,
  async (t) => {
    const from = year(INTL_FROM)
    const to = year(2150)
    let checked = 0
    const wrong: string[] = []
    for (const zone of zones) {
      if (zone === 'Factory' || zone === 'posixrules') continue // not zones Intl knows; zdump covers them
      const z = rules.get(zone)!
      const format = intlFormat(zone)
      const since = Math.max(from, year(DATA_DIFFERENCES.find((d) => d.zones.includes(zone))?.before ?? INTL_FROM))
      const instants = z.transitions.filter((at) => at >= since && at < to).flatMap((at) => [at - 1, at, at + 1])
      // A fixed pseudo-random spread (Knuth's multiplicative hash), so a failure repeats.
      for (let i = 0; i < 300; i++)
        instants.push(since + Math.floor((((i * 2654435761) % 4294967296) / 4294967296) * (to - since)))
      for (const at of instants) {
        checked++
        const ours = offsetAt(z, at * 1000)
        const intl = intlOffset(format, at * 1000)
        if (ours !== intl)
          wrong.push(`${zone} ${new Date(at * 1000).toISOString()}: ${ours / 1000} s, Intl ${intl / 1000} s`)
      }
    }
    t.ok(checked > 200_000, `${checked} instants`)
    t.same(wrong.slice(0, 20), [], `${wrong.length} disagreements`)
  },
)

t.test('where ICU has other data, the zones agree with zdump 1900–2150', async (t) => {
  const names = DATA_DIFFERENCES.flatMap((d) => d.zones)
  const points = zdump(1900, 2150, names)
  t.ok(points.length > 100)
  for (const p of points) {
    const ours = offsetAt(rules.get(p.zone)!, p.at * 1000) / 1000
    if (ours !== p.offset) t.fail(`${p.zone} ${new Date(p.at * 1000).toISOString()}: ${ours} s, zdump ${p.offset} s`)
  }
  t.pass(`${points.length} instants in ${names.join(', ')}`)
})

t.test('a version 1 file (32-bit times, no footer) gives what the version 2 data gives in its range', async (t) => {
  const bytes = Buffer.from(zoneBytes('Europe/Berlin'))
  bytes[4] = 0 // the first header's version byte
  const v1 = parseTzif(bytes)
  t.equal(v1.footer, undefined)
  const v2 = rules.get('Europe/Berlin')!
  for (let at = year(1902); at < year(2037); at += 86_400 * 17 + 3_607) {
    if (offsetAt(v1, at * 1000) !== offsetAt(v2, at * 1000)) t.fail(`differs at ${new Date(at * 1000).toISOString()}`)
  }
  t.equal(
    offsetAt(v1, Date.UTC(1800, 0, 1)),
    offsetAt(v2, Date.UTC(1800, 0, 1)),
    'before the first transition: local time type 0 (LMT)',
  )
  t.equal(
    offsetAt(v1, Date.UTC(2100, 6, 1)),
    3_600_000,
    'after the last 32-bit transition without a footer, the last offset stays (CET)',
  )
})

t.test('before the first transition, local time type 0; with no transitions, the footer', async (t) => {
  t.equal(offsetAt(rules.get('Asia/Kathmandu')!, Date.UTC(1900, 0, 1)), 20_476_000, 'LMT +5:41:16')
  t.equal(offsetAt(rules.get('UTC')!, Date.UTC(2026, 0, 1)), 0)
  t.equal(offsetAt(rules.get('Etc/GMT+3')!, Date.UTC(2026, 0, 1)), -3 * 3_600_000)
})
