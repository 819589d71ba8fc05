/**
 * The data folder at start, before the hub says READY:
 *
 * 1. **Locked** for the process's lifetime (`<data>/qms.lock`, pid-lock.ts):
 *    two hubs on one journal would both give out A006 and then interleave
 *    records that the next start refuses as corrupt.
 * 2. **Probed**: a file is written, fsynced and removed in every folder the
 *    hub writes, and a folder made and removed where day folders are made.
 *    A folder that cannot be written (a read-only mount, a full card, a
 *    systemd ReadWritePaths= left out) then fails the start with its path
 *    and reason, instead of failing the first customer after READY, which
 *    under systemd is a restart loop that looks healthy between restarts.
 * 3. **Cleaned** of stale temporary files: a power cut during a
 *    temp → fsync → rename leaves `*.tmp` behind (93 MB after 300 cuts with a
 *    snapshot every 200 records). Only our own names in our own folders; with
 *    the lock held no other writer can be half-way through one (a lock's own
 *    temp file only once the process that wrote it is gone).
 */
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, open, readdir, rmdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { Logger } from 'pino'
import { ensureDir, fsyncDir } from '../../journal/durable-fs.ts'
import { isDay, listDays } from '../../journal/segments.ts'
import { snapshotsDir } from '../../journal/snapshot.ts'
import { summariesDir } from '../../report/summary-store.ts'
import { PidLock, type LockHolder } from '../../journal/pid-lock.ts'

export const DATA_LOCK_FILE = 'qms.lock'

/** sysexits.h EX_TEMPFAIL: another process holds the data folder; starting later may work. */
export const EXIT_LOCKED = 75
/** sysexits.h EX_CANTCREAT: a folder the hub writes cannot be written. */
export const EXIT_UNWRITABLE = 73

/** Why the data folder cannot be used; `exitCode` is what `qms run` exits with. */
export class DataFolderError extends Error {
  override name = 'DataFolderError'
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message)
  }
}

interface Holder {
  /** What holds it: `qms run`, `qms journal salvage`. */
  command: string
  since: number
}

export function journalDir(dataDir: string): string {
  return join(dataDir, 'journal')
}

/** Takes `<data>/qms.lock`, or throws naming the live holder. Release it when the process is done with the folder. */
export async function lockDataFolder(dataDir: string, command: string): Promise<PidLock<Holder>> {
  const lock = new PidLock<Holder>(join(dataDir, DATA_LOCK_FILE))
  let taken
  try {
    taken = await lock.acquire({ command, since: Date.now() })
  } catch (err) {
    throw unwritable(dataDir, err as Error)
  }
  if (taken.ok) return lock
  throw new DataFolderError(
    `the data folder ${dataDir} is in use by ${describe(taken.holder)}: one process at a time may use it (lock ${lock.file})`,
    EXIT_LOCKED,
  )
}

function describe(holder: (LockHolder & Holder) | undefined): string {
  if (!holder) return 'another process that has just taken it'
  return `process ${holder.pid} (${holder.command}, since ${new Date(holder.since).toISOString()})`
}

function unwritable(folder: string, err: Error): DataFolderError {
  const code = (err as NodeJS.ErrnoException).code
  return new DataFolderError(
    `the data folder cannot be written: ${folder}: ${code ?? err.message}${code ? ` (${err.message})` : ''}. The hub would fail at the first ticket; make the folder writable for the service (a read-only mount? ReadWritePaths=?)`,
    EXIT_UNWRITABLE,
  )
}

/** Every folder the hub writes: the journal, its snapshots, the day folder appended to, the daily summaries. */
async function foldersWritten(dataDir: string): Promise<string[]> {
  const journal = journalDir(dataDir)
  const lastDay = (await listDays(journal)).at(-1)
  return [journal, snapshotsDir(journal), ...(lastDay ? [join(journal, lastDay)] : []), summariesDir(dataDir)]
}

const PROBE = /^\.qms-probe-\d+-[0-9a-f]{8}$/

