/**
 * Reads a segment file in big chunks and decodes it synchronously: one
 * await per chunk, none per record (recovery of a million records is bound
 * by CRC and JSON.parse, not by the event loop).
 */
import { open } from 'node:fs/promises'
import { decodeFrame, FrameDecoder, type Frame } from './record.ts'

export const CHUNK_BYTES = 4 * 1024 * 1024

export interface SegmentEnd {
  /** File size as read. */
  size: number
  /** Offset just past the last whole, valid frame. */
  offset: number
  /** clean: the file ends on a frame boundary; short: a frame runs past the end; bad: a frame fails its checks. */
  status: 'clean' | 'short' | 'bad'
  reason?: string
}

export async function readSegment(path: string, onFrame: (frame: Frame, offset: number) => void, chunkBytes = CHUNK_BYTES): Promise<SegmentEnd> {
  const handle = await open(path, 'r')
  try {
    const decoder = new FrameDecoder()
    let position = 0
    for (;;) {
      const chunk = Buffer.allocUnsafe(chunkBytes)
      const { bytesRead } = await handle.read(chunk, 0, chunkBytes, position)
      if (bytesRead === 0) break
      position += bytesRead
      if (!decoder.push(chunk.subarray(0, bytesRead), onFrame)) break
    }
    const size = (await handle.stat()).size
    if (decoder.bad) return { size, offset: decoder.offset, status: 'bad', reason: decoder.bad.reason }
    if (decoder.pending > 0) return { size, offset: decoder.offset, status: 'short', reason: 'record runs past the end of the file' }
    return { size, offset: decoder.offset, status: 'clean' }
  } finally {
    await handle.close()
  }
}

export async function readFrom(path: string, offset: number): Promise<Buffer> {
  const handle = await open(path, 'r')
  try {
    const size = (await handle.stat()).size
    const out = Buffer.alloc(Math.max(0, size - offset))
    let done = 0
    while (done < out.length) {
      const { bytesRead } = await handle.read(out, done, out.length - done, offset + done)
      if (bytesRead === 0) break
      done += bytesRead
    }
    return out.subarray(0, done)
  } finally {
    await handle.close()
  }
}

export interface FoundFrame {
  frame: Frame
  offset: number
  size: number
}

/**
 * Every valid frame in `buf`, found by trying each byte offset after damage.
 * A false match needs a 32-bit header CRC to match by chance.
 */
export function findFrames(buf: Buffer, baseOffset: number): FoundFrame[] {
  const found: FoundFrame[] = []
  let at = 0
  while (at < buf.length) {
    const decoded = decodeFrame(buf, at)
    if (decoded.kind === 'frame') {
      found.push({ frame: decoded.frame, offset: baseOffset + at, size: decoded.size })
      at += decoded.size
    } else {
      at += 1
    }
  }
  return found
}
