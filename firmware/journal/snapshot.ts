/**
 * Snapshots: the whole state at a seq, so recovery replays only what came
 * after. `<dir>/snapshots/<seq:16>.snap` holds one frame (seq = the state's
 * seq) whose payload is the JSON. Written temp → fsync → rename → fsync(dir).
 */
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Logger } from 'pino'
import { ensureDir, writeFileDurably } from './durable-fs.ts'
import { jsonChunks, type JsonChunks } from './json-chunks.ts'
import { decodeFrame, frameHeader, payloadText } from './record.ts'
import { ifMissing, seqName } from './segments.ts'

export interface SnapshotFile {
  seq: number
  path: string
}

const NAME = /^(\d{16})\.snap$/

export function snapshotsDir(dir: string): string {
  return join(dir, 'snapshots')
}

/**
 * The snapshot's payload: `data` as JSON, encoded now. The caller encodes at
 * the moment the state is at the snapshot's seq, since the state moves on
 * while the file is written.
 */
export function encodeSnapshot(data: unknown): JsonChunks {
  const encoded = jsonChunks(data)
  if (!encoded || encoded.bytes === 0) throw new TypeError('snapshot data must be a value JSON can hold')
  return encoded
}

export async function writeSnapshot(dir: string, seq: number, payload: JsonChunks): Promise<void> {
  await ensureDir(snapshotsDir(dir))
  const header = frameHeader(seq, payload.chunks)
  await writeFileDurably(join(snapshotsDir(dir), `${seqName(seq)}.snap`), [header, ...payload.chunks])
}

/** Newest first. */
export async function listSnapshots(dir: string): Promise<SnapshotFile[]> {
  const names = await readdir(snapshotsDir(dir)).catch(ifMissing([] as string[]))
  const files: SnapshotFile[] = []
  for (const name of names) {
    const match = NAME.exec(name)
    if (match) files.push({ seq: Number(match[1]), path: join(snapshotsDir(dir), name) })
  }
  return files.sort((a, b) => b.seq - a.seq)
}

/** The snapshot's data, or why it does not verify. */
export async function readSnapshot(
  file: SnapshotFile,
): Promise<{ ok: true; data: unknown } | { ok: false; reason: string }> {
  const bytes = await readFile(file.path)
  const decoded = decodeFrame(bytes, 0)
  if (decoded.kind !== 'frame')
    return { ok: false, reason: decoded.kind === 'bad' ? decoded.reason : 'file is cut short' }
  if (decoded.size !== bytes.length) return { ok: false, reason: 'bytes after the frame' }
  if (decoded.frame.seq !== file.seq) return { ok: false, reason: `holds seq ${decoded.frame.seq}, not ${file.seq}` }
  try {
    return { ok: true, data: JSON.parse(payloadText(decoded.frame)) }
  } catch (err) {
    return { ok: false, reason: `not JSON: ${(err as Error).message}` }
  }
}

/** The newest snapshot that verifies; older ones are the fallback when it does not. */
export async function loadNewestSnapshot(
  dir: string,
  logger?: Logger,
): Promise<{ seq: number; data: unknown } | undefined> {
  for (const file of await listSnapshots(dir)) {
    const read = await readSnapshot(file)
    if (read.ok) return { seq: file.seq, data: read.data }
    logger?.warn({ file: file.path, reason: read.reason }, 'snapshot does not verify; falling back to an older one')
  }
  return undefined
}
