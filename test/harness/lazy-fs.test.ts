/**
 * The power-cut file system itself: what it keeps at a cut is exactly what
 * fsync(2) of a file (its data) and of a directory (its names) promised, and
 * a random cut leaves only states a kernel may leave (a prefix of each
 * file's writes, a rename whole or not at all).
 */
import t from 'tap'
import {
  mkdir,
  mkdtemp,
  open,
  readdir,
  readFile,
  readlink,
  rename,
  rm,
  symlink,
  unlink,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fsyncDir, writeFileDurably } from '../../firmware/journal/durable-fs.ts'
import { LazyFs } from './lazy-fs.ts'

const dir = await mkdtemp(join(tmpdir(), 'qms-lazyfs-'))
const fs = await LazyFs.mount(dir)
const at = (...parts: string[]) => join(fs.path, ...parts)
t.teardown(async () => {
  await fs.unmount()
  await rm(dir, { recursive: true, force: true })
})

async function writeSynced(path: string, text: string, sync: boolean): Promise<void> {
  const handle = await open(path, 'a')
  await handle.write(text)
  if (sync) await handle.datasync()
  await handle.close()
}

const read = (path: string) => readFile(path, 'utf8').catch((err: NodeJS.ErrnoException) => err.code ?? 'error')

t.test('data not synced is gone after a cut; synced data stays', async (t) => {
  await mkdir(at('data'))
  await fsyncDir(fs.path)
  await writeSynced(at('data', 'f'), 'durable ', true)
  await fsyncDir(at('data'))
  await writeSynced(at('data', 'f'), 'lost', false)
  t.equal(await read(at('data', 'f')), 'durable lost', 'before the cut a reader sees every write')
  t.same(await fs.pending(), { data: 1, names: 0 })
  const cut = await fs.cut('all')
  t.equal(cut.dataDropped, 1)
  t.equal(await read(at('data', 'f')), 'durable ', 'after it, only what fdatasync covered')
  t.same(await fs.pending(), { data: 0, names: 0 })
})

t.test('a new name is durable only once its directory is fsynced', async (t) => {
  await writeSynced(at('data', 'named'), 'x', true)
  await fsyncDir(at('data'))
  await writeSynced(at('data', 'unnamed'), 'synced data, no dir fsync', true)
  await fs.cut('all')
  t.same(
    (await readdir(at('data'))).sort(),
    ['f', 'named'],
    'the files created after the last fsync of the folder are gone',
  )
})

t.test('rename and unlink without a directory fsync revert; with one they hold', async (t) => {
  await writeFileDurably(at('data', 'kept.json'), Buffer.from('{"v":1}'))
  await rename(at('data', 'named'), at('data', 'renamed'))
  await unlink(at('data', 'f'))
  await fs.cut('all')
  t.same(
    (await readdir(at('data'))).sort(),
    ['f', 'kept.json', 'named'],
    'tmp → fsync → rename → fsync(dir) survives; the rest reverted',
  )
  await rename(at('data', 'named'), at('data', 'renamed'))
  await unlink(at('data', 'f'))
  await fsyncDir(at('data'))
  await fs.cut('all')
  t.same((await readdir(at('data'))).sort(), ['kept.json', 'renamed'])
})

t.test('a rename across folders is one step: fsync of either folder keeps it whole', async (t) => {
  await mkdir(at('other'))
  await fsyncDir(fs.path)
  await rename(at('data', 'renamed'), at('other', 'moved'))
  await fsyncDir(at('data'))
  await fs.cut('all')
  t.same(await readdir(at('data')), ['kept.json'])
  t.same(await readdir(at('other')), ['moved'], 'the file has its new name, not neither')
})

t.test('mkdir -p of two new levels: the deeper folder is lost with the parent that was never synced', async (t) => {
  await mkdir(at('a', 'b'), { recursive: true })
  await fsyncDir(at('a'))
  await fs.cut('all')
  t.notOk((await readdir(fs.path)).includes('a'), 'fsync of a alone does not make a itself durable')
})

t.test('a random cut keeps a prefix of each file and each rename whole', async (t) => {
  const seen = new Set<string>()
  for (let seed = 1; seed <= 40; seed++) {
    await rm(at('r'), { recursive: true, force: true })
    await mkdir(at('r'))
    await fsyncDir(fs.path)
    await writeSynced(at('r', 'log'), 'A'.repeat(100), true)
    await writeSynced(at('r', 'old'), 'o', true)
    await fsyncDir(at('r'))
    for (const part of ['B', 'C', 'D']) await writeSynced(at('r', 'log'), part.repeat(5000), false)
    await rename(at('r', 'old'), at('r', 'new'))
    await writeFile(at('r', 'fresh'), 'f')
    await fs.cut('random', seed)
    const log = await read(at('r', 'log'))
    const full = 'A'.repeat(100) + 'B'.repeat(5000) + 'C'.repeat(5000) + 'D'.repeat(5000)
    t.ok(
      full.startsWith(log) && log.length >= 100,
      `seed ${seed}: the log is a prefix of what was written, synced part whole`,
    )
    const names = (await readdir(at('r'))).filter((n) => n !== 'log').sort()
    t.ok(
      ['new', 'old'].filter((n) => names.includes(n)).length === 1,
      `seed ${seed}: old or new, exactly one (${names})`,
    )
    seen.add(`${log.length}|${names.join(',')}`)
  }
  t.ok(seen.size > 4, `random cuts reach different states (${seen.size} of 40)`)
})

t.test('a symlink is a name like any other: durable once its folder is fsynced', async (t) => {
  await symlink('kept.json', at('data', 'link'))
  await fs.cut('all')
  t.notOk((await readdir(at('data'))).includes('link'))
  await symlink('kept.json', at('data', 'link'))
  await fsyncDir(at('data'))
  await fs.cut('all')
  t.equal(await readlink(at('data', 'link')), 'kept.json')
  t.equal(await read(at('data', 'link')), '{"v":1}')
})

t.test('freeze: the power goes after the given number of changing operations', async (t) => {
  await fs.freeze(2)
  await writeFile(at('data', 'one'), '1')
  const late = await writeFile(at('data', 'two'), '2').then(
    () => 'written',
    (err: NodeJS.ErrnoException) => err.code,
  )
  t.equal(late, 'EIO', 'the third operation (create of two) is refused')
  const cut = await fs.cut('all')
  t.ok(cut.refusedAfterFreeze > 0)
  t.notOk((await readdir(at('data'))).includes('one'), 'and what was done before it was never synced')
  await writeFile(at('data', 'three'), '3')
  t.equal(await read(at('data', 'three')), '3', 'the cut ended the freeze')
})

t.test('the durable image is in the backing folder after a cut', async (t) => {
  t.equal(await readFile(join(fs.backing, 'data', 'kept.json'), 'utf8'), '{"v":1}')
})
