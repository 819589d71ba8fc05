import t from 'tap'
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { encodeSnapshot, Journal } from '../../firmware/journal/index.ts'
import { appendEach, logger, openJournal, record, tempJournalDir } from './fixture.ts'

t.test('recovery gives exactly the records of every acknowledged append', async (t) => {
  const dir = await tempJournalDir()
  const { journal, report } = await openJournal(dir)
  t.same(report, { snapshotSeq: 0, records: 0, lastSeq: 0, ms: report.ms })
  // Many appends in flight at once: seqs follow call order, group commit batches them.
  const pending = Array.from({ length: 2000 }, (_, i) => journal.append(record(i), '2026-11-22'))
  t.equal(journal.lastSeq, 2000, 'seqs are assigned at the call')
  const seqs = await Promise.all(pending)
  t.same(
    seqs,
    Array.from({ length: 2000 }, (_, i) => i + 1),
  )
  await journal.close()

  const again = await openJournal(dir)
  t.same(
    again.records,
    seqs.map((seq, i) => ({ seq, record: record(i) })),
  )
  t.match(again.report, { snapshotSeq: 0, records: 2000, lastSeq: 2000 })
  t.notOk(again.report.truncated)
  t.equal(await again.journal.append(record(9), '2026-11-22'), 2001, 'appends continue after the last seq')
  await again.journal.close()
})

t.test('group commit: appends made while a sync is in flight go out together', async (t) => {
  const dir = await tempJournalDir()
  const { journal } = await openJournal(dir)
  await Promise.all(Array.from({ length: 500 }, (_, i) => journal.append(record(i), '2026-11-22')))
  await journal.close()
  // Units are visible on disk through the unit index: far fewer units than records.
  const segment = join(dir, '2026-11-22', (await readdir(join(dir, '2026-11-22')))[0]!)
  const { FrameDecoder } = await import('../../firmware/journal/record.ts')
  const { readFile } = await import('node:fs/promises')
  let units = 0
  new FrameDecoder().push(await readFile(segment), (f) => (units += f.unitIndex === 0 ? 1 : 0))
  t.ok(units < 50, `500 concurrent appends went out in ${units} write+fdatasync units`)
})

t.test('snapshot + replay of the records after it', async (t) => {
  const dir = await tempJournalDir()
  const { journal } = await openJournal(dir, 4096)
  await appendEach(journal, 0, 120)
  await journal.writeSnapshot(100, encodeSnapshot({ state: 'at 100' }))
  await journal.close()
  const again = await openJournal(dir, 4096)
  t.same(again.snapshot, { seq: 100, data: { state: 'at 100' } })
  t.same(
    again.records.map((r) => r.seq),
    Array.from({ length: 20 }, (_, i) => 101 + i),
  )
  t.match(again.report, { snapshotSeq: 100, records: 20, lastSeq: 120 })
  await again.journal.close()
})

t.test('a corrupt newest snapshot falls back to the older one', async (t) => {
  const dir = await tempJournalDir()
  const { journal } = await openJournal(dir)
  await appendEach(journal, 0, 30)
  await journal.writeSnapshot(10, encodeSnapshot({ at: 10 }))
  await journal.writeSnapshot(20, encodeSnapshot({ at: 20 }))
  await journal.close()
  const { open } = await import('node:fs/promises')
  const newest = await open(join(dir, 'snapshots', '0000000000000020.snap'), 'r+')
  await newest.write(Buffer.from('X'), 0, 1, 30)
  await newest.close()
  const again = await openJournal(dir)
  t.same(again.snapshot, { seq: 10, data: { at: 10 } })
  t.same(
    again.records.map((r) => r.seq),
    Array.from({ length: 20 }, (_, i) => 11 + i),
  )
  await again.journal.close()
})

t.test('with every snapshot corrupt, recovery replays the whole log', async (t) => {
  const dir = await tempJournalDir()
  const { journal } = await openJournal(dir)
  await appendEach(journal, 0, 5)
  await journal.writeSnapshot(3, encodeSnapshot({ at: 3 }))
  await journal.close()
  const { truncate } = await import('node:fs/promises')
  await truncate(join(dir, 'snapshots', '0000000000000003.snap'), 10)
  const again = await openJournal(dir)
  t.equal(again.snapshot, undefined)
  t.equal(again.records.length, 5)
  await again.journal.close()
})

