import t from 'tap'
import { copyFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { appendEach, openJournal, tempJournalDir } from './fixture.ts'
import { encodeSnapshot } from '../../firmware/journal/index.ts'

const days = ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05']
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

/** Ten records a day over five days, small segments, snapshots at 15, 35 and 45. */
async function fiveDays(): Promise<string> {
  const dir = await tempJournalDir()
  const { journal } = await openJournal(dir, 600)
  for (const [d, day] of days.entries()) {
    await appendEach(journal, d * 10, 10, day)
    for (const seq of [15, 35, 45])
      if (seq > d * 10 && seq <= d * 10 + 10) await journal.writeSnapshot(seq, encodeSnapshot({ seq }))
  }
  await journal.close()
  return dir
}

t.test('compaction merges closed days, deletes days past retention, keeps two snapshots', async (t) => {
  const dir = await fiveDays()
  t.ok((await readdir(join(dir, '2026-11-03'))).length > 1, 'a day starts as several segments')
  const { journal } = await openJournal(dir, 600)
  const report = await journal.compact({ retentionDays: 2, today: '2026-11-05' })
  t.match(report, {
    mergedDays: ['2026-11-03', '2026-11-04'],
    deletedDays: ['2026-11-01', '2026-11-02'],
    deletedSnapshots: 1,
  })
  t.same(await readdir(join(dir, '2026-11-03')), ['0000000000000021-0000000000000030.seg'])
  t.same(await readdir(join(dir, '2026-11-04')), ['0000000000000031-0000000000000040.seg'])
  t.ok((await readdir(join(dir, '2026-11-05'))).length > 1, 'the open day is not touched')
  t.same(await readdir(join(dir, 'snapshots')), ['0000000000000035.snap', '0000000000000045.snap'])
  t.same(await journal.days(), ['2026-11-03', '2026-11-04', '2026-11-05'])
  for (const [day, from] of [
    ['2026-11-03', 21],
    ['2026-11-04', 31],
    ['2026-11-05', 41],
  ] as const) {
    const seqs: number[] = []
    await journal.readDay(day, (_, seq) => seqs.push(seq))
    t.same(seqs, range(from, from + 9), `${day} reads whole`)
  }
  t.equal(await journal.append({ after: 'compaction' }, '2026-11-05'), 51)
  await journal.close()

  const again = await openJournal(dir, 600)
  t.same(again.snapshot, { seq: 45, data: { seq: 45 } })
  t.same(
    again.records.map((r) => r.seq),
    range(46, 51),
  )
  await again.journal.close()
  // The older kept snapshot still replays: the days it needs were kept.
  await writeFile(join(dir, 'snapshots', '0000000000000045.snap'), 'damaged')
  const fallback = await openJournal(dir, 600)
  t.same(fallback.snapshot, { seq: 35, data: { seq: 35 } })
  t.same(
    fallback.records.map((r) => r.seq),
    range(36, 51),
  )
  await fallback.journal.close()
})

t.test('a day past retention that no snapshot covers is kept', async (t) => {
  const dir = await tempJournalDir()
  const { journal } = await openJournal(dir)
  await appendEach(journal, 0, 3, '2026-10-01')
  await appendEach(journal, 3, 3, '2026-11-05')
  const report = await journal.compact({ retentionDays: 7, today: '2026-11-05' })
  t.same(report.deletedDays, [])
  t.same(await journal.days(), ['2026-10-01', '2026-11-05'])
  await journal.close()
})

t.test('a compaction cut short between rename and delete leaves a journal that reads right', async (t) => {
  const dir = await fiveDays()
  const dayDir = join(dir, '2026-11-03')
  const pieces = await readdir(dayDir)
  const { journal } = await openJournal(dir, 600)
  await journal.compact({ retentionDays: 400, today: '2026-11-05' })
  await journal.close()
  // Put the pieces back beside the merged file, as a power cut before the deletes would leave them.
  const fresh = await fiveDays()
  for (const piece of pieces) await copyFile(join(fresh, '2026-11-03', piece), join(dayDir, piece))
  const opened = await openJournal(dir, 600)
  t.same(
    opened.records.map((r) => r.seq),
    range(46, 50),
    'leftovers inside the merged range are ignored',
  )
  const seqs: number[] = []
  await opened.journal.readDay('2026-11-03', (_, seq) => seqs.push(seq))
  t.same(seqs, range(21, 30))
  await opened.journal.compact({ retentionDays: 400, today: '2026-11-05' })
  t.same(await readdir(dayDir), ['0000000000000021-0000000000000030.seg'], 'the next compaction removes them')
  await opened.journal.close()
})

t.test('full replay across merged days gives every record once', async (t) => {
  const dir = await fiveDays()
  const { journal } = await openJournal(dir, 600)
  await journal.compact({ retentionDays: 400, today: '2026-11-05' })
  await journal.close()
  const { rm } = await import('node:fs/promises')
  await rm(join(dir, 'snapshots'), { recursive: true })
  const opened = await openJournal(dir, 600)
  t.same(
    opened.records.map((r) => r.seq),
    range(1, 50),
  )
  await opened.journal.close()
})
