/**
 * A log that ends before the newest snapshot lost records that had been
 * synced (the snapshot is written after them): recovery refuses it instead
 * of taking it for a torn tail, and salvage makes it openable again without
 * losing what the snapshot holds or giving a seq twice.
 */
import t from 'tap'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { encodeSnapshot, JournalCorruptError, salvage } from '../../firmware/journal/index.ts'
import { readDay } from '../../firmware/journal/day-reader.ts'
import { FrameDecoder } from '../../firmware/journal/record.ts'
import { appendEach, logger, openJournal, record, tempJournalDir } from './fixture.ts'

const DAY = '2026-11-22'

/** Ten records (each its own write unit) in one segment, a snapshot at seq 8. */
async function journalWithSnapshot(): Promise<{
  dir: string
  file: string
  bytes: Buffer
  frames: Array<{ seq: number; start: number; end: number }>
}> {
  const dir = await tempJournalDir()
  const { journal } = await openJournal(dir)
  await appendEach(journal, 0, 10, DAY)
  await journal.writeSnapshot(8, encodeSnapshot({ at: 8 }))
  await journal.close()
  const file = join(dir, DAY, '0000000000000001.seg')
  const bytes = await readFile(file)
  const frames: Array<{ seq: number; start: number; end: number }> = []
  new FrameDecoder().push(bytes, (f, offset) => frames.push({ seq: f.seq, start: offset, end: f.end }))
  return { dir, file, bytes, frames }
}

async function refusal(dir: string): Promise<unknown> {
  return openJournal(dir).then(
    async (opened) => {
      await opened.journal.close()
      return undefined
    },
    (err: unknown) => err,
  )
}

t.test(
  'a cut anywhere before the snapshot seq is refused and nothing is cut; after it, it is a torn tail',
  async (t) => {
    const { dir, file, bytes, frames } = await journalWithSnapshot()
    let refused = 0
    for (let cut = frames[2]!.start; cut < frames[7]!.end; cut++) {
      await writeFile(file, bytes.subarray(0, cut))
      const err = await refusal(dir)
      // The log keeps the records that end at or before the cut.
      const lastKept = frames.filter((f) => f.end <= cut).at(-1)!.seq
      const ok =
        err instanceof JournalCorruptError &&
        err.file === file &&
        err.detail.startsWith(`records ${lastKept + 1}..8 are missing`) &&
        /not a torn write/.test(err.message)
      if (!ok) t.fail(`cut at ${cut}: ${err === undefined ? 'opened' : String(err)}`)
      else if (!(await readFile(file)).equals(bytes.subarray(0, cut))) t.fail(`cut at ${cut}: the file was changed`)
      else refused++
    }
    t.equal(refused, frames[7]!.end - frames[2]!.start, 'every cut before the snapshot refused')
    // Inside record 9, after the snapshot: never acknowledged as far as the snapshot knows, a torn tail as before.
    await writeFile(file, bytes.subarray(0, frames[8]!.start + 5))
    const opened = await openJournal(dir)
    t.match(opened.report, { snapshotSeq: 8, lastSeq: 8, truncated: { offset: frames[8]!.start, bytes: 5 } })
    await opened.journal.close()
  },
)

t.test(
  'salvage lists the lost seqs as a gap; the journal then opens from the snapshot and numbers on after it',
  async (t) => {
    const { dir, file, bytes, frames } = await journalWithSnapshot()
    // Cut inside record 4: records 4..8 are gone, 1..3 kept.
    await writeFile(file, bytes.subarray(0, frames[3]!.start + 7))
    t.ok((await refusal(dir)) instanceof JournalCorruptError)
    const report = await salvage(dir, logger)
    t.match(report, {
      recordsKept: 3,
      gaps: [{ from: 4, to: 8 }],
      lost: [{ file, offset: frames[3]!.start, bytes: 7 }],
    })
    t.equal(report.restored, undefined, 'no restore hook: nothing restored')
    const opened = await openJournal(dir)
    t.match(opened.report, { snapshotSeq: 8, lastSeq: 8, records: 0 })
    t.equal(await opened.journal.append(record(99), DAY), 9, 'numbering goes on after the snapshot, never over the gap')
    await opened.journal.close()
    const again = await openJournal(dir)
    t.same(
      again.records.map((r) => r.seq),
      [9],
    )
    await again.journal.close()
  },
)

t.test(
  "salvage fills the first lost seq with the restore hook's record, for the reports; recovery never replays it",
  async (t) => {
    const { dir, file, bytes, frames } = await journalWithSnapshot()
    await writeFile(file, bytes.subarray(0, frames[5]!.end))
    const seen: number[] = []
    const report = await salvage(dir, logger, async ({ data, snapshotSeq, from, to, readDay }) => {
      await readDay(DAY, (_record, seq) => seen.push(seq))
      return { record: { at: 1, ev: [{ type: 'restored', data, snapshotSeq, from, to }] }, day: DAY }
    })
    t.same(seen, [1, 2, 3, 4, 5, 6], 'the hook reads the kept records')
    t.match(report, { restored: { seq: 7, snapshot: 8, day: DAY, events: 1 }, gaps: [{ from: 8, to: 8 }] })
    const day: Array<{ seq: number; record: unknown }> = []
    await readDay(dir, DAY, (rec, seq) => day.push({ seq, record: rec }))
    t.same(day.at(-1), {
      seq: 7,
      record: { at: 1, ev: [{ type: 'restored', data: { at: 8 }, snapshotSeq: 8, from: 7, to: 8 }] },
    })
    const opened = await openJournal(dir)
    t.match(opened.report, { snapshotSeq: 8, lastSeq: 8, records: 0 })
    t.equal(await opened.journal.append(record(99), DAY), 9)
    await opened.journal.close()
    t.same((await salvage(dir, logger)).lost, [], 'a second salvage finds nothing')
  },
)
