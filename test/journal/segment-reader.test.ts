import t from 'tap'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { JournalCorruptError } from '../../firmware/journal/errors.ts'
import { readSegment } from '../../firmware/journal/segment-reader.ts'
import { listSegments } from '../../firmware/journal/segments.ts'
import { appendEach, openJournal, tempJournalDir } from './fixture.ts'

const openFiles = async () => (await readdir('/proc/self/fd')).length

async function journalOf(days: string[], perDay: number): Promise<string> {
  const dir = await tempJournalDir()
  const { journal } = await openJournal(dir)
  let from = 1
  for (const day of days) {
    await appendEach(journal, from, perDay, day)
    from += perDay
  }
  await journal.close()
  return dir
}

t.test('a segment read in chunks of any size gives the same frames as one read', async (t) => {
  const dir = await journalOf(['2026-11-22'], 40)
  const [segment] = await listSegments(dir)
  const whole: number[] = []
  const end = await readSegment(segment!.path, (frame) => whole.push(frame.seq))
  t.same(end, { size: segment!.size, offset: segment!.size, status: 'clean' })
  t.equal(whole.length, 40)
  for (const chunkBytes of [1, 7, 100, 4096]) {
    const seqs: number[] = []
    const chunked = await readSegment(segment!.path, (frame) => seqs.push(frame.seq), { chunkBytes })
    t.same([seqs, chunked], [whole, end], `chunks of ${chunkBytes} bytes`)
  }
})

t.test('a decoder that stops mid-file, or a handler that throws, leaves no file open and no read behind', async (t) => {
  const dir = await journalOf(['2026-11-22'], 40)
  const [segment] = await listSegments(dir)
  const bytes = await readFile(segment!.path)
  bytes[Math.floor(bytes.length / 2)]! ^= 0x10
  await writeFile(segment!.path, bytes)
  const before = await openFiles()
  const stopped = await readSegment(segment!.path, () => undefined, { chunkBytes: 64 })
  t.equal(stopped.status, 'bad')
  t.ok(stopped.offset > 0 && stopped.offset < bytes.length, `stopped at ${stopped.offset}`)
  await t.rejects(
    readSegment(
      segment!.path,
      () => {
        throw new Error('the handler gave up')
      },
      { chunkBytes: 64 },
    ),
    /the handler gave up/,
  )
  t.equal(await openFiles(), before, 'every handle closed')
})

t.test(
  'recovery over many days opens the next segment ahead, and closes it when an earlier one is damaged',
  async (t) => {
    const days = ['2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23']
    const dir = await journalOf(days, 25)
    const opened = await openJournal(dir)
    await opened.journal.close()
    t.same(
      opened.records.map((r) => r.seq),
      Array.from({ length: 100 }, (_, i) => i + 1),
      'every record of every day, in order',
    )

    const segments = await listSegments(dir)
    const bytes = await readFile(segments[1]!.path)
    bytes[30]! ^= 0x01
    await writeFile(segments[1]!.path, bytes)
    const before = await openFiles()
    const error = await openJournal(dir).then(
      () => undefined,
      (err: unknown) => err,
    )
    t.ok(
      error instanceof JournalCorruptError && error.file === segments[1]!.path,
      'refused, naming the damaged segment',
    )
    t.equal(await openFiles(), before, 'the segment opened ahead was closed')
  },
)

t.test('an empty segment file reads as clean and empty', async (t) => {
  const dir = await tempJournalDir()
  const { journal } = await openJournal(dir)
  await journal.close()
  const file = join(dir, 'empty.seg')
  await writeFile(file, '')
  t.same(await readSegment(file, () => t.fail('no frame')), { size: 0, offset: 0, status: 'clean' })
})
