/**
 * Compaction, once a business day: a closed day's segments become one file,
 * days past retention are deleted, snapshots beyond the newest two that
 * verify are deleted. Never touches the day being appended to.
 *
 * A merge writes `<first>-<last>.seg` (temp → fsync → rename → fsync dir)
 * before deleting the day's plain segments; if power is cut in between, the
 * leftovers are superseded by the merged name and deleted next time.
 */
import { open, readdir, rename, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { Logger } from 'pino'
import { fsyncDir, removeDirDurably, writeAll } from './durable-fs.ts'
import { FrameDecoder } from './record.ts'
import { readFrom } from './segment-reader.ts'
import { mergedSegmentPath, scanSegments, type Segment } from './segments.ts'
import { listSnapshots, readSnapshot } from './snapshot.ts'

export interface CompactReport {
  mergedDays: string[]
  deletedDays: string[]
  deletedSnapshots: number
  ms: number
}

export interface CompactOptions {
  /** Days older than `today` minus this many days are deleted. */
  retentionDays: number
  /** The business day now (YYYY-MM-DD); it and later days are open. */
  today: string
  /** The day the writer appends to, never compacted. */
  openDay?: string | undefined
}

const KEEP_SNAPSHOTS = 2

export async function compact(dir: string, options: CompactOptions, logger?: Logger): Promise<CompactReport> {
  const started = performance.now()
  const { kept, deleted } = await pruneSnapshots(dir)
  // Records up to the oldest kept snapshot can be dropped: both kept snapshots still replay.
  const coveredSeq = kept.length === KEEP_SNAPSHOTS ? kept[KEEP_SNAPSHOTS - 1]! : (kept[0] ?? 0)
  const { live, superseded } = await scanSegments(dir)
  await removeLeftovers(superseded)

  const cutoff = dayMinus(options.today, options.retentionDays)
  const closed = (day: string) => day < options.today && day !== options.openDay
  const deletedDays: string[] = []
  const mergedDays: string[] = []
  for (const day of [...new Set(live.map((s) => s.day))].sort()) {
    if (!closed(day)) continue
    const index = live.flatMap((s, i) => (s.day === day ? [i] : []))
    const endSeq = live[index.at(-1)! + 1]?.firstSeq
    if (day < cutoff) {
      if (endSeq !== undefined && endSeq - 1 <= coveredSeq) {
        await removeDirDurably(join(dir, day))
        deletedDays.push(day)
        continue
      }
      logger?.warn({ day, coveredSeq }, 'day past retention kept: no snapshot covers it yet')
    }
    // A day whose segments are not consecutive in seq (the clock went back) is left as it is.
    const consecutive = index.every((v, k) => k === 0 || v === index[k - 1]! + 1)
    if (
      index.length > 1 &&
      consecutive &&
      (await merge(
        dir,
        day,
        index.map((i) => live[i]!),
        logger,
      ))
    )
      mergedDays.push(day)
  }
  const report = { mergedDays, deletedDays, deletedSnapshots: deleted, ms: Math.round(performance.now() - started) }
  logger?.info(report, 'journal compacted')
  return report
}

/** Keeps the newest snapshots that verify; returns their seqs, newest first. */
async function pruneSnapshots(dir: string): Promise<{ kept: number[]; deleted: number }> {
  const kept: number[] = []
  let deleted = 0
  for (const file of await listSnapshots(dir)) {
    if (kept.length < KEEP_SNAPSHOTS && (await readSnapshot(file)).ok) {
      kept.push(file.seq)
      continue
    }
    await unlink(file.path)
    deleted++
  }
  if (deleted > 0) await fsyncDir(join(dir, 'snapshots'))
  return { kept, deleted }
}

async function removeLeftovers(superseded: Segment[]): Promise<void> {
  for (const segment of superseded) await unlink(segment.path)
  for (const day of new Set(superseded.map((s) => join(s.path, '..')))) await fsyncDir(day)
}

/** Copies the day's verified frames into one merged file, then deletes the pieces. */
async function merge(dir: string, day: string, segments: Segment[], logger?: Logger): Promise<boolean> {
  const first = segments[0]!.firstSeq
  let last = first - 1
  const temp = join(dir, day, 'merge.tmp')
  const handle = await open(temp, 'w')
  let ok = true
  try {
    for (const segment of segments) {
      const bytes = await readFrom(segment.path, 0)
      const decoder = new FrameDecoder()
      decoder.push(bytes, (frame) => {
        if (frame.seq !== last + 1) ok = false
        last = frame.seq
      })
      if (decoder.bad || decoder.pending > 0 || !ok) {
        logger?.warn({ file: segment.path, offset: decoder.offset }, 'segment does not verify; day not merged')
        ok = false
        break
      }
      await writeAll(handle, bytes)
    }
    if (ok) await handle.sync()
  } finally {
    await handle.close()
  }
  if (!ok) {
    await unlink(temp)
    return false
  }
  await rename(temp, mergedSegmentPath(dir, day, first, last))
  await fsyncDir(join(dir, day))
  for (const segment of segments) await unlink(segment.path)
  await fsyncDir(join(dir, day))
  // Anything else left in the folder (a temp file from a cut-short merge) goes too.
  for (const name of await readdir(join(dir, day))) if (name.endsWith('.tmp')) await unlink(join(dir, day, name))
  return true
}

/** 'YYYY-MM-DD' minus n calendar days. */
export function dayMinus(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - n)
  return date.toISOString().slice(0, 10)
}
