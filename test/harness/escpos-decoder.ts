/**
 * The receiving half of a test printer: decodes the ESC/POS bytes it is sent
 * (text with size and alignment in the selected character table, raster
 * images, QR contents, cuts) into tickets, however the bytes were split.
 * Status queries (DLE EOT n) are passed to a callback so the printer can
 * answer them as the test tells it. Written to the Epson ESC/POS reference.
 */
import { createCanvas } from '@napi-rs/canvas'
import iconv from 'iconv-lite'

/** ESC t n character code tables this printer holds (a subset of the reference's), as iconv-lite names. */
const CODE_TABLES: Record<number, string> = { 0: 'cp437', 2: 'cp850', 16: 'windows-1252', 17: 'cp866', 19: 'cp858' }

export interface DecodedLine {
  text: string
  /** GS ! height multiplier, 1 = normal. */
  size: number
  align: 'left' | 'center' | 'right'
}

export interface DecodedImage {
  width: number
  height: number
  /** One byte per dot, 1 = black. */
  dots: Uint8Array
  /** ESC a in force when it was printed: where it sits on the paper. */
  align: 'left' | 'center' | 'right'
}

export interface DecodedTicket {
  lines: DecodedLine[]
  images: DecodedImage[]
  qr: string[]
  /** Everything in the order printed: "text:…", "image", "qr". */
  order: string[]
}

const ALIGN = ['left', 'center', 'right'] as const

export class EscposDecoder {
  private buf = Buffer.alloc(0)
  private size = 1
  private table = 0
  private align: DecodedLine['align'] = 'left'
  private text: number[] = []
  private current: DecodedTicket = EscposDecoder.blank()
  readonly tickets: DecodedTicket[] = []
  readonly unknown: string[] = []
  received = 0

  constructor(
    private readonly onStatusQuery: (n: number) => void,
    private readonly onCut: (t: DecodedTicket) => void = () => undefined,
  ) {}

  private static blank(): DecodedTicket {
    return { lines: [], images: [], qr: [], order: [] }
  }

  push(chunk: Buffer): void {
    this.received += chunk.length
    this.buf = Buffer.concat([this.buf, chunk])
    for (;;) {
      const used = this.step()
      if (used === 0) return
      this.buf = this.buf.subarray(used)
    }
  }

  private endLine(): void {
    const text = iconv.decode(Buffer.from(this.text), CODE_TABLES[this.table] ?? 'cp437')
    this.text = []
    this.current.lines.push({ text, size: this.size, align: this.align })
    this.current.order.push(`text:${text}`)
  }

  /** Bytes consumed by the command at the head, 0 when it is not complete yet. */
  private step(): number {
    const b = this.buf
    if (b.length === 0) return 0
    const c = b[0] as number
    if (c === 0x0a) return (this.endLine(), 1)
    if (c === 0x0b) return 1
    if (c === 0x10) {
      if (b.length < 3) return 0
      if (b[1] === 0x04) this.onStatusQuery(b[2] as number)
      else this.unknown.push(`DLE ${b[1]}`)
      return 3
    }
    if (c === 0x1b) return this.esc(b)
    if (c === 0x1d) return this.gs(b)
    this.text.push(c)
    return 1
  }

  private esc(b: Buffer): number {
    if (b.length < 2) return 0
    const op = b[1]
    if (op === 0x40) {
      this.size = 1
      this.table = 0
      this.align = 'left'
      return 2
    }
    if (op === 0x32) return 2
    if (b.length < 3) return 0
    const n = b[2] as number
    if (op === 0x61) this.align = ALIGN[n % 48] ?? 'left'
    else if (op === 0x21) this.size = n & 0x10 ? 2 : 1
    else if (op === 0x74) {
      if (CODE_TABLES[n] === undefined) this.unknown.push(`ESC t ${n}`)
      this.table = n
    } else if (op !== 0x45 && op !== 0x33 && op !== 0x64) this.unknown.push(`ESC ${op}`)
    return 3
  }

  private gs(b: Buffer): number {
    if (b.length < 3) return 0
    const op = b[1]
    const n = b[2] as number
    if (op === 0x21) return ((this.size = (n & 0x0f) + 1), 3)
    if (op === 0x56) {
      // GS V m (m = 0, 1, 48, 49) or GS V m n (m = 65, 66, 97, 98, 103, 104): wait for the whole command.
      const length = n >= 65 ? 4 : 3
      if (b.length < length) return 0
      this.tickets.push(this.current)
      this.onCut(this.current)
      this.current = EscposDecoder.blank()
      return length
    }
    if (op === 0x76) return this.raster(b)
    if (op === 0x28 && n === 0x6b) {
      if (b.length < 5) return 0
      const len = (b[3] as number) + (b[4] as number) * 256
      if (b.length < 5 + len) return 0
      const body = b.subarray(5, 5 + len)
      if (body[0] === 0x31 && body[1] === 0x50) {
        this.current.qr.push(body.subarray(3).toString('latin1'))
        this.current.order.push('qr')
      }
      return 5 + len
    }
    this.unknown.push(`GS ${op}`)
    return 3
  }

  /** GS v 0 m xL xH yL yH d1…dk: raster bit image, xL+xH·256 bytes per row. */
  private raster(b: Buffer): number {
    if (b.length < 8) return 0
    const rowBytes = (b[4] as number) + (b[5] as number) * 256
    const height = (b[6] as number) + (b[7] as number) * 256
    const total = 8 + rowBytes * height
    if (b.length < total) return 0
    const width = rowBytes * 8
    const dots = new Uint8Array(width * height)
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++)
        dots[y * width + x] = ((b[8 + y * rowBytes + (x >> 3)] as number) >> (7 - (x & 7))) & 1
    this.current.images.push({ width, height, dots, align: this.align })
    this.current.order.push('image')
    return total
  }
}

/** A decoded raster image back as a PNG, to look at and to check. */
export function imagePng(image: DecodedImage): Buffer {
  const canvas = createCanvas(image.width, image.height)
  const g = canvas.getContext('2d')
  const data = g.createImageData(image.width, image.height)
  for (let i = 0; i < image.dots.length; i++) {
    const v = image.dots[i] ? 0 : 255
    data.data.set([v, v, v, 255], i * 4)
  }
  g.putImageData(data, 0, 0)
  return canvas.toBuffer('image/png')
}