/** Write, fsync, remove in each folder the hub writes; throws DataFolderError naming the first that fails. */
export async function probeDataFolder(dataDir: string): Promise<string[]> {
  const folders = await foldersWritten(dataDir)
  for (const folder of folders) {
    try {
      await ensureDir(folder)
      await probeFile(join(folder, `.qms-probe-${process.pid}-${randomBytes(4).toString('hex')}`))
    } catch (err) {
      throw unwritable(folder, err as Error)
    }
  }
  // A new business day makes a folder in the journal.
  const journal = journalDir(dataDir)
  const dayFolder = join(journal, `.qms-probe-${process.pid}-${randomBytes(4).toString('hex')}`)
  try {
    await mkdir(dayFolder)
    await rmdir(dayFolder)
    await fsyncDir(journal)
  } catch (err) {
    throw unwritable(journal, err as Error)
  }
  return folders
}

async function probeFile(path: string): Promise<void> {
  const handle = await open(path, 'wx')
  try {
    await handle.write(Buffer.from('qms write probe\n'))
    await handle.sync()
  } finally {
    await handle.close()
  }
  await unlink(path)
}

/** Our temp names, per folder: what writeFileDurably (`<name>.tmp`) and compaction (`merge.tmp`) leave when cut short. */
const TEMPS: Array<{ folder: (dataDir: string) => Promise<string[]>; name: RegExp }> = [
  { folder: async (d) => [journalDir(d)], name: /^gaps\.tmp$/ },
  { folder: async (d) => [snapshotsDir(journalDir(d))], name: /^\d{16}\.snap\.tmp$/ },
  {
    folder: async (d) => (await listDays(journalDir(d))).filter(isDay).map((day) => join(journalDir(d), day)),
    name: /^(merge|\d{16}(-\d{16})?\.seg)\.tmp$/,
  },
  { folder: async (d) => [summariesDir(d)], name: /^\d{4}-\d{2}-\d{2}\.json\.tmp$/ },
]

/** Removes stale temp files and probe leftovers. Only call with the data folder locked. */
export async function removeStaleTemps(dataDir: string, logger?: Logger): Promise<string[]> {
  const removed: string[] = []
  const folders = new Map<string, RegExp[]>()
  for (const { folder, name } of TEMPS)
    for (const f of await folder(dataDir)) folders.set(f, [...(folders.get(f) ?? []), name])
  for (const [folder, names] of folders) {
    let entries: string[]
    try {
      entries = await readdir(folder)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw err
    }
    const stale = entries.filter((e) => PROBE.test(e) || names.some((n) => n.test(e)))
    for (const name of stale) {
      await unlinkOrRmdir(join(folder, name))
      removed.push(join(folder, name))
    }
    if (stale.length > 0) await fsyncDir(folder)
  }
  removed.push(...(await removeDeadLockTemps(dataDir)))
  if (removed.length > 0) logger?.info({ files: removed }, 'stale temporary files of an interrupted write removed')
  return removed
}

/** pid-lock.ts's temp and set-aside names, `qms.lock.<pid>.<hex>`: stale only once that process is gone (another start may be taking the lock now). */
const LOCK_TEMP = /^qms\.lock\.(?:stale\.)?(\d+)\.[0-9a-f]{8}$/

async function removeDeadLockTemps(dataDir: string): Promise<string[]> {
  const removed: string[] = []
  for (const name of await readdir(dataDir)) {
    const pid = LOCK_TEMP.exec(name)?.[1]
    if (pid === undefined || Number(pid) === process.pid || existsSync(`/proc/${pid}`)) continue
    await unlink(join(dataDir, name))
    removed.push(join(dataDir, name))
  }
  return removed
}

/** A probe leftover may be a file or the folder made for the day-folder check. */
async function unlinkOrRmdir(path: string): Promise<void> {
  try {
    await unlink(path)
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code
    if (code !== 'EISDIR' && code !== 'EPERM') throw err
    await rmdir(path)
  }
}
