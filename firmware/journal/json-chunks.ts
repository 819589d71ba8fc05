/**
 * JSON text of a large value as a list of fixed-size byte chunks, without
 * ever holding the whole text as one string. A day's snapshot is a few MiB
 * of JSON: JSON.stringify made it one string, Buffer.from a second copy and
 * the frame a third, all alive at once in a hub sized for a small board
 * (docs/performance.md). Here the outer containers are walked and each
 * small value (one ticket, one counter) is stringified alone and encoded
 * straight into the current chunk. The bytes are exactly JSON.stringify's.
 */

/** Chunk size: small enough that malloc serves it without raising its mmap threshold. */
const CHUNK_BYTES = 64 * 1024
/** Containers this deep or deeper are stringified whole. */
const STREAM_DEPTH = 3

export interface JsonChunks {
  /** Chunks in order; each is filled to its used length. */
  chunks: Buffer[]
  /** Total bytes. */
  bytes: number
}

class ChunkWriter {
  readonly chunks: Buffer[] = []
  bytes = 0
  private current = Buffer.allocUnsafeSlow(CHUNK_BYTES)
  private used = 0

  write(text: string): void {
    const length = Buffer.byteLength(text)
    if (this.used + length > this.current.length) {
      this.flush()
      this.current = Buffer.allocUnsafeSlow(Math.max(CHUNK_BYTES, length))
    }
    this.used += this.current.write(text, this.used)
    this.bytes += length
  }

  flush(): void {
    if (this.used > 0) this.chunks.push(this.current.subarray(0, this.used))
    this.used = 0
  }
}

/**
 * Encodes `value` as JSON.stringify would (undefined for a value it would
 * not encode at all). Synchronous: the value cannot change half-way.
 */
export function jsonChunks(value: unknown): JsonChunks | undefined {
  const resolved = resolve(value, '')
  if (!encodable(resolved)) return undefined
  const out = new ChunkWriter()
  writeValue(out, resolved, 0)
  out.flush()
  return { chunks: out.chunks, bytes: out.bytes }
}

/** A value JSON.stringify would encode, after its toJSON has been applied. */
function writeValue(out: ChunkWriter, value: unknown, depth: number): void {
  if (depth >= STREAM_DEPTH || value === null || typeof value !== 'object' || isBoxed(value)) {
    out.write(JSON.stringify(value))
  } else if (Array.isArray(value)) {
    out.write('[')
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out.write(',')
      const item = resolve(value[i], String(i))
      if (encodable(item)) writeValue(out, item, depth + 1)
      else out.write('null')
    }
    out.write(']')
  } else {
    out.write('{')
    let first = true
    for (const key of Object.keys(value)) {
      const member = resolve((value as Record<string, unknown>)[key], key)
      if (!encodable(member)) continue
      out.write(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`)
      first = false
      writeValue(out, member, depth + 1)
    }
    out.write('}')
  }
}

/** What JSON.stringify encodes in place of `value`: its toJSON(key) when it has one. */
function resolve(value: unknown, key: string): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON(key: string): unknown }).toJSON(key)
  }
  return value
}

/** False for what JSON.stringify leaves out of an object (and writes as null in an array). */
function encodable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol'
}

/** Number, String and Boolean objects: JSON.stringify unwraps them. */
function isBoxed(value: object): boolean {
  return value instanceof Number || value instanceof String || value instanceof Boolean
}
