/**
 * The few ESC/POS commands a ticket uses, as bytes (Epson ESC/POS command
 * reference). Written here rather than through node-thermal-printer: that
 * library rebuilds its whole buffer for every character it appends, and
 * silently switches to any code page holding a character — Arabic would come
 * out in CP864, unshaped and left to right.
 */

/** ESC @: initialise, so a half-sent earlier job's modes do not leak into this ticket. */
export const INITIALISE = Buffer.from([0x1b, 0x40])

/** ESC t n: the character code table text bytes are read in. */
export const codeTable = (n: number) => Buffer.from([0x1b, 0x74, n])

/** ESC a n: 0 left, 1 centre, 2 right; applies to text and raster images alike, from the start of a line. */
export const justify = (align: 'left' | 'center' | 'right') =>
  Buffer.from([0x1b, 0x61, align === 'left' ? 0 : align === 'center' ? 1 : 2])

/** GS ! n: width multiplier in the high nibble, height in the low one, each 1-8 stored as 0-7. */
export const charSize = (width: number, height: number) => Buffer.from([0x1d, 0x21, ((width - 1) << 4) | (height - 1)])

export const LINE_FEED = Buffer.from([0x0a])

/** GS V 66 n: feed to the cutter plus n dots, then cut (function B). */
export const FEED_AND_CUT = Buffer.from([0x1d, 0x56, 0x42, 0x00])

/** A 1-bit picture: rowBytes × 8 dots wide, 1 = black, most significant bit leftmost. */
export interface RasterImage {
  rowBytes: number
  height: number
  data: Uint8Array
}

/** GS v 0 m xL xH yL yH d1…dk: print a raster bit image at normal density (m = 0). */
export function rasterImage(image: RasterImage): Buffer {
  const head = Buffer.from([
    0x1d,
    0x76,
    0x30,
    0x00,
    image.rowBytes & 0xff,
    image.rowBytes >> 8,
    image.height & 0xff,
    image.height >> 8,
  ])
  return Buffer.concat([head, image.data])
}

/** GS ( k cn=49 fn: the QR symbol commands, pL pH counting the bytes after them. */
const qrFunction = (fn: number, body: Buffer) => {
  const length = body.length + 2
  return Buffer.concat([Buffer.from([0x1d, 0x28, 0x6b, length & 0xff, length >> 8, 0x31, fn]), body])
}

/**
 * A QR code: model 2 (fn 65), module size (fn 67), error correction (fn 69: 48 L, 49 M, 50 Q, 51 H),
 * store the data (fn 80, m = 48) and print it (fn 81, m = 48).
 */
export function qrCode(data: string, moduleDots: number): Buffer {
  return Buffer.concat([
    qrFunction(65, Buffer.from([0x32, 0x00])),
    qrFunction(67, Buffer.from([moduleDots])),
    qrFunction(69, Buffer.from([0x31])),
    qrFunction(80, Buffer.concat([Buffer.from([0x30]), Buffer.from(data, 'utf8')])),
    qrFunction(81, Buffer.from([0x30])),
  ])
}
