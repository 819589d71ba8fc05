import t from 'tap'
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import pino from 'pino'
import { systemZoneSource, zoneNameRefusal } from '../../firmware/time/system-zone.ts'
import { offsetAt } from '../../firmware/time/zone-rules.ts'

/** A source over `dir` and the log lines it writes. */
function source(dir: string) {
  const lines: Array<Record<string, unknown>> = []
  const out = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) })
  return { zone: systemZoneSource(pino({ base: undefined }, out), dir), lines }
}

t.test('names that must not become paths are refused', async (t) => {
  t.equal(zoneNameRefusal('Europe/Berlin'), undefined)
  t.equal(zoneNameRefusal('America/Port-au-Prince'), undefined)
  t.equal(zoneNameRefusal('Etc/GMT+3'), undefined)
  t.equal(zoneNameRefusal('EST5EDT'), undefined)
  t.match(zoneNameRefusal('../../etc/passwd'), /"\.\."/)
  t.match(zoneNameRefusal('Europe/../../etc/passwd'), /"\.\."/)
  t.match(zoneNameRefusal('/etc/localtime'), /absolute path/)
  t.match(zoneNameRefusal('Europe/Berlin '), /not an IANA zone name/)
  t.match(zoneNameRefusal('Europe//Berlin'), /not an IANA zone name/)
  t.match(zoneNameRefusal('.hidden'), /not an IANA zone name/)
  t.match(zoneNameRefusal('right/Europe/Berlin'), /leap seconds/)
  t.match(zoneNameRefusal('localtime'), /not a zone of the database/)
  t.match(zoneNameRefusal('posixrules'), /not a zone of the database/)
})

t.test('the system database: rules, and one info line', async (t) => {
  const { zone, lines } = source('/usr/share/zoneinfo')
  const rules = zone('Europe/Berlin')
  t.ok(rules)
  t.equal(offsetAt(rules!, Date.UTC(2026, 6, 1)), 7_200_000)
  t.match(lines, [
    {
      level: 30,
      timeZone: 'Europe/Berlin',
      file: '/usr/share/zoneinfo/Europe/Berlin',
      msg: 'local time from the tz database',
    },
  ])
})

t.test('missing, refused and broken zones fall back to Intl with a warning saying why', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-zoneinfo-'))
  await mkdir(join(dir, 'Asia'))
  await writeFile(join(dir, 'Asia', 'Dubai'), '# not a zone file\n')
  await writeFile(join(dir, 'Truncated'), (await readFile('/usr/share/zoneinfo/Europe/Berlin')).subarray(0, 500))
  const { zone, lines } = source(dir)
  t.equal(zone('Europe/Berlin'), undefined, 'missing')
  t.equal(zone('../etc/passwd'), undefined, 'climbing out')
  t.equal(zone('/usr/share/zoneinfo/UTC'), undefined, 'absolute')
  t.equal(zone('Asia/Dubai'), undefined, 'not TZif')
  t.equal(zone('Truncated'), undefined, 'truncated')
  t.equal(zone('Asia'), undefined, 'a directory')
  const why = 'time zone not taken from the tz database; Intl (ICU) answers for it'
  t.match(lines, [
    { level: 40, msg: why, timeZone: 'Europe/Berlin', reason: /cannot read the zone file: ENOENT/ },
    { level: 40, msg: why, timeZone: '../etc/passwd', reason: /refused: .*"\.\."/ },
    { level: 40, msg: why, timeZone: '/usr/share/zoneinfo/UTC', reason: /refused: it is an absolute path/ },
    { level: 40, msg: why, timeZone: 'Asia/Dubai', reason: /not a TZif file/ },
    { level: 40, msg: why, timeZone: 'Truncated', reason: /TZif truncated/ },
    { level: 40, msg: why, timeZone: 'Asia', reason: /cannot read the zone file: EISDIR/ },
  ])
  t.equal(lines.length, 6)
})
