/** The import lock: one holder at a time, stale locks (a dead process, another boot) taken over, never a live one's. */
import t from 'tap'
import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ImportLock, LOCK_FILE } from '../../../firmware/site/bundle/import-lock.ts'

const at = Date.UTC(2026, 11, 1, 10, 0)

t.test('a second import is refused while the first holds the lock, and takes it once released', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-lock-'))
  const first = new ImportLock(dir)
  const second = new ImportLock(dir)
  t.same(await first.acquire('/run/qms-usb/sda1/stick', at), { ok: true })
  t.same(await second.acquire('/run/qms-usb/sdb1/stick', at), {
    ok: false,
    holder: `process ${process.pid}, importing from /run/qms-usb/sda1/stick since 2026-12-01T10:00:00.000Z`,
  })
  await second.release()
  t.ok(
    JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')).stick.includes('sda1'),
    "the refused one does not remove the holder's lock",
  )
  await first.release()
  await first.release()
  t.same(await second.acquire('/run/qms-usb/sdb1/stick', at), { ok: true })
  await second.release()
  t.same(await readdir(dir), [], 'no lock or temp file left')
})

t.test('many at once: exactly one gets it', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-lock-'))
  const locks = Array.from({ length: 8 }, () => new ImportLock(dir))
  const results = await Promise.all(locks.map((l, i) => l.acquire(`stick${i}`, at)))
  t.equal(results.filter((r) => r.ok).length, 1)
  t.equal(results.filter((r) => !r.ok && /another|process \d+/.test(r.holder)).length, 7)
  for (const l of locks) await l.release()
})

t.test(
  'a stale lock is taken over: its process is gone, or it is from another boot, or it is not a lock',
  async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'qms-lock-'))
    const gone = spawnSync('true').pid!
    const boot = (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim()
    const started = (await readFile('/proc/self/stat', 'utf8')).split(') ')[1]!.split(' ')[19]!
    const stale = [
      { pid: gone, boot, started: '1', stick: 'dead', at },
      // This very process, but written in another boot (a power cut during an import).
      { pid: process.pid, boot: 'another-boot', started, stick: 'before the power cut', at },
      'not json',
    ]
    for (const holder of stale) {
      await writeFile(join(dir, LOCK_FILE), typeof holder === 'string' ? holder : JSON.stringify(holder))
      const lock = new ImportLock(dir)
      t.same(await lock.acquire('/run/qms-usb/sdc1/stick', at), { ok: true }, JSON.stringify(holder))
      t.match(JSON.parse(await readFile(join(dir, LOCK_FILE), 'utf8')), {
        pid: process.pid,
        boot,
        stick: '/run/qms-usb/sdc1/stick',
      })
      await lock.release()
    }
    // The same pid and boot with another start time: the pid was reused by a new process.
    await writeFile(
      join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.pid, boot, started: '0', stick: 'reused pid', at }),
    )
    t.same(await new ImportLock(dir).acquire('x', at), { ok: true })
  },
)
