/**
 * The journal: where tickets live. Append-only records, each fdatasynced
 * before its promise resolves; snapshots to shorten recovery; recovery cuts
 * a torn tail and refuses damage anywhere else. On-disk format and rules:
 * docs/journal.md.
 */
import type { Logger } from 'pino'
import { compact, type CompactReport } from './compaction.ts'
import { ensureDir } from './durable-fs.ts'
import { readDay } from './day-reader.ts'
import { recover, type RecoveryHandlers, type RecoveryReport } from './recovery.ts'
import { listSegments } from './segments.ts'
import type { JsonChunks } from './json-chunks.ts'
import { writeSnapshot } from './snapshot.ts'
import { SegmentWriter } from './writer.ts'

export { JournalCorruptError, JournalFailedError } from './errors.ts'
export { salvage, type SalvageReport } from './salvage.ts'
export { encodeSnapshot } from './snapshot.ts'
export type { CompactReport, RecoveryHandlers, RecoveryReport }

export interface JournalOptions {
  /** The journal folder, e.g. `<data>/journal`; created if missing. */
  dir: string
  /** Roll to a new segment file once the current one reaches this size. Default 32 MiB. */
  segmentBytes?: number
  logger?: Logger
}

const DEFAULT_SEGMENT_BYTES = 32 * 1024 * 1024

export class Journal {
  private writer?: SegmentWriter
  private recoveredSeq = 0
  private closing?: Promise<void>

  constructor(private readonly options: JournalOptions) {}

  /** Recovers (snapshot, then the records after it), then is ready to append. */
  async open(handlers: RecoveryHandlers): Promise<RecoveryReport> {
    if (this.writer) throw new Error('journal is already open')
    const { dir, logger } = this.options
    // Durably: records fdatasynced into a folder whose own name is not on disk are lost with it.
    await ensureDir(dir)
    const { report, tail } = await recover(dir, handlers, logger)
    this.recoveredSeq = report.lastSeq
    this.writer = new SegmentWriter({
      dir,
      segmentBytes: this.options.segmentBytes ?? DEFAULT_SEGMENT_BYTES,
      lastSeq: report.lastSeq,
      ...(tail ? { resume: tail } : {}),
      ...(logger ? { logger } : {}),
    })
    return report
  }

  /**
   * Appends a record of business day `day` (YYYY-MM-DD). The seq is assigned
   * at the call, in call order; the promise resolves with it once the record
   * is written and fdatasynced. After a write or sync failure every pending
   * and later append rejects: the process must restart and recover.
   */
  append(record: object, day: string): Promise<number> {
    if (!this.writer) return Promise.reject(new Error('journal is not open'))
    return this.writer.append(record, day)
  }

  /** The state at `seq` (from encodeSnapshot), written temp → fsync → rename → fsync(dir); recovery hands it back parsed. */
  writeSnapshot(seq: number, payload: JsonChunks): Promise<void> {
    return writeSnapshot(this.options.dir, seq, payload)
  }

  /** Merges closed days, deletes days past retention and superseded snapshots. */
  compact(opts: { retentionDays: number; today: string }): Promise<CompactReport> {
    return compact(this.options.dir, { ...opts, openDay: this.writer?.currentDay }, this.options.logger)
  }

  /** Business days that have records, oldest first. */
  async days(): Promise<string[]> {
    const days = new Set<string>()
    for (const segment of await listSegments(this.options.dir)) if (segment.size > 0) days.add(segment.day)
    return [...days].sort()
  }

  /** Every record of one business day, in seq order (for reports). */
  readDay(day: string, onRecord: (record: unknown, seq: number) => void): Promise<void> {
    return readDay(this.options.dir, day, onRecord)
  }

  /** The seq of the newest record appended (durable or still being synced), or recovered. */
  get lastSeq(): number {
    return this.writer?.lastSeq ?? this.recoveredSeq
  }

  /** Waits for pending appends to be synced, then closes. Safe to call twice. */
  close(): Promise<void> {
    this.closing ??= this.writer ? this.writer.close() : Promise.resolve()
    return this.closing
  }
}
