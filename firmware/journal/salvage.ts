/**
 * `qms journal salvage`: makes a journal that refused to open openable
 * again, keeping every record that verifies.
 *
 * 1. Every file it will change is first copied to `<dir>/salvage-<time>/`.
 * 2. Each segment is scanned; bytes that are not a valid frame in seq order
 *    are cut out, and a segment that lost bytes is rewritten durably (named
 *    for its new first seq; deleted if nothing in it verifies).
 * 3. Every jump in seq left behind is written to `<dir>/gaps`, the list
 *    recovery accepts as known losses.
 * 4. When the log ends before the newest snapshot (records it holds were
 *    lost), that range is a gap too, and `restore` (the hub's: what the
 *    snapshot holds that the kept records do not) may fill its first seq
 *    with one record, so the reports still count it. Recovery starts from
 *    that snapshot and numbers on after it: nothing it holds is lost and no
 *    number is given twice.
 * The report names each cut: file, byte offset, length, the seqs lost, and the
 * records whose payload still reads in the cut bytes (unchecked: their CRC failed).
 */
import { copyFile, mkdir, unlink } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { Logger } from 'pino'
import { readDay } from './day-reader.ts'
import { ensureDir, fsyncDir, writeFileDurably } from './durable-fs.ts'
import { gapsPath, isKnownGap, readGaps, writeGaps, type Gap } from './gaps.ts'
import { decodeFrame, encodeFrame, HEADER_BYTES } from './record.ts'
import { readFrom } from './segment-reader.ts'
import { mergedSegmentPath, scanSegments, segmentPath, type Segment } from './segments.ts'
import { loadNewestSnapshot } from './snapshot.ts'

export interface LostBytes {
  file: string
  offset: number
  bytes: number
  /** The seqs that lie in the cut, when records on both sides tell them; `seqTo` absent at the very end. */
  seqFrom?: number
  seqTo?: number
  /** Frames in the cut whose payload still parses as JSON: unchecked, the seq is what their header claims. */
  readable?: Array<{ seq: number; record: unknown }>
}

export interface SalvageReport {
  /** Where the original files were copied before anything changed. */
  backup: string
  segments: number
  recordsKept: number
  lost: LostBytes[]
  /** Seq ranges newly accepted as lost. */
  gaps: Gap[]
  /** Segments deleted because they were leftovers of a cut-short compaction. */
  leftoversRemoved: string[]
  /** The log ended before the newest snapshot: the record written at `seq` from what that snapshot holds. */
  restored?: { seq: number; snapshot: number; day: string; events: number }
}

/**
 * Builds the record that stands for lost seqs `from..to` from the snapshot
 * at `snapshotSeq` (which holds their effect); undefined: nothing to restore.
 * `readDay` reads the kept records of a day.
 */
export type Restore = (lost: {
  data: unknown
  snapshotSeq: number
  from: number
  to: number
  readDay: (day: string, onRecord: (record: unknown, seq: number) => void) => Promise<void>
}) => Promise<{ record: { ev: unknown[] }; day: string } | undefined>

export async function salvage(dir: string, logger?: Logger, restore?: Restore): Promise<SalvageReport> {
  const backup = join(dir, `salvage-${new Date().toISOString().replace(/[:.]/g, '-')}`)
  await mkdir(backup, { recursive: true })
  const save = (file: string) => copyFile(file, join(backup, relative(dir, file).replaceAll('/', '__')))
  const { live, superseded } = await scanSegments(dir)
  for (const leftover of superseded) {
    await save(leftover.path)
    await unlink(leftover.path)
  }
  let known: Gap[] = []
  try {
    known = await readGaps(dir)
  } catch (err) {
    logger?.warn({ err }, 'gap list does not verify; rebuilding it')
    await save(gapsPath(dir))
  }

  const snapshot = await loadNewestSnapshot(dir, logger)
  const base = snapshot?.seq ?? 0
  const cursor = new Cursor(
    live.length > 0 ? Math.min(base, live[0]!.firstSeq - 1) : base,
    known,
    new Date().toISOString(),
  )
  for (const segment of live) {
    const kept = cursor.scan(segment.path, await readFrom(segment.path, 0))
    if (kept.changed) await rewrite(dir, segment, kept.frames, save)
  }
  let restored: SalvageReport['restored']
  if (snapshot && cursor.last < base && !isKnownGap(known, cursor.last + 1, base)) {
    restored = await restoreTail(dir, snapshot, cursor, restore)
  }
  if (cursor.gaps.length > 0) {
    if (known.length > 0) await save(gapsPath(dir))
    await writeGaps(dir, [...known, ...cursor.gaps])
  }
  const report: SalvageReport = {
    backup,
    segments: live.length,
    recordsKept: cursor.kept,
    lost: cursor.lost,
    gaps: cursor.gaps,
    leftoversRemoved: superseded.map((s) => s.path),
    ...(restored ? { restored } : {}),
  }
  logger?.warn(
    { ...report },
    report.lost.length > 0 ? 'journal salvaged: damaged bytes cut out' : 'journal salvage found nothing damaged',
  )
  return report
}

