/**
 * Daily summaries outlive the journal: the hub writes a closed day's summary
 * before compaction may delete the day, compaction waits when that fails,
 * and summaries go only after their own, longer retention.
 */
import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import pino from 'pino'
import t from 'tap'
import { engineConfig } from '../../firmware/site/config/engine-slice.ts'
import { Hub } from '../../firmware/hub/hub.ts'
import { SummaryStore, summariesDir } from '../../firmware/report/summary-store.ts'
import { demoConfig } from '../fixtures/site.ts'
import { intlZones } from '../fixtures/zones.ts'

const engine = engineConfig(demoConfig(), intlZones)

/** A logger whose lines a test can wait for: `line(match, n)` resolves with the n-th line matching. */
function listeningLogger(): { logger: pino.Logger; line(match: RegExp, n?: number): Promise<string> } {
  const lines: string[] = []
  const waiters: Array<() => boolean> = []
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString())
      for (const w of waiters.splice(0)) if (!w()) waiters.push(w)
      done()
    },
  })
  return {
    logger: pino({ level: 'info' }, stream),
    line: (match, n = 1) =>
      new Promise((resolve) => {
        const check = () => {
          const found = lines.filter((l) => match.test(l))[n - 1]
          if (found !== undefined) resolve(found)
          return found !== undefined
        }
        if (!check()) waiters.push(check)
      }),
  }
}

async function runTwoDays(beforeCompact: (today: string) => Promise<void>) {
  const dataDir = await mkdtemp(join(tmpdir(), 'qms-retention-'))
  const journalDir = join(dataDir, 'journal')
  let now = Date.UTC(2026, 10, 22, 6, 0)
  const { logger, line } = listeningLogger()
  const hub = new Hub({
    engine,
    journalDir,
    snapshotEvery: 100,
    retentionDays: 1,
    logger,
    clock: () => now,
    beforeCompact,
  })
  await hub.start()
  for (const service of ['deposits', 'loans']) await hub.execute({ req: `r-${service}`, type: 'issue', service }, 'box')
  await hub.execute({ req: 'call', type: 'callNext', counter: 'c1' }, 'desk')
  // Two days on, 2026-11-22 is past a one-day retention; compaction deletes it once the older of
  // the two snapshots it keeps is past it too (compaction.ts), so at the start of the day after.
  now = Date.UTC(2026, 10, 24, 6, 0)
  await hub.execute({ req: 'day-3', type: 'issue', service: 'accounts' }, 'box')
  // The first day start compacted (or failed to) too: wait for the second.
  await line(/journal compacted for the new business day|snapshot or compaction failed/, 2)
  now = Date.UTC(2026, 10, 25, 6, 0)
  await hub.execute({ req: 'day-4', type: 'issue', service: 'accounts' }, 'box')
  return { dataDir, journalDir, hub, line }
}

t.test('the summary is written before compaction deletes the day, and reads back the same', async (t) => {
  let store: SummaryStore | undefined
  let dayStillThere: boolean | undefined
  const { dataDir, journalDir, hub, line } = await runTwoDays(async (today) => {
    dayStillThere = existsSync(join(journalDir, '2026-11-22'))
    await store!.summariseClosedDays(today)
  })
  t.teardown(() => hub.stop())
  store = new SummaryStore(summariesDir(dataDir), journalDir, engine.timeZone, intlZones)
  const beforeFold = await store.fold('2026-11-22', true)
  await line(/"deletedDays":\["2026-11-22"\].*journal compacted for the new business day/)
  t.equal(dayStillThere, true, 'the journal day was still there when the summary was made')
  t.notOk(existsSync(join(journalDir, '2026-11-22')), 'compaction deleted the day past retention')
  const [summary] = await store.range('2026-11-22', '2026-11-22')
  t.same(summary, beforeFold, 'the stored summary is what the journal said')
  t.equal(summary!.visits.length / 8, 2)
  t.equal(await store.prune('2026-12-01', 30), 0, 'within the summary retention: kept')
  t.equal(await store.prune('2027-12-01', 30), 2, 'past it: both closed days (11-22, 11-24) deleted')
  t.same(await store.range('2026-11-22', '2026-11-22'), [])
})

t.test('when the summary cannot be written, compaction waits', async (t) => {
  const { journalDir, hub, line } = await runTwoDays(async () => {
    throw new Error('disk full')
  })
  t.teardown(() => hub.stop())
  t.match(
    await line(/snapshot or compaction failed/, 3),
    /disk full/,
    'the third day start failed too, when the day would have gone',
  )
  t.ok(existsSync(join(journalDir, '2026-11-22')), 'the journal day is kept')
})