t.test('day rotation puts records in day folders; days() and readDay() read them back', async (t) => {
  const dir = await tempJournalDir()
  const { journal } = await openJournal(dir)
  await appendEach(journal, 0, 3, '2026-11-20')
  await appendEach(journal, 3, 2, '2026-11-21')
  await Promise.all([journal.append(record(5), '2026-11-22'), journal.append(record(6), '2026-11-22')])
  t.same(await readdir(join(dir, '2026-11-20')), ['0000000000000001.seg'])
  t.same(await readdir(join(dir, '2026-11-21')), ['0000000000000004.seg'])
  t.same(await readdir(join(dir, '2026-11-22')), ['0000000000000006.seg'])
  t.same(await journal.days(), ['2026-11-20', '2026-11-21', '2026-11-22'])
  const day: number[] = []
  await journal.readDay('2026-11-21', (_r, seq) => day.push(seq))
  t.same(day, [4, 5])
  await t.rejects(journal.append(record(0), '../etc'), /YYYY-MM-DD/, 'a day is a folder name: refused unless a date')
  await journal.close()
  const again = await openJournal(dir)
  t.equal(again.records.length, 7)
  t.equal(await again.journal.append(record(7), '2026-11-22'), 8)
  t.same(await readdir(join(dir, '2026-11-22')), ['0000000000000006.seg'], 'the day continues in its segment')
  await again.journal.close()
})

t.test('segments roll past segmentBytes', async (t) => {
  const dir = await tempJournalDir()
  const { journal } = await openJournal(dir, 1000)
  await appendEach(journal, 0, 40)
  await journal.close()
  const files = await readdir(join(dir, '2026-11-22'))
  t.ok(files.length > 3, `${files.length} segments`)
  for (const f of files.slice(0, -1)) t.ok((await stat(join(dir, '2026-11-22', f))).size < 1000 + 200)
  const again = await openJournal(dir, 1000)
  t.same(
    again.records.map((r) => r.seq),
    Array.from({ length: 40 }, (_, i) => i + 1),
  )
  await again.journal.close()
})

t.test('close() waits for pending appends and is safe twice; append after close rejects', async (t) => {
  const dir = await tempJournalDir()
  const { journal } = await openJournal(dir)
  const pending = [journal.append(record(1), '2026-11-22'), journal.append(record(2), '2026-11-22')]
  await journal.close()
  t.same(await Promise.all(pending), [1, 2])
  await journal.close()
  await t.rejects(journal.append(record(3), '2026-11-22'), /closed/)
  const never = new Journal({ dir, logger })
  await never.close()
  await t.rejects(never.append(record(3), '2026-11-22'), /not open/)
})

t.test('a write failure is fatal: that batch and every later append reject', async (t) => {
  const dir = await tempJournalDir()
  const { journal } = await openJournal(dir)
  await appendEach(journal, 0, 2)
  // Close the segment's descriptor underneath the journal, as a failing device would.
  const { readlink } = await import('node:fs/promises')
  const { closeSync } = await import('node:fs')
  const segment = join(dir, '2026-11-22', '0000000000000001.seg')
  let closed = 0
  for (const fd of await readdir('/proc/self/fd')) {
    const target = await readlink(`/proc/self/fd/${fd}`).catch(() => '')
    if (target === segment) {
      closeSync(Number(fd))
      closed++
    }
  }
  t.equal(closed, 1, 'found the segment descriptor')
  const batch = [journal.append(record(3), '2026-11-22'), journal.append(record(4), '2026-11-22')]
  for (const p of batch)
    await t.rejects(p, { name: 'JournalFailedError', message: /write or fdatasync failed.*restart/ })
  await t.rejects(journal.append(record(5), '2026-11-22'), { name: 'JournalFailedError' })
  await journal.close()
  await journal.close()
  const again = await openJournal(dir)
  t.same(
    again.records.map((r) => r.seq),
    [1, 2],
    'nothing unacknowledged was stored',
  )
  await again.journal.close()
})
