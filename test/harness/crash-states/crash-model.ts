/**
 * The crash states a trace allows, under a weak POSIX persistence model
 * (the one ALICE calls "no ordering" and CrashMonkey's weakest), chosen so
 * that code which is right under it is right on ext4 data=ordered, f2fs and
 * vfat alike — the SD card's file system is the site's choice:
 *
 * - A write or truncate of a file is durable once an fsync/fdatasync of that
 *   file has completed after it. A name (create, mkdir, symlink, link,
 *   unlink, rename) is durable once an fsync of its folder has completed
 *   after it (both folders for a rename). Nothing else orders anything.
 * - Until then each of them may or may not have reached the disk, in any
 *   combination: no ordering between two unsynced operations is assumed.
 *   Writes are split at 4 KiB page boundaries, and each page is its own
 *   operation (a torn multi-page write). A rename is atomic: the new name
 *   or the old one, never neither or both (ext4, f2fs and vfat journal it).
 * - A name whose folder does not exist in a crash state is not there.
 *
 * Subsets of the n unsynced operations at a crash point: all of them when
 * n ≤ ALL_SUBSETS_UP_TO; beyond that, none, all, each one alone dropped,
 * each one alone kept, every prefix and every suffix in trace order, and
 * RANDOM_SUBSETS seeded random ones.
 */
import { createHash } from 'node:crypto'
import { moveNames, type Entry, type Op, type Trace, type Tree } from './fs-ops.ts'

export const ALL_SUBSETS_UP_TO = 6
export const RANDOM_SUBSETS = 16
const PAGE = 4096

export type Mutation = Exclude<Op, { t: 'sync' } | { t: 'ack' }>

/** The operations that change the folder (not syncs, not answers). */
export function mutationsOf(ops: Op[]): Mutation[] {
  return ops.filter((op): op is Mutation => op.t !== 'sync' && op.t !== 'ack')
}

export interface CrashState {
  /** The folder's content after the crash. */
  tree: Tree
  /** Requests answered before the crash: recovery must keep their effect. */
  acked: Set<string>
  /** The trace position of the latest crash point that gives this state. */
  at: number
  /** How many unsynced operations this state drops. */
  dropped: number
}

/** Each write cut at page boundaries: pages of one write reach the disk independently. */
export function pageOps(ops: Op[]): Op[] {
  return ops.flatMap((op) => {
    if (op.t !== 'write') return [op]
    const pieces: Op[] = []
    for (let from = op.offset; from < op.offset + op.bytes.length; ) {
      const to = Math.min(op.offset + op.bytes.length, (Math.floor(from / PAGE) + 1) * PAGE)
      pieces.push({ ...op, offset: from, bytes: op.bytes.subarray(from - op.offset, to - op.offset) })
      from = to
    }
    return pieces.length > 0 ? pieces : [op]
  })
}

/** Is `op` made durable by a sync in `ops` that completed at or before `crashAt`? */
function durable(op: Mutation, syncs: Map<number, number[]>, crashAt: number): boolean {
  const syncedAfter = (ino: number) => (syncs.get(ino) ?? []).some((at) => at > op.at && at <= crashAt)
  if (op.t === 'write' || op.t === 'truncate') return syncedAfter(op.ino)
  return op.dirs.every(syncedAfter)
}

/** The subsets of `n` unsynced operations that are tried, as keep-masks. */
export function subsets(n: number, random: () => number): boolean[][] {
  if (n <= ALL_SUBSETS_UP_TO)
    return Array.from({ length: 2 ** n }, (_, m) => Array.from({ length: n }, (_, i) => ((m >> i) & 1) === 1))
  const masks: boolean[][] = [Array(n).fill(false), Array(n).fill(true)]
  for (let i = 0; i < n; i++) {
    masks.push(Array.from({ length: n }, (_, j) => j !== i))
    masks.push(Array.from({ length: n }, (_, j) => j === i))
    masks.push(Array.from({ length: n }, (_, j) => j < i))
    masks.push(Array.from({ length: n }, (_, j) => j > i))
  }
  for (let r = 0; r < RANDOM_SUBSETS; r++) masks.push(Array.from({ length: n }, () => random() < 0.5))
  return masks
}