/**
 * The log ends at `cursor.last`, before the snapshot at `base`: seqs
 * last+1..base are lost but their effect is in the snapshot. The first of
 * them is filled with the restored record (in a segment of its own, named for
 * it), the rest become a gap.
 */
async function restoreTail(
  dir: string,
  snapshot: { seq: number; data: unknown },
  cursor: Cursor,
  restore?: Restore,
): Promise<SalvageReport['restored']> {
  const from = cursor.last + 1
  const built = await restore?.({
    data: snapshot.data,
    snapshotSeq: snapshot.seq,
    from,
    to: snapshot.seq,
    readDay: (day, onRecord) => readDay(dir, day, onRecord),
  })
  if (built) {
    await ensureDir(join(dir, built.day))
    await writeFileDurably(
      segmentPath(dir, built.day, from),
      encodeFrame(from, Buffer.from(JSON.stringify(built.record))),
    )
    cursor.restored(from)
  }
  cursor.gapTo(snapshot.seq)
  return built ? { seq: from, snapshot: snapshot.seq, day: built.day, events: built.record.ev.length } : undefined
}

interface KeptFrame {
  seq: number
  bytes: Buffer
}

/** Walks every segment in order, keeping each frame that verifies and continues the seq order. */
class Cursor {
  kept = 0
  readonly lost: LostBytes[] = []
  readonly gaps: Gap[] = []
  /** Cuts whose lost seqs end where the next kept record begins. */
  private open: LostBytes[] = []

  constructor(
    public last: number,
    private readonly known: Gap[],
    private readonly at: string,
  ) {}

  scan(file: string, buf: Buffer): { frames: KeptFrame[]; changed: boolean } {
    const frames: KeptFrame[] = []
    let changed = false
    let cutStart = -1
    const closeCut = (end: number) => {
      if (cutStart < 0) return
      const cut: LostBytes = { file, offset: cutStart, bytes: end - cutStart, seqFrom: this.last + 1 }
      const readable = readableIn(buf, cutStart, end)
      if (readable.length > 0) cut.readable = readable
      this.lost.push(cut)
      this.open.push(cut)
      cutStart = -1
      changed = true
    }
    let pos = 0
    while (pos < buf.length) {
      const decoded = decodeFrame(buf, pos)
      if (decoded.kind === 'frame' && decoded.frame.seq > this.last) {
        closeCut(pos)
        this.keep(decoded.frame.seq)
        frames.push({ seq: decoded.frame.seq, bytes: buf.subarray(pos, pos + decoded.size) })
        pos += decoded.size
      } else {
        if (cutStart < 0) cutStart = pos
        pos += 1
      }
    }
    closeCut(buf.length)
    return { frames, changed }
  }

  /** A record written for `seq`, right after the last kept one. */
  restored(seq: number): void {
    this.last = seq
  }

  /** Seqs after the last kept one up to `seq` are lost: a gap. */
  gapTo(seq: number): void {
    if (seq > this.last) this.gaps.push({ from: this.last + 1, to: seq, at: this.at })
    this.last = seq
  }

  private keep(seq: number): void {
    const from = this.last + 1
    if (seq > from && !isKnownGap(this.known, from, seq - 1)) this.gaps.push({ from, to: seq - 1, at: this.at })
    for (const cut of this.open) {
      // A cut between two consecutive seqs lost bytes but no record.
      if (seq - 1 >= cut.seqFrom!) cut.seqTo = seq - 1
      else delete cut.seqFrom
    }
    this.open = []
    this.kept++
    this.last = seq
  }
}

/**
 * What still reads in damaged bytes `from..to`: wherever a header's length fits
 * the cut and the payload it announces parses as a JSON object, that record
 * (a frame whose CRC or header alone was hit keeps a readable payload).
 */
function readableIn(buf: Buffer, from: number, to: number): Array<{ seq: number; record: unknown }> {
  const found: Array<{ seq: number; record: unknown }> = []
  let pos = from
  while (pos + HEADER_BYTES < to) {
    const length = buf.readUInt32LE(pos + 8)
    const start = pos + HEADER_BYTES
    if (length > 1 && start + length <= to && buf[start] === 0x7b) {
      try {
        found.push({
          seq: buf.readUIntLE(pos + 12, 6),
          record: JSON.parse(buf.toString('utf8', start, start + length)),
        })
        pos = start + length
        continue
      } catch {
        // Not a payload: look one byte on.
      }
    }
    pos += 1
  }
  return found
}

/** Replaces the segment by its kept frames, named for its new first seq; deleted when none is left. */
async function rewrite(
  dir: string,
  segment: Segment,
  frames: KeptFrame[],
  save: (file: string) => Promise<void>,
): Promise<void> {
  await save(segment.path)
  const first = frames[0]
  if (first) {
    const firstSeq = first.seq
    const lastSeq = frames.at(-1)!.seq
    const target =
      segment.lastSeq !== undefined
        ? mergedSegmentPath(dir, segment.day, firstSeq, lastSeq)
        : segmentPath(dir, segment.day, firstSeq)
    await writeFileDurably(target, Buffer.concat(frames.map((f) => f.bytes)))
    if (target === segment.path) return
  }
  await unlink(segment.path)
  await fsyncDir(join(dir, segment.day))
}
