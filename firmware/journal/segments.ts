/**
 * Segment naming and listing.
 *
 *   <dir>/<YYYY-MM-DD>/<firstSeq:16 digits>.seg               appended to
 *   <dir>/<YYYY-MM-DD>/<firstSeq:16>-<lastSeq:16>.seg          a closed day merged by compaction
 *
 * Every record lives in the folder of its business day. Order is by seq
 * across all folders, never by folder name, so a clock set back cannot
 * reorder the log. A plain segment whose first seq lies inside a merged
 * segment's range is a leftover of a compaction cut short and is ignored.
 */
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

export interface Segment {
  day: string
  path: string
  firstSeq: number
  /** Known from the name for merged segments only. */
  lastSeq?: number
  /** File size when listed. */
  size: number
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
const PLAIN = /^(\d{16})\.seg$/
const MERGED = /^(\d{16})-(\d{16})\.seg$/

export function isDay(name: string): boolean {
  return DAY.test(name) && !Number.isNaN(Date.parse(`${name}T00:00:00Z`))
}

export function seqName(seq: number): string {
  return String(seq).padStart(16, '0')
}

export function segmentPath(dir: string, day: string, firstSeq: number): string {
  return join(dir, day, `${seqName(firstSeq)}.seg`)
}

export function mergedSegmentPath(dir: string, day: string, firstSeq: number, lastSeq: number): string {
  return join(dir, day, `${seqName(firstSeq)}-${seqName(lastSeq)}.seg`)
}

export async function listDays(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(ifMissing([] as string[]))
  return names.filter(isDay).sort()
}

/** Segments of every day (or of the given days), in seq order, without superseded leftovers. */
export async function listSegments(dir: string, days?: string[]): Promise<Segment[]> {
  return (await scanSegments(dir, days)).live
}

/** Live segments in seq order, and plain segments a merged one already holds (left by a cut-short compaction). */
export async function scanSegments(dir: string, days?: string[]): Promise<{ live: Segment[]; superseded: Segment[] }> {
  const all: Segment[] = []
  for (const day of days ?? (await listDays(dir))) {
    for (const name of await readdir(join(dir, day)).catch(ifMissing([] as string[]))) {
      const merged = MERGED.exec(name)
      const plain = PLAIN.exec(name)
      if (!merged && !plain) continue
      const path = join(dir, day, name)
      const { size } = await stat(path)
      if (merged) all.push({ day, path, firstSeq: Number(merged[1]), lastSeq: Number(merged[2]), size })
      else all.push({ day, path, firstSeq: Number(plain![1]), size })
    }
  }
  const ranges = all.filter((s) => s.lastSeq !== undefined)
  // A plain segment starting inside a merged range was merged into it; a merged range inside a wider one was re-merged.
  const within = (s: Segment, r: Segment) =>
    r !== s && s.firstSeq >= r.firstSeq && (s.lastSeq ?? s.firstSeq) <= r.lastSeq!
  const isSuperseded = (s: Segment) => ranges.some((r) => within(s, r))
  const bySeq = (a: Segment, b: Segment) => a.firstSeq - b.firstSeq
  return { live: all.filter((s) => !isSuperseded(s)).sort(bySeq), superseded: all.filter(isSuperseded).sort(bySeq) }
}

/** For `.catch`: a missing file or folder reads as `value`; any other error still throws. */
export function ifMissing<T>(value: T): (err: NodeJS.ErrnoException) => T {
  return (err) => {
    if (err.code === 'ENOENT') return value
    throw err
  }
}
