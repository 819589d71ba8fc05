/**
 * Parses record payloads many at a time. JSON.parse has a fixed cost per
 * call that, over a million ~200-byte records, was as large as the parsing
 * itself (docs/performance.md); so recovery copies payloads side by side
 * into one JSON array text and parses that once per batch. Each payload
 * passed its frame CRC, so a batch that still fails to parse is a bug or
 * damage the CRC missed: the records are then parsed one by one to name the
 * first bad one.
 */
import type { Frame } from './record.ts'

/**
 * Below V8's large-object size (128 KiB): a batch's text is then an ordinary
 * young string, not a large object that counts toward the next full
 * collection; 1 MiB batches made a million-record replay ~15 % slower.
 */
const BATCH_BYTES = 64 * 1024
const OPEN = 0x5b // [
const COMMA = 0x2c
const CLOSE = 0x5d // ]

export interface BatchedRecord {
  seq: number
  /** Where the frame starts in its file, for error messages. */
  offset: number
}

export class RecordBatch {
  private buf = Buffer.allocUnsafe(BATCH_BYTES)
  private length = 1
  private readonly spans: Array<BatchedRecord & { start: number; end: number }> = []

  constructor(
    private readonly deliver: (record: unknown, seq: number) => void,
    private readonly refuse: (at: BatchedRecord, reason: string) => Error,
  ) {}

  add(frame: Frame, offset: number): void {
    const size = frame.end - frame.start
    if (this.length + size + 1 > this.buf.length) {
      this.flush()
      if (size + 2 > this.buf.length) this.buf = Buffer.allocUnsafe(size + 2)
    }
    const start = this.length
    frame.buf.copy(this.buf, start, frame.start, frame.end)
    this.length += size
    this.spans.push({ seq: frame.seq, offset, start, end: this.length })
    this.buf[this.length++] = COMMA
  }

  /** Parses and delivers everything added, in order. */
  flush(): void {
    if (this.spans.length === 0) return
    this.buf[0] = OPEN
    this.buf[this.length - 1] = CLOSE
    let records: unknown[] | undefined
    try {
      records = JSON.parse(this.buf.toString('utf8', 0, this.length)) as unknown[]
    } catch {
      records = undefined
    }
    const spans = this.spans.splice(0)
    this.length = 1
    if (records?.length !== spans.length) records = spans.map((span) => this.parseOne(span))
    for (let i = 0; i < spans.length; i++) this.deliver(records[i], spans[i]!.seq)
  }

  private parseOne(span: BatchedRecord & { start: number; end: number }): unknown {
    try {
      return JSON.parse(this.buf.toString('utf8', span.start, span.end))
    } catch (err) {
      throw this.refuse(span, `record ${span.seq} is not JSON (${(err as Error).message})`)
    }
  }
}
