/**
 * Journal record framing. Pure code: bytes in, frames out.
 *
 * One frame, little-endian:
 *
 *   0  u32  frame CRC-32C of bytes 4..end (header fields and payload)
 *   4  u32  header CRC-32C of bytes 8..24
 *   8  u32  payload length in bytes (at most MAX_PAYLOAD)
 *  12  u48  sequence number (1, 2, 3, ...)
 *  18  u8   format version (1)
 *  19  u8   reserved, 0
 *  20  u32  unit index: this frame's position in its write unit (0 = first)
 *  24  ...  payload: JSON, UTF-8
 *
 * A whole frame is checked by one CRC call. The header CRC is checked when
 * a frame claims more bytes than are there, so a damaged length is caught at
 * once instead of swallowing the frames after it as an apparently torn tail.
 * A write unit is the frames of one write + fdatasync; `seq - unitIndex` is
 * the seq its unit began with, which lets recovery tell a torn last write
 * from damage to a write that was already synced (see recovery.ts).
 */
import { crc32c } from './crc32c.ts'

export const HEADER_BYTES = 24
export const FORMAT_VERSION = 1
/** A ticket record is ~100-300 bytes; a snapshot of a busy day a few MiB. */
export const MAX_PAYLOAD = 256 * 1024 * 1024 - 1
/** Largest seq a u48 holds (and below 2^53, so it is exact in a JS number). */
export const MAX_SEQ = 2 ** 48 - 1

/** A decoded frame: its payload is `buf[start..end)`. */
export interface Frame {
  seq: number
  unitIndex: number
  buf: Buffer
  start: number
  end: number
}

export type Decoded =
  | { kind: 'frame'; frame: Frame; size: number }
  /** Not enough bytes yet for the header or for the payload it announces. */
  | { kind: 'short' }
  | { kind: 'bad'; reason: string }

export function frameSize(payloadBytes: number): number {
  return HEADER_BYTES + payloadBytes
}

export function payloadText(frame: Frame): string {
  return frame.buf.toString('utf8', frame.start, frame.end)
}

export function payloadBytes(frame: Frame): Buffer {
  return frame.buf.subarray(frame.start, frame.end)
}

/** Writes one frame into `target` at `at`; returns the offset after it. */
export function writeFrame(target: Buffer, at: number, seq: number, unitIndex: number, payload: Uint8Array): number {
  writeHeaderFields(target, at, seq, unitIndex, payload.length)
  target.set(payload, at + HEADER_BYTES)
  const end = at + HEADER_BYTES + payload.length
  target.writeUInt32LE(crc32c(target.subarray(at + 4, end)), at)
  return end
}

export function encodeFrame(seq: number, payload: Uint8Array, unitIndex = 0): Buffer {
  const out = Buffer.allocUnsafe(frameSize(payload.length))
  writeFrame(out, 0, seq, unitIndex, payload)
  return out
}

/**
 * The header of a frame whose payload is `chunks` one after the other, for
 * a payload too large to copy into one buffer: write the header, then the chunks.
 */
export function frameHeader(seq: number, chunks: Uint8Array[], unitIndex = 0): Buffer {
  const header = Buffer.allocUnsafe(HEADER_BYTES)
  writeHeaderFields(
    header,
    0,
    seq,
    unitIndex,
    chunks.reduce((n, c) => n + c.length, 0),
  )
  let crc = crc32c(header.subarray(4))
  for (const chunk of chunks) crc = crc32c(chunk, crc)
  header.writeUInt32LE(crc, 0)
  return header
}

/** Bytes 4..24 of a frame: everything but the frame CRC. */
function writeHeaderFields(target: Buffer, at: number, seq: number, unitIndex: number, payloadLength: number): void {
  if (!Number.isSafeInteger(seq) || seq < 0 || seq > MAX_SEQ) throw new RangeError(`journal seq out of range: ${seq}`)
  if (payloadLength > MAX_PAYLOAD) throw new RangeError(`journal record too large: ${payloadLength} bytes`)
  target.writeUInt32LE(payloadLength, at + 8)
  target.writeUIntLE(seq, at + 12, 6)
  target[at + 18] = FORMAT_VERSION
  target[at + 19] = 0
  target.writeUInt32LE(unitIndex, at + 20)
  target.writeUInt32LE(crc32c(target.subarray(at + 8, at + HEADER_BYTES)), at + 4)
}

