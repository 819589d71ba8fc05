/**
 * Reads a segment file in big chunks and decodes it synchronously: one
 * await per chunk, none per record (recovery of a million records is bound
 * by CRC and JSON.parse, not by the event loop). The next chunk's read is
 * on its way (in libuv's thread pool) while this one is decoded, and a
 * caller reading many segments opens the next with `openSegment` before
 * decoding this one: a day's segment is one chunk, and waiting for each
 * open, read and close in turn left a third of a year's recovery idle.
 */
import { open, type FileHandle } from 'node:fs/promises'
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

/** A segment opened for reading, its first chunk already asked for. */
export interface OpenedSegment {
  handle: FileHandle
  /** The size when it was opened: what is read. */
  size: number
  first: Promise<Buffer>
}

export async function openSegment(path: string, chunkBytes = CHUNK_BYTES): Promise<OpenedSegment> {
  const handle = await open(path, 'r')
  try {
    const { size } = await handle.stat()
    return { handle, size, first: ahead(readChunk(handle, 0, Math.min(size, chunkBytes))) }
  } catch (err) {
    await handle.close()
    throw err
  }
}

/**
 * Closes a segment opened ahead that will not be read after all. Its own
 * open or read errors are not reported: the caller is leaving because of an
 * earlier error (the one it throws) or the end of the log, and nothing of
 * this segment was used.
 */
export async function discardSegment(opened: Promise<OpenedSegment> | undefined): Promise<void> {
  const segment = await opened?.catch(() => undefined)
  if (!segment) return
  await segment.first.catch(() => undefined)
  await segment.handle.close()
}

/**
 * A promise awaited later, not now: marked as handled so that a failure in
 * the meantime is not an unhandled rejection; awaiting it still throws.
 */
export function ahead<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined)
  return promise
}

async function readChunk(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const chunk = Buffer.allocUnsafe(length)
  let done = 0
  while (done < length) {
    const { bytesRead } = await handle.read(chunk, done, length - done, position + done)
    if (bytesRead === 0) break
    done += bytesRead
  }
  return chunk.subarray(0, done)
}

export async function readSegment(
  path: string,
  onFrame: (frame: Frame, offset: number) => void,
  options: { chunkBytes?: number; opened?: Promise<OpenedSegment> } = {},
): Promise<SegmentEnd> {
  const chunkBytes = options.chunkBytes ?? CHUNK_BYTES
  const { handle, size, first } = await (options.opened ?? openSegment(path, chunkBytes))
  let next: Promise<Buffer> | undefined = first
  try {
    const decoder = new FrameDecoder()
    let position = 0
    while (next) {
      const chunk: Buffer = await next
      position += chunk.length
      // The next read runs while this chunk is decoded.
      next =
        chunk.length > 0 && position < size
          ? ahead(readChunk(handle, position, Math.min(size - position, chunkBytes)))
          : undefined
      if (!decoder.push(chunk, onFrame)) break
    }
    if (decoder.bad) return { size, offset: decoder.offset, status: 'bad', reason: decoder.bad.reason }
    if (decoder.pending > 0 || decoder.offset < size)
      return { size, offset: decoder.offset, status: 'short', reason: 'record runs past the end of the file' }
    return { size, offset: decoder.offset, status: 'clean' }
  } finally {
    // A read still under way (the decoder stopped, or onFrame threw) ends before its file is closed;
    // its bytes and any error of its own are not needed: what stopped the reading is returned or thrown.
    await next?.catch(() => undefined)
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
