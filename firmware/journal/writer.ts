/**
 * Appends records with group commit: while one write + fdatasync is in
 * flight, later appends queue up and go out together in the next single
 * write + fdatasync. A record's promise resolves only after the fdatasync
 * that covers it returned (rule 2: durable before visible).
 */
import { open, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { Logger } from 'pino'
import { ensureDir, fsyncDir, writeAll } from './durable-fs.ts'
import { JournalFailedError } from './errors.ts'
import { frameSize, MAX_PAYLOAD, writeFrame } from './record.ts'
import { isDay, segmentPath } from './segments.ts'

export interface OpenSegment {
  path: string
  day: string
  size: number
}

export interface WriterOptions {
  dir: string
  segmentBytes: number
  /** The seq of the last record on disk; the next append gets the one after. */
  lastSeq: number
  /** The last segment on disk: appended to while records are of its day and it is not full. */
  resume?: OpenSegment
  logger?: Logger
}

interface Pending {
  seq: number
  day: string
  payload: Buffer
  resolve: (seq: number) => void
  reject: (err: Error) => void
}

export class SegmentWriter {
  private queue: Pending[] = []
  private running = false
  private drained: Promise<void> = Promise.resolve()
  private onDrained = () => {}
  private current?: OpenSegment & { handle?: FileHandle }
  private failure?: JournalFailedError
  private closed = false
  lastSeq: number

  constructor(private readonly options: WriterOptions) {
    this.lastSeq = options.lastSeq
    this.current = options.resume && { ...options.resume }
  }

  append(record: object, day: string): Promise<number> {
    if (this.failure) return Promise.reject(this.failure)
    if (this.closed) return Promise.reject(new Error('journal is closed'))
    if (!isDay(day)) return Promise.reject(new TypeError(`business day must be YYYY-MM-DD, got ${JSON.stringify(day)}`))
    let payload: Buffer
    try {
      const json = JSON.stringify(record)
      if (typeof json !== 'string') throw new TypeError('record is not JSON')
      payload = Buffer.from(json)
    } catch (err) {
      return Promise.reject(err as Error)
    }
    if (payload.length > MAX_PAYLOAD)
      return Promise.reject(new RangeError(`journal record too large: ${payload.length} bytes`))
    // The seq is taken now, in call order, so it never depends on I/O timing.
    const seq = ++this.lastSeq
    return new Promise((resolve, reject) => {
      this.queue.push({ seq, day, payload, resolve, reject })
      this.kick()
    })
  }

  /** The business day of the segment being appended to. */
  get currentDay(): string | undefined {
    return this.current?.day
  }

  /** Waits for queued appends to be synced (or failed), then releases the file. Safe twice. */
  async close(): Promise<void> {
    this.closed = true
    await this.drained
    const handle = this.current?.handle
    if (!handle) return
    this.current!.handle = undefined
    try {
      await handle.close()
    } catch (err) {
      if (!this.failure) throw err
      // Already failed and reported; a close error adds nothing.
      this.options.logger?.warn({ err }, 'closing the failed segment also failed')
    }
  }

  private kick(): void {
    if (this.running) return
    this.running = true
    this.drained = new Promise((resolve) => (this.onDrained = resolve))
    // Appends made in the same tick join the first write.
    queueMicrotask(() => void this.drain())
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue
        this.queue = []
        await this.writeBatch(batch)
      }
    } finally {
      // No await between the last queue check and this: an append cannot slip in unseen.
      this.running = false
      this.onDrained()
    }
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    let i = 0
    try {
      while (i < batch.length) {
        // One write unit: consecutive records of one business day, one segment.
        const day = batch[i]!.day
        let j = i + 1
        while (j < batch.length && batch[j]!.day === day) j++
        const unit = batch.slice(i, j)
        const handle = await this.segmentFor(day, unit[0]!.seq)
        const bytes = encodeUnit(unit)
        await writeAll(handle, bytes)
        await handle.datasync()
        this.current!.size += bytes.length
        for (const p of unit) p.resolve(p.seq)
        i = j
      }
    } catch (err) {
      this.fail(err as Error, batch.slice(i))
    }
  }

  private fail(cause: Error, unsynced: Pending[]): void {
    const first = unsynced[0]?.seq
    this.failure = new JournalFailedError(
      `journal write or fdatasync failed (${cause.message}); records from seq ${first} on were not stored and the journal accepts no more appends: restart to recover`,
      cause,
    )
    this.options.logger?.fatal({ err: cause, seq: first }, 'journal write failed')
    const rejected = [...unsynced, ...this.queue]
    this.queue = []
    for (const p of rejected) p.reject(this.failure)
  }

  /** The segment for a unit of `day` starting at `firstSeq`: the current one, or a new one. */
  private async segmentFor(day: string, firstSeq: number): Promise<FileHandle> {
    const current = this.current
    if (current && current.day === day && current.size < this.options.segmentBytes) {
      current.handle ??= await open(current.path, 'a')
      return current.handle
    }
    // Everything written to the old segment is already synced.
    if (current?.handle) await current.handle.close()
    const dayDir = join(this.options.dir, day)
    await ensureDir(dayDir)
    const path = segmentPath(this.options.dir, day, firstSeq)
    const handle = await open(path, 'wx')
    this.current = { path, day, size: 0, handle }
    // The new name must be durable before any record in it is acknowledged.
    await fsyncDir(dayDir)
    this.options.logger?.debug({ path }, 'journal segment started')
    return handle
  }
}

function encodeUnit(unit: Pending[]): Buffer {
  let total = 0
  for (const p of unit) total += frameSize(p.payload.length)
  const out = Buffer.allocUnsafe(total)
  let at = 0
  unit.forEach((p, index) => (at = writeFrame(out, at, p.seq, index, p.payload)))
  return out
}
