/**
 * The journal's own writers under power cuts that lose what was not synced
 * (test/harness/lazyfs.py), the power going after every operation: appends
 * that roll over to new segments (small segments) and into new day folders,
 * a snapshot, and a compaction that merges closed days and deletes one past
 * retention. After each cut the journal opens, holds every record whose
 * append resolved, in order, and takes more. In strides of 3 from a random
 * start; QMS_CUT_STRIDE=1 cuts after every operation.
 */
import t from 'tap'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { encodeSnapshot, Journal } from '../../firmware/journal/index.ts'
import { LazyFs, type CutMode } from '../harness/lazy-fs.ts'

const dir = await mkdtemp(join(tmpdir(), 'qms-journal-cut-'))
const fs = await LazyFs.mount(dir)
t.teardown(async () => {
  await fs.unmount()
  await rm(dir, { recursive: true, force: true })
})

const STRIDE = Math.max(1, Number(process.env.QMS_CUT_STRIDE ?? 3))
const OFFSET = Math.floor(Math.random() * STRIDE)
const DAYS = ['2026-12-01', '2026-12-04', '2026-12-05', '2026-12-06']
interface Note {
  n: number
}

/** Opens the journal, returning the records it recovered (a snapshot counts as the records it covers). */
async function reopen(journalDir: string): Promise<{ journal: Journal; seen: number[] }> {
  const journal = new Journal({ dir: journalDir, segmentBytes: 300 })
  const seen: number[] = []
  await journal.open({
    onSnapshot: (data) => seen.push(...(data as { upTo: number[] }).upTo),
    onRecord: (record) => void seen.push((record as Note).n),
  })
  return { journal, seen }
}

/** The work one life of a hub does: appends over several days and segments, a snapshot, a compaction. */
async function work(journal: Journal, acked: number[], from: number): Promise<void> {
  let n = from
  for (const day of DAYS) {
    for (let i = 0; i < 6; i++, n++) {
      await journal.append({ n }, day)
      acked.push(n)
    }
    if (day === '2026-12-05') await journal.writeSnapshot(journal.lastSeq, encodeSnapshot({ upTo: [...acked] }))
  }
  await journal.compact({ retentionDays: 3, today: '2026-12-06' })
}

t.test('a cut after every operation of appends, roll-overs, a snapshot and a compaction', async (t) => {
  let finished = false
  for (let k = OFFSET; !finished; k += STRIDE) {
    const journalDir = join(fs.path, `life-${k}`, 'journal')
    const acked: number[] = []
    const { journal } = await reopen(journalDir)
    await fs.freeze(k)
    const failed = await work(journal, acked, 0).then(
      () => undefined,
      (err: Error) => err,
    )
    await journal.close().then(
      () => undefined,
      () => undefined,
    )
    const mode: CutMode = Math.floor(k / STRIDE) % 2 === 0 ? 'all' : 'random'
    finished = (await fs.cut(mode, k)).refusedAfterFreeze === 0
    const at = `power gone after operation ${k} (${mode} cut${failed ? `, the writer stopped at: ${failed.message}` : ''})`
    const again = await reopen(journalDir).catch((err: Error) => err)
    if (again instanceof Error) {
      t.fail(`${at}: the journal opens (${again.message})`)
      continue
    }
    const { journal: next, seen } = again
    // The snapshot holds the records of the day compaction deletes, so recovery gives back every one.
    t.same(seen.slice(0, acked.length), acked, `${at}: every acknowledged record is there, in order`)
    await next.append({ n: 1000 }, '2026-12-06')
    await next.close()
    const last = await reopen(journalDir)
    t.equal(last.seen.at(-1), 1000, `${at}: it takes records again`)
    await last.journal.close()
  }
  t.ok(finished, 'the work finished before the power went at the last k')
})
