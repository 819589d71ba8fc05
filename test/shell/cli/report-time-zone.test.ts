/**
 * `qms report` tells local time with the same rules as the hub that wrote
 * the journal: the tz database under TZDIR first (time/system-zone.ts), Intl
 * only for a zone it lacks. The data folder's zone file here says Asia/Dubai
 * is UTC+10, where Intl (ICU) says +4: a report that used Intl put the day's
 * tickets six hours early, beside a hub that had counted them in the later
 * hours.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { stringify } from 'yaml'
import { demoDocument } from '../../fixtures/site.ts'
import { journalOf } from '../../report/fixture.ts'
import { engineFor, generate } from '../../report/traffic.ts'

const QMS = new URL('../../../dist/qms.mjs', import.meta.url).pathname

t.before(() => {
  if (!existsSync(QMS)) throw new Error('dist/qms.mjs is missing: run `npm run build` (npm test does)')
})

// Tickets from 04:00 to 12:00 UTC: 08–16 h on Intl's Dubai clock, 14–22 h on the zone file's.
const traffic = generate(
  engineFor('Asia/Dubai'),
  Date.UTC(2026, 10, 22, 4, 0),
  Date.UTC(2026, 10, 22, 12, 0),
  Date.UTC(2026, 10, 23, 0, 1),
  7,
)
const { dataDir } = await journalOf(traffic)
const configFile = join(dataDir, 'site.yaml')
await writeFile(configFile, stringify(demoDocument()))
const zoneDir = join(dataDir, 'zoneinfo')
mkdirSync(join(zoneDir, 'Asia'), { recursive: true })
copyFileSync('/usr/share/zoneinfo/Etc/GMT-10', join(zoneDir, 'Asia', 'Dubai'))

function hoursWithTickets(env: NodeJS.ProcessEnv): string[] {
  const out = spawnSync(
    process.execPath,
    [
      QMS,
      'report',
      '--config',
      configFile,
      '--data',
      dataDir,
      '--from',
      '2026-11-22',
      '--to',
      '2026-11-22',
      '--by',
      'hour',
      '--format',
      'json',
    ],
    { encoding: 'utf8', timeout: 30_000, env },
  )
  if (out.status !== 0) throw new Error(`qms report exited ${out.status}: ${out.stderr}`)
  const report = JSON.parse(out.stdout) as { rows: Array<{ key: string; issued: number }> }
  return report.rows.filter((r) => r.issued > 0).map((r) => r.key)
}

t.test('the hours of a report come from the zone file under TZDIR, as the hub reads it', async (t) => {
  const hours = hoursWithTickets({ ...process.env, TZDIR: zoneDir })
  t.equal(hours[0], '14', 'the first tickets, at 04:00 UTC, are counted at 14 h (UTC+10)')
  t.ok(
    hours.every((h) => h >= '14' && h <= '22'),
    `every hour with tickets is within 14–22 h: ${hours.join(', ')}`,
  )
})

t.test('without a zone file for the site, Intl answers, as for the hub', async (t) => {
  const hours = hoursWithTickets({ ...process.env, TZDIR: join(dataDir, 'no-zoneinfo') })
  t.equal(hours[0], '08', 'the first tickets are counted at 08 h (UTC+4)')
})
