/**
 * A lock file naming its holder: made whole in a temp file and linked into
 * place (link(2) fails if the name exists, and the lock is never seen
 * half-written). It holds the pid, the boot id and the process's start time.
 * A lock whose holder is gone — another boot (the folder is on the SD card,
 * a power cut leaves the file), or no process with that pid and start time —
 * is stale: it is moved aside under a name of our own, checked to be the one
 * judged stale (two takers may find the same stale lock), and the take is
 * tried once more. Used for the data folder (a second `qms run` on it is
 * refused: the journal has one writer) and for USB imports
 * (site/bundle/import-lock.ts); it sits with the journal's durable-fs.ts,
 * below both.
 */
import { randomBytes } from 'node:crypto'
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { ensureDir } from './durable-fs.ts'

export interface LockHolder {
  pid: number
  /** /proc/sys/kernel/random/boot_id: a pid means nothing across a reboot. */
  boot: string
  /** Field 22 of /proc/<pid>/stat, the process's start time: a pid may be reused. */
  started: string
}

/** Refused: the live holder's record (with what it added), or undefined when another taker won a race just now. */
export type LockTaken<T> = { ok: true } | { ok: false; holder?: LockHolder & T }

async function bootId(): Promise<string> {
  return (await readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => '')).trim()
}

/** When process `pid` started, or undefined when there is no such process (its /proc entry cannot be read). */
async function startTime(pid: number): Promise<string | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined)
  // The command name (field 2) is in parentheses and may hold spaces: count from its end.
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ')[19]
}

function parseHolder<T>(text: string): (LockHolder & T) | undefined {
  try {
    const h = JSON.parse(text) as Partial<LockHolder>
    return typeof h.pid === 'number' && typeof h.boot === 'string' && typeof h.started === 'string'
      ? (h as LockHolder & T)
      : undefined
  } catch {
    return undefined
  }
}

async function alive(holder: LockHolder): Promise<boolean> {
  return holder.boot === (await bootId()) && (await startTime(holder.pid)) === holder.started
}

export class PidLock<T extends object = object> {
  private held = false

  constructor(readonly file: string) {}

  private get dir(): string {
    return join(this.file, '..')
  }

  /** Takes the lock, recording `extra` beside the holder's identity. Errors of the file system (EROFS, EACCES) throw. */
  async acquire(extra: T): Promise<LockTaken<T>> {
    // Durably: on a new appliance the folder it makes is where the config store writes next (a cut lost an applied import).
    await ensureDir(this.dir)
    const me = { pid: process.pid, boot: await bootId(), started: (await startTime(process.pid)) ?? '', ...extra }
    const temp = join(this.dir, `${basename(this.file)}.${process.pid}.${randomBytes(4).toString('hex')}`)
    await writeFile(temp, JSON.stringify(me))
    try {
      for (let attempt = 0; attempt < 2; attempt++) {
        if (await this.take(temp)) return { ok: true }
        const text = await readFile(this.file, 'utf8').catch(() => undefined)
        // Gone between the two looks: its holder has just finished.
        if (text === undefined) continue
        const holder = parseHolder<T>(text)
        if (holder && (await alive(holder))) return { ok: false, holder }
        if (!(await this.clearStale(text))) break
      }
      const holder = parseHolder<T>(await readFile(this.file, 'utf8').catch(() => ''))
      return holder ? { ok: false, holder } : { ok: false }
    } finally {
      await unlink(temp).catch(() => undefined)
    }
  }

  private async take(temp: string): Promise<boolean> {
    try {
      await link(temp, this.file)
      this.held = true
      return true
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false
      throw err
    }
  }

  /** Moves the stale lock aside; if what was moved is not what was judged stale, it is put back. */
  private async clearStale(judged: string): Promise<boolean> {
    const aside = join(this.dir, `${basename(this.file)}.stale.${process.pid}.${randomBytes(4).toString('hex')}`)
    try {
      await rename(this.file, aside)
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true
      throw err
    }
    const moved = await readFile(aside, 'utf8')
    if (moved === judged) {
      await unlink(aside)
      return true
    }
    // Another taker replaced the stale lock with its own in between: give it back.
    await link(aside, this.file).catch(() => undefined)
    await unlink(aside)
    return false
  }

  /** Safe twice, and when the lock was never taken. */
  async release(): Promise<void> {
    if (!this.held) return
    this.held = false
    await unlink(this.file).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err
    })
  }
}
