/**
 * Recovery: the newest snapshot that verifies, then every record after it
 * in seq order, each checked by CRC and seq continuity.
 *
 * Damage at the tail of the last segment is what a power cut leaves (a
 * half-written record, zeros, a lost page of the last write): it is cut.
 * The tail is the last write unit — the frames of one write + fdatasync,
 * all unacknowledged if the fdatasync never returned. A valid frame after
 * the damage that belongs to a LATER unit proves the damaged unit was synced
 * before it (writes are sequential), so that damage is in the middle of the
 * log: open() throws JournalCorruptError and nothing is dropped silently.
 */
import { open } from 'node:fs/promises'
import type { Logger } from 'pino'
import { unlinkDurably } from './durable-fs.ts'
import { JournalCorruptError } from './errors.ts'
import { isKnownGap, readGaps, type Gap } from './gaps.ts'
import type { Frame } from './record.ts'
import { RecordBatch } from './record-batch.ts'
import {
  ahead,
  discardSegment,
  findFrames,
  openSegment,
  readFrom,
  readSegment,
  type SegmentEnd,
} from './segment-reader.ts'
import { listSegments, type Segment } from './segments.ts'
import { loadNewestSnapshot } from './snapshot.ts'
import type { OpenSegment } from './writer.ts'

export interface RecoveryHandlers {
  /** Called at most once, with the newest valid snapshot, before any record. */
  onSnapshot(data: unknown, seq: number): void
  /** Every record after the snapshot, in seq order. */
  onRecord(record: unknown, seq: number): void
}

export interface RecoveryReport {
  snapshotSeq: number
  records: number
  lastSeq: number
  ms: number
  /** A torn tail that was cut. */
  truncated?: { file: string; offset: number; bytes: number }
}

export interface Recovered {
  report: RecoveryReport
  /** The last segment, for the writer to append to. */
  tail?: OpenSegment
}

export async function recover(dir: string, handlers: RecoveryHandlers, logger?: Logger): Promise<Recovered> {
  const started = performance.now()
  const snapshot = await loadNewestSnapshot(dir, logger)
  const base = snapshot?.seq ?? 0
  if (snapshot) handlers.onSnapshot(snapshot.data, snapshot.seq)
  const gaps = await readGaps(dir)
  const segments = await listSegments(dir)

  // Segments that end before the snapshot are not read at all.
  let first = 0
  while (first + 1 < segments.length && segments[first + 1]!.firstSeq <= base + 1) first++
  const replay = new Replay({ dir, gaps, base, handlers, firstSeq: segments[first]?.firstSeq ?? base + 1 })

  let truncated: RecoveryReport['truncated']
  // Each segment is opened and its first chunk read while the one before is decoded.
  let next = first < segments.length ? ahead(openSegment(segments[first]!.path)) : undefined
  try {
    for (let i = first; i < segments.length; i++) {
      const segment = segments[i]!
      const opened = next!
      next = i + 1 < segments.length ? ahead(openSegment(segments[i + 1]!.path)) : undefined
      replay.startSegment(segment)
      const end = await readSegment(segment.path, (frame, offset) => replay.frame(frame, offset), { opened })
      replay.flush()
      if (end.status === 'clean') continue
      if (i < segments.length - 1)
        throw new JournalCorruptError(segment.path, end.offset, `${end.reason} in a segment that is not the last`, dir)
      // Nothing is cut when the damaged record is one the snapshot holds: it had been synced, so it is no torn write.
      refuseBeforeSnapshot(segment.path, end.offset, replay.prev, base, gaps, dir, end.reason)
      truncated = await cutTail(segment, end, replay.prev, dir, logger)
      segment.size = truncated.offset
    }
  } finally {
    await discardSegment(next)
  }
  const last = segments.at(-1)
  if (last) refuseBeforeSnapshot(last.path, last.size, replay.prev, base, gaps, dir)
  if (segments.at(-1)?.size === 0) {
    await unlinkDurably(segments.at(-1)!.path)
    segments.pop()
  }
  // The writer appends to the last segment; a merged one is named for its range, so appends start a new one.
  const lastFile = segments.at(-1)
  const tail =
    lastFile && lastFile.lastSeq === undefined
      ? { path: lastFile.path, day: lastFile.day, size: lastFile.size }
      : undefined
  if (replay.prev < base)
    logger?.warn(
      { snapshotSeq: base, lastRecord: replay.prev },
      'the log ends before the snapshot across a gap salvage listed; continuing after the snapshot',
    )
  const lastSeq = Math.max(replay.prev, base)
  const report: RecoveryReport = {
    snapshotSeq: base,
    records: replay.count,
    lastSeq,
    ms: Math.round(performance.now() - started),
  }
  if (truncated) report.truncated = truncated
  return tail ? { report, tail } : { report }
}

