/**
 * One import at a time: `<config-dir>/import.lock` (journal/pid-lock.ts),
 * holding who took it and from which stick. A stale lock (its process gone,
 * or another boot) is taken over; a live one refuses the second import.
 */
import { join } from 'node:path'
import { PidLock, type LockHolder } from '../../journal/pid-lock.ts'

export const LOCK_FILE = 'import.lock'

interface Import {
  stick: string
  at: number
}

export type Acquired = { ok: true } | { ok: false; holder: string }

function describe(holder: LockHolder & Import): string {
  return `process ${holder.pid}, importing from ${holder.stick} since ${new Date(holder.at).toISOString()}`
}

export class ImportLock {
  private readonly lock: PidLock<Import>

  constructor(readonly dir: string) {
    this.lock = new PidLock(join(dir, LOCK_FILE))
  }

  get file(): string {
    return this.lock.file
  }

  async acquire(stick: string, at: number): Promise<Acquired> {
    const taken = await this.lock.acquire({ stick, at })
    if (taken.ok) return taken
    return {
      ok: false,
      holder: taken.holder ? describe(taken.holder) : `a lock ${this.file} that another import has just taken`,
    }
  }

  /** Safe twice, and when the lock was never taken. */
  release(): Promise<void> {
    return this.lock.release()
  }
}