/** A small seeded generator (mulberry32), so a failing state can be found again. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The folder after applying `ops` (a subset, in trace order) to the trace's starting content. */
export function materialise(trace: Trace, ops: Mutation[]): Tree {
  const names = new Map(trace.startInodes)
  // Files grow by doubling, so a state of a hundred appends copies a segment a few times, not a hundred.
  const data = new Map<number, { buf: Buffer; len: number }>()
  for (const [path, ino] of trace.startInodes) {
    const entry = trace.start.get(path)!
    if (entry.type === 'file') data.set(ino, { buf: Buffer.from(entry.bytes), len: entry.bytes.length })
  }
  const sized = (ino: number, len: number) => {
    const file = data.get(ino) ?? { buf: Buffer.alloc(0), len: 0 }
    if (len > file.buf.length) {
      const buf = Buffer.alloc(Math.max(len, file.buf.length * 2))
      file.buf.copy(buf, 0, 0, file.len)
      file.buf = buf
    } else if (len > file.len) file.buf.fill(0, file.len, len)
    file.len = len
    data.set(ino, file)
    return file
  }
  const exists = (path: string) => !path.includes('/') || names.has(path.slice(0, path.lastIndexOf('/')))
  for (const op of ops) {
    if (op.t === 'write') {
      const file = sized(op.ino, Math.max(data.get(op.ino)?.len ?? 0, op.offset + op.bytes.length))
      op.bytes.copy(file.buf, op.offset)
    } else if (op.t === 'truncate') {
      sized(op.ino, op.size)
    } else if (op.t === 'name') {
      if (exists(op.path) && !names.has(op.path)) names.set(op.path, op.ino)
    } else if (op.t === 'unname') {
      for (const key of [...names.keys()]) if (key === op.path || key.startsWith(`${op.path}/`)) names.delete(key)
    } else if (names.has(op.from) && exists(op.to)) moveNames(names, op.from, op.to)
  }
  const tree: Tree = new Map()
  for (const [path, ino] of [...names].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const inode = trace.inodes.get(ino)!
    const file = data.get(ino)
    const entry: Entry =
      inode.type === 'file' ? { type: 'file', bytes: file ? file.buf.subarray(0, file.len) : Buffer.alloc(0) } : inode
    tree.set(path, entry)
  }
  return tree
}

export function treeHash(tree: Tree): string {
  const hash = createHash('sha1')
  for (const [path, entry] of tree) {
    hash.update(`${path}\0${entry.type}\0`)
    if (entry.type === 'file') hash.update(entry.bytes)
    if (entry.type === 'symlink') hash.update(entry.target)
    hash.update('\0')
  }
  return hash.digest('hex')
}

export interface Enumeration {
  states: CrashState[]
  /** Crash points (after each operation of the trace, and before the first). */
  points: number
  /** (point, subset) pairs tried, before identical states were merged. */
  tried: number
}

/**
 * Every crash point, every subset tried there, merged by content: a state
 * reached from several crash points must hold the answers of the latest.
 */
export function enumerateCrashStates(trace: Trace, options: { seed?: number; points?: number } = {}): Enumeration {
  const ops = pageOps(trace.ops)
  const syncs = new Map<number, number[]>()
  for (const op of ops) if (op.t === 'sync') syncs.set(op.ino, [...(syncs.get(op.ino) ?? []), op.at])
  const random = seeded(options.seed ?? 14)
  const byHash = new Map<string, CrashState>()
  const every = [-1, ...new Set(ops.map((op) => op.at))]
  // `points` (a bound for a quick look) keeps that many, evenly spread, the last one always.
  const step = options.points === undefined ? 1 : Math.max(1, every.length / options.points)
  const points =
    step === 1
      ? every
      : [
          ...new Set(
            Array.from(
              { length: options.points! },
              (_, i) => every[Math.min(every.length - 1, Math.round((i + 1) * step) - 1)]!,
            ),
          ),
        ]
  let tried = 0
  for (const crashAt of points) {
    const before = ops.filter((op) => op.at <= crashAt)
    const acked = new Set(before.flatMap((op) => (op.t === 'ack' ? [op.req] : [])))
    const mutations = mutationsOf(before)
    const unsynced = mutations.filter((op) => !durable(op, syncs, crashAt))
    const seen = new Set<string>()
    for (const keep of subsets(unsynced.length, random)) {
      const key = keep.map((k) => (k ? '1' : '0')).join('')
      if (seen.has(key)) continue
      seen.add(key)
      tried += 1
      const kept = new Set(unsynced.filter((_, i) => keep[i]))
      const tree = materialise(
        trace,
        mutations.filter((op) => !unsynced.includes(op) || kept.has(op)),
      )
      const hash = treeHash(tree)
      const dropped = unsynced.length - kept.size
      const known = byHash.get(hash)
      if (!known || known.at < crashAt)
        byHash.set(hash, { tree, acked, at: crashAt, dropped: Math.max(dropped, known?.dropped ?? 0) })
    }
  }
  return { states: [...byHash.values()], points: points.length, tried }
}