const SHORT = 0
const BAD = -1

/**
 * The allocation-free core: checks the frame at `at` and fills `into`.
 * Returns its size, SHORT (0) when more bytes are needed, or BAD (-1) with
 * the reason in `why.reason`.
 */
function readFrame(buf: Buffer, at: number, into: Frame, why: { reason: string }): number {
  const available = buf.length - at
  if (available < HEADER_BYTES) return SHORT
  const length = buf.readUInt32LE(at + 8)
  if (length > MAX_PAYLOAD || available < HEADER_BYTES + length) {
    if (crc32c(buf.subarray(at + 8, at + HEADER_BYTES)) !== buf.readUInt32LE(at + 4))
      return bad(why, 'header checksum mismatch')
    if (length > MAX_PAYLOAD) return bad(why, `length ${length} too large`)
    return SHORT
  }
  const end = at + HEADER_BYTES + length
  if (crc32c(buf.subarray(at + 4, end)) !== buf.readUInt32LE(at)) return bad(why, 'checksum mismatch')
  if (buf[at + 18] !== FORMAT_VERSION) return bad(why, `unknown format version ${buf[at + 18]}`)
  into.seq = buf.readUIntLE(at + 12, 6)
  into.unitIndex = buf.readUInt32LE(at + 20)
  into.buf = buf
  into.start = at + HEADER_BYTES
  into.end = end
  return end - at
}

function bad(why: { reason: string }, reason: string): number {
  why.reason = reason
  return BAD
}

function emptyFrame(): Frame {
  return { seq: 0, unitIndex: 0, buf: EMPTY, start: 0, end: 0 }
}

const EMPTY = Buffer.alloc(0)

/** Decodes the frame starting at `at`, checking its CRCs. */
export function decodeFrame(buf: Buffer, at: number): Decoded {
  const frame = emptyFrame()
  const why = { reason: '' }
  const size = readFrame(buf, at, frame, why)
  if (size === SHORT) return { kind: 'short' }
  if (size === BAD) return { kind: 'bad', reason: why.reason }
  return { kind: 'frame', frame, size }
}

export interface BadBytes {
  /** Stream offset of the first byte that is not a valid frame. */
  offset: number
  reason: string
}

/**
 * Decodes a stream of frames that arrives in chunks of any size. Frames are
 * handed out with their stream offset; the first bad frame stops decoding.
 */
export class FrameDecoder {
  private rest: Buffer = EMPTY
  private readonly frame = emptyFrame()
  /** Stream offset of `rest[0]`: where the next frame starts. */
  private at = 0
  bad?: BadBytes

  /**
   * Returns false once a bad frame is met; nothing after it is decoded.
   * The frame handed to `onFrame` is reused: read it before returning.
   */
  push(chunk: Buffer, onFrame: (frame: Frame, offset: number) => void): boolean {
    if (this.bad) return false
    const buf = this.rest.length === 0 ? chunk : Buffer.concat([this.rest, chunk])
    const frame = this.frame
    const why = { reason: '' }
    let pos = 0
    for (;;) {
      const size = readFrame(buf, pos, frame, why)
      if (size === SHORT) break
      if (size === BAD) {
        this.bad = { offset: this.at + pos, reason: why.reason }
        break
      }
      onFrame(frame, this.at + pos)
      pos += size
    }
    this.rest = buf.subarray(pos)
    this.at += pos
    return this.bad === undefined
  }

  /** Offset just past the last whole frame decoded. */
  get offset(): number {
    return this.at
  }

  /** Bytes held back because they do not make a whole frame yet. */
  get pending(): number {
    return this.rest.length
  }
}
