/**
 * Seq ranges that `salvage` cut out of the journal. Recovery accepts a jump
 * in seq only across a range listed here; anywhere else a jump is damage.
 * Stored as one frame (seq 0) holding a JSON array, written durably.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurably } from './durable-fs.ts'
import { JournalCorruptError } from './errors.ts'
import { decodeFrame, encodeFrame, payloadText } from './record.ts'
import { ifMissing } from './segments.ts'

export interface Gap {
  /** First and last seq that are lost, inclusive. */
  from: number
  to: number
  /** When salvage cut them, ISO time. */
  at: string
}

export function gapsPath(dir: string): string {
  return join(dir, 'gaps')
}

export async function readGaps(dir: string): Promise<Gap[]> {
  const path = gapsPath(dir)
  const bytes = await readFile(path).catch(ifMissing(undefined))
  if (bytes === undefined) return []
  const decoded = decodeFrame(bytes, 0)
  if (decoded.kind !== 'frame' || decoded.size !== bytes.length)
    throw new JournalCorruptError(path, 0, 'the list of salvaged gaps does not verify')
  return JSON.parse(payloadText(decoded.frame)) as Gap[]
}

export async function writeGaps(dir: string, gaps: Gap[]): Promise<void> {
  await writeFileDurably(gapsPath(dir), encodeFrame(0, Buffer.from(JSON.stringify(gaps))))
}

/** Whether the seqs `from..to` (inclusive) were all cut by salvage. */
export function isKnownGap(gaps: Gap[], from: number, to: number): boolean {
  return gaps.some((g) => g.from <= from && g.to >= to)
}
