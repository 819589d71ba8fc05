/**
 * Daily report summaries under power cuts that lose what was not synced
 * (test/harness/lazyfs.py): the power goes after every k-th file-system
 * operation of the morning's "summarise the closed days". After the cut a
 * summary is there whole or not at all (a partly written one never replaces
 * a good one or reads as damaged); one written before the power went is
 * kept; the next morning writes the rest.
 */
import t from 'tap'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkConfig } from '../../firmware/site/config/load.ts'
import { engineConfig } from '../../firmware/site/config/engine-slice.ts'
import { businessDay } from '../../firmware/core/index.ts'
import { SummaryStore } from '../../firmware/report/summary-store.ts'
import { hubConfigDocument } from '../harness/hub-process.ts'
import { LazyFs } from '../harness/lazy-fs.ts'
import { seedOldDays } from '../harness/old-days.ts'
import { intlZones } from '../fixtures/zones.ts'

const engine = engineConfig(checkConfig(hubConfigDocument(), 'summary cut config', intlZones), intlZones)
const dir = await mkdtemp(join(tmpdir(), 'qms-summary-cut-'))
const fs = await LazyFs.mount(dir)
t.teardown(async () => {
  await fs.unmount()
  await rm(dir, { recursive: true, force: true })
})
const journalDir = join(fs.path, 'data', 'journal')
const days = await seedOldDays(journalDir, engine, [1, 2, 3])
await fs.cut('all')
const today = businessDay(Date.now(), engine.timeZone, engine.dayStartsAt, engine.zones)
const reference = new SummaryStore(join(dir, 'unused'), journalDir, engine.timeZone, intlZones)
const expected = new Map(await Promise.all(days.map(async (d) => [d, await reference.fold(d, true)] as const)))

t.test('a cut after every operation of summarising the closed days', async (t) => {
  let finished = false
  for (let k = 0; !finished; k++) {
    const store = new SummaryStore(
      join(fs.path, `morning-${k}`, 'reports', 'days'),
      journalDir,
      engine.timeZone,
      intlZones,
    )
    await fs.freeze(k)
    const written = await store.summariseClosedDays(today).then(
      (w) => w,
      () => undefined,
    )
    const counts = await fs.cut(k % 2 === 0 ? 'all' : 'random', k)
    finished = counts.refusedAfterFreeze === 0
    const at = `power gone after operation ${k}`
    for (const day of days) {
      const stored = await store.read(day).catch((err: Error) => err)
      t.ok(!(stored instanceof Error), `${at}: ${day} reads (${stored instanceof Error ? stored.message : 'ok'})`)
      if (stored && !(stored instanceof Error)) t.same(stored, expected.get(day), `${at}: ${day} is whole`)
      if (written?.includes(day)) t.ok(stored, `${at}: ${day} was written before the power went, so it is there`)
    }
    t.same(
      (await store.summariseClosedDays(today)).every((d) => days.includes(d)),
      true,
    )
    for (const day of days) t.same(await store.read(day), expected.get(day), `${at}: the next morning has ${day}`)
  }
  t.ok(finished)
})
