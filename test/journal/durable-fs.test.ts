/**
 * The durable-write steps on a file system that loses what was not synced
 * (test/harness/lazyfs.py): after each step and a power cut, what the step
 * promised is there.
 */
import t from 'tap'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureDir, writeFileDurably } from '../../firmware/journal/durable-fs.ts'
import { Journal } from '../../firmware/journal/index.ts'
import { LazyFs } from '../harness/lazy-fs.ts'

const dir = await mkdtemp(join(tmpdir(), 'qms-durable-fs-'))
const fs = await LazyFs.mount(dir)
t.teardown(async () => {
  await fs.unmount()
  await rm(dir, { recursive: true, force: true })
})

t.test('ensureDir of three new levels: all three survive a cut', async (t) => {
  await ensureDir(join(fs.path, 'a', 'b', 'c'))
  await fs.cut('all')
  t.same(await readdir(join(fs.path, 'a', 'b')), ['c'])
})

t.test('writeFileDurably into new folders: the file survives a cut', async (t) => {
  await ensureDir(join(fs.path, 'x', 'y'))
  await writeFileDurably(join(fs.path, 'x', 'y', 'f.json'), Buffer.from('{}'))
  await fs.cut('all')
  t.equal(await readFile(join(fs.path, 'x', 'y', 'f.json'), 'utf8'), '{}')
})

t.test('a journal opened in a new data folder keeps its appended records through a cut', async (t) => {
  const journalDir = join(fs.path, 'data', 'journal')
  const journal = new Journal({ dir: journalDir })
  await journal.open({ onSnapshot: () => undefined, onRecord: () => undefined })
  await journal.append({ n: 1 }, '2026-12-07')
  await journal.close()
  await fs.cut('all')
  const records: unknown[] = []
  const again = new Journal({ dir: journalDir })
  await again.open({ onSnapshot: () => undefined, onRecord: (r) => void records.push(r) })
  await again.close()
  t.same(records, [{ n: 1 }], 'an acknowledged (fdatasynced) record is there after the cut')
})
