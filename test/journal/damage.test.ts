import t from 'tap'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { JournalCorruptError, salvage } from '../../firmware/journal/index.ts'
import { encodeFrame, FrameDecoder } from '../../firmware/journal/record.ts'
import { appendEach, logger, openJournal, record, tempJournalDir } from './fixture.ts'

/** Byte ranges of every frame in a segment file. */
async function frames(path: string): Promise<Array<{ seq: number; start: number; end: number }>> {
  const out: Array<{ seq: number; start: number; end: number }> = []
  new FrameDecoder().push(await readFile(path), (f, offset) => out.push({ seq: f.seq, start: offset, end: f.end }))
  return out
}

/** A journal of two days: seqs 1-3 in one segment, 4-6 in the last one, each its own write unit. */
async function twoDayJournal(): Promise<{ dir: string; files: string[]; bytes: Buffer[] }> {
  const dir = await tempJournalDir()
  const { journal } = await openJournal(dir)
  await appendEach(journal, 0, 3, '2026-11-21')
  await appendEach(journal, 3, 3, '2026-11-22')
  await journal.close()
  const files = [join(dir, '2026-11-21', '0000000000000001.seg'), join(dir, '2026-11-22', '0000000000000004.seg')]
  return { dir, files, bytes: await Promise.all(files.map((f) => readFile(f))) }
}

const seqsOf = (records: Array<{ seq: number }>) => records.map((r) => r.seq)

t.test('a torn tail at every byte offset of the last record is cut, and appends go on', async (t) => {
  const { dir, files, bytes } = await twoDayJournal()
  const last = (await frames(files[1]!)).at(-1)!
  let checked = 0
  for (let cut = last.start; cut < last.end; cut++) {
    await writeFile(files[1]!, bytes[1]!.subarray(0, cut))
    const opened = await openJournal(dir)
    const ok =
      JSON.stringify(seqsOf(opened.records)) === '[1,2,3,4,5]' &&
      (cut === last.start
        ? opened.report.truncated === undefined
        : opened.report.truncated?.offset === last.start && opened.report.truncated.bytes === cut - last.start) &&
      (await opened.journal.append(record(99), '2026-11-22')) === 6
    await opened.journal.close()
    const reread = await openJournal(dir)
    await reread.journal.close()
    if (!ok || JSON.stringify(seqsOf(reread.records)) !== '[1,2,3,4,5,6]') t.fail(`cut at ${cut} not recovered right`)
    else checked++
  }
  t.equal(checked, last.end - last.start)
})

t.test('zeros after the last record (a lost page) are cut', async (t) => {
  const { dir, files, bytes } = await twoDayJournal()
  await writeFile(files[1]!, Buffer.concat([bytes[1]!, Buffer.alloc(4096)]))
  const opened = await openJournal(dir)
  t.same(seqsOf(opened.records), [1, 2, 3, 4, 5, 6])
  t.same(opened.report.truncated, { file: files[1], offset: bytes[1]!.length, bytes: 4096 })
  await opened.journal.close()
})

t.test('a lost page inside the last, unacknowledged write unit is the tail', async (t) => {
  const dir = await tempJournalDir()
  const { journal } = await openJournal(dir)
  await appendEach(journal, 0, 2)
  // Three records in one write unit, as group commit makes them.
  await Promise.all([0, 1, 2].map((i) => journal.append(record(10 + i), '2026-11-22')))
  await journal.close()
  const file = join(dir, '2026-11-22', '0000000000000001.seg')
  const layout = await frames(file)
  const damaged = await readFile(file)
  damaged.fill(0, layout[3]!.start, layout[3]!.end)
  await writeFile(file, damaged)
  const opened = await openJournal(dir)
  t.same(seqsOf(opened.records), [1, 2, 3], 'the unit was never acknowledged whole; its intact head is kept')
  t.equal(opened.report.truncated?.offset, layout[3]!.start)
  await opened.journal.close()
})