interface ReplayOptions {
  dir: string
  gaps: Gap[]
  /** The snapshot's seq, or 0 without one. */
  base: number
  handlers: RecoveryHandlers
  /** The first seq of the first segment read. */
  firstSeq: number
}

/** Seq continuity and delivery; one instance per recovery. */
class Replay {
  count = 0
  private readonly dir: string
  private readonly gaps: Gap[]
  private readonly base: number
  private readonly handlers: RecoveryHandlers
  /** The seq of the last record seen (or the one before the first). */
  public prev: number
  private segment?: Segment
  private firstInSegment = true
  private readonly batch: RecordBatch

  constructor({ dir, gaps, base, handlers, firstSeq }: ReplayOptions) {
    this.dir = dir
    this.gaps = gaps
    this.base = base
    this.handlers = handlers
    this.prev = Math.min(base, firstSeq - 1)
    this.batch = new RecordBatch(
      (record, seq) => {
        this.count++
        this.handlers.onRecord(record, seq)
      },
      (at, reason) => new JournalCorruptError(this.segment!.path, at.offset, reason, this.dir),
    )
  }

  startSegment(segment: Segment): void {
    this.segment = segment
    this.firstInSegment = true
  }

  frame(frame: Frame, offset: number): void {
    const file = this.segment!.path
    if (this.firstInSegment && frame.seq !== this.segment!.firstSeq) {
      throw new JournalCorruptError(
        file,
        offset,
        `segment named for seq ${this.segment!.firstSeq} starts with seq ${frame.seq}`,
        this.dir,
      )
    }
    this.firstInSegment = false
    const expected = this.prev + 1
    if (frame.seq !== expected && !(frame.seq > expected && isKnownGap(this.gaps, expected, frame.seq - 1))) {
      const detail =
        frame.seq > expected
          ? `records ${expected}..${frame.seq - 1} are missing`
          : `seq ${frame.seq} repeats or goes back (expected ${expected})`
      throw new JournalCorruptError(file, offset, detail, this.dir)
    }
    this.prev = frame.seq
    if (frame.seq > this.base) this.batch.add(frame, offset)
  }

  /** Delivers the records read so far; called at the end of each segment, before its file is left. */
  flush(): void {
    this.batch.flush()
  }
}

/**
 * A snapshot is written only after every record up to its seq was synced
 * (hub.ts), so a log that ends before the snapshot's seq lost records that
 * had been acknowledged: that is damage, not a torn tail. Starting on would
 * write new records after the hole; the next start would refuse them, and a
 * report would miss tickets the hub holds. Salvage lists the hole as a gap
 * (and restores what the snapshot holds for the reports); then this passes.
 */
function refuseBeforeSnapshot(
  file: string,
  offset: number,
  prev: number,
  base: number,
  gaps: Gap[],
  dir: string,
  reason?: string,
): void {
  if (prev >= base || isKnownGap(gaps, prev + 1, base)) return
  const where = reason ? `${reason} at seq ${prev + 1}` : `the log ends at seq ${prev}`
  throw new JournalCorruptError(
    file,
    offset,
    `records ${prev + 1}..${base} are missing (${where}) though the newest snapshot holds them up to seq ${base}: they had been synced, so this is not a torn write`,
    dir,
  )
}

/** Cuts the damaged tail of the last segment, or throws if the damage is not at the tail. */
async function cutTail(
  segment: Segment,
  end: SegmentEnd,
  prev: number,
  dir: string,
  logger?: Logger,
): Promise<NonNullable<RecoveryReport['truncated']>> {
  const damagedSeq = prev + 1
  const after = findFrames(await readFrom(segment.path, end.offset), end.offset)
  // A later unit began after the damaged record, so the damaged one had been synced.
  const later = after.find(({ frame }) => frame.seq > prev && frame.seq - frame.unitIndex > damagedSeq)
  if (later) {
    throw new JournalCorruptError(
      segment.path,
      end.offset,
      `${end.reason}; a valid record (seq ${later.frame.seq}) follows at offset ${later.offset}`,
      dir,
    )
  }
  const bytes = end.size - end.offset
  const handle = await open(segment.path, 'r+')
  try {
    await handle.truncate(end.offset)
    await handle.sync()
  } finally {
    await handle.close()
  }
  logger?.warn(
    { file: segment.path, offset: end.offset, bytes, reason: end.reason },
    'journal tail torn by an interrupted write; cut',
  )
  return { file: segment.path, offset: end.offset, bytes }
}