t.test('a flipped bit anywhere: the tail is cut, anything else refuses to open; salvage then recovers', async (t) => {
  const { dir, files, bytes } = await twoDayJournal()
  const layouts = await Promise.all(files.map(frames))
  let cut = 0
  let refused = 0
  for (const [f, file] of files.entries()) {
    for (let byte = 0; byte < bytes[f]!.length; byte++) {
      const damaged = Buffer.from(bytes[f]!)
      damaged[byte]! ^= 1 << (byte % 8)
      // Restore a clean journal (salvage may have rewritten or renamed files).
      await reset(dir, files, bytes)
      await writeFile(file, damaged)
      const hit = layouts[f]!.find((r) => byte >= r.start && byte < r.end)!
      const isTail = f === files.length - 1 && hit.seq === 6
      const where = `${file}:${byte}`
      if (isTail) {
        const opened = await openJournal(dir)
        await opened.journal.close()
        if (JSON.stringify(seqsOf(opened.records)) !== '[1,2,3,4,5]' || opened.report.truncated?.offset !== hit.start)
          t.fail(`tail flip ${where} not cut`)
        else cut++
        continue
      }
      const error = await openJournal(dir).then(
        () => undefined,
        (err: unknown) => err,
      )
      if (
        !(error instanceof JournalCorruptError) ||
        error.file !== file ||
        error.offset !== hit.start ||
        !/qms journal salvage --data DIR/.test(error.message)
      ) {
        t.fail(`flip ${where} (record ${hit.seq}) gave ${String(error)}`)
        continue
      }
      const report = await salvage(dir, logger)
      const lost = report.lost[0]
      const expected = [1, 2, 3, 4, 5, 6].filter((s) => s !== hit.seq)
      const opened = await openJournal(dir)
      const next = await opened.journal.append(record(7), '2026-11-22')
      await opened.journal.close()
      const ok =
        report.lost.length === 1 &&
        lost?.file === file &&
        lost.offset === hit.start &&
        lost.bytes === hit.end - hit.start &&
        lost.seqFrom === hit.seq &&
        lost.seqTo === hit.seq &&
        JSON.stringify(seqsOf(opened.records)) === JSON.stringify(expected) &&
        next === 7 &&
        (await readdir(report.backup)).length > 0
      if (!ok)
        t.fail(`salvage after flip ${where}: ${JSON.stringify(report)} → ${JSON.stringify(seqsOf(opened.records))}`)
      else refused++
    }
  }
  const total = bytes[0]!.length + bytes[1]!.length
  t.equal(cut + refused, total, `${refused} flips refused and salvaged, ${cut} cut as the tail`)
  t.equal(cut, layouts[1]!.at(-1)!.end - layouts[1]!.at(-1)!.start)
})

t.test('salvage reports the gap, keeps a copy, and recovery accepts only that gap', async (t) => {
  const { dir, files, bytes } = await twoDayJournal()
  const layout = await frames(files[0]!)
  const damaged = Buffer.from(bytes[0]!)
  damaged.fill(0xff, layout[1]!.start, layout[1]!.start + 4)
  await writeFile(files[0]!, damaged)
  await t.rejects(openJournal(dir), { name: 'JournalCorruptError', file: files[0], offset: layout[1]!.start })
  const report = await salvage(dir, logger)
  t.match(report, {
    recordsKept: 5,
    lost: [{ file: files[0], offset: layout[1]!.start, seqFrom: 2, seqTo: 2 }],
    gaps: [{ from: 2, to: 2 }],
  })
  t.same(await readFile(join(report.backup, '2026-11-21__0000000000000001.seg')), damaged, 'the original is kept')
  const opened = await openJournal(dir)
  t.same(seqsOf(opened.records), [1, 3, 4, 5, 6])
  await opened.journal.close()
  const again = await salvage(dir, logger)
  t.same(again.lost, [], 'a second salvage finds nothing')
})

async function reset(dir: string, files: string[], bytes: Buffer[]): Promise<void> {
  const { rm, mkdir } = await import('node:fs/promises')
  await rm(dir, { recursive: true, force: true })
  for (const [i, file] of files.entries()) {
    await mkdir(join(file, '..'), { recursive: true })
    await writeFile(file, bytes[i]!)
  }
}

t.test('a record that passes its CRC but is not one JSON value stops recovery at that record', async (t) => {
  for (const payload of ['{"at":', '1,2', '']) {
    const { dir, files, bytes } = await twoDayJournal()
    const [first, second, third] = await frames(files[0]!)
    const original = bytes[0]!
    const forged = encodeFrame(2, Buffer.from(payload))
    await writeFile(
      files[0]!,
      Buffer.concat([original.subarray(first!.start, first!.end), forged, original.subarray(third!.start, third!.end)]),
    )
    const err = await openJournal(dir).then(
      () => undefined,
      (e: unknown) => e,
    )
    t.ok(err instanceof JournalCorruptError, `payload ${JSON.stringify(payload)}: refused`)
    t.match((err as Error).message, /record 2 is not JSON/, 'names the record')
    t.equal((err as JournalCorruptError).offset, second!.start, 'at the offset of its frame')
  }
})
