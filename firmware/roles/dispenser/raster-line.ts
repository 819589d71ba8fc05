/**
 * A line of text drawn as a picture, for what a printer's code page cannot
 * hold (Arabic, Chinese, Cyrillic on most models). Skia with HarfBuzz
 * (@napi-rs/canvas) does the shaping, joining and right-to-left order; the
 * fonts are the system's (Debian fonts-noto-core, fonts-noto-cjk, DejaVu).
 * The picture is cut to its ink and made 1-bit straight from the canvas's
 * pixels; the printer's justification (ESC a) places it on the paper.
 */
import type { RasterImage } from './escpos-commands.ts'
import type { TicketLine } from './layout.ts'

/** Skia falls back along this list glyph by glyph, so one line may mix scripts. */
const FONTS = '"Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans CJK SC", "DejaVu Sans", sans-serif'

/** Glyph heights in dots for each size, close to the printer's own 24-dot font scaled ×1, ×2, ×3. */
const SIZE_PX: Record<TicketLine['size'], number> = { normal: 26, double: 44, huge: 64 }

/** White rows kept above and below the ink, so pictures and text lines do not touch. */
const MARGIN_ROWS = 4

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/

export function isRightToLeft(line: TicketLine): boolean {
  return ['ar', 'fa', 'ur', 'he'].includes(line.lang ?? '') || RTL.test(line.text)
}

/** Where the printer puts the picture: a start-aligned right-to-left line starts at the right edge. */
export function rasterAlign(line: TicketLine): 'left' | 'center' | 'right' {
  if (line.align === 'center') return 'center'
  return isRightToLeft(line) ? 'right' : 'left'
}

/** The line as a 1-bit picture no wider than `dots`; the font shrinks to keep it one row. */
export async function rasterLine(line: TicketLine, dots: number): Promise<RasterImage> {
  // Loaded at the first raster line or the warm-up after start, never at start: Skia is a quarter of the
  // process's memory, and a hub board never draws.
  const { createCanvas } = await import('@napi-rs/canvas')
  let size = SIZE_PX[line.size]
  const probe = createCanvas(8, 8).getContext('2d')
  probe.font = `${size}px ${FONTS}`
  const measured = probe.measureText(line.text).width
  if (measured > dots - 8) size = Math.max(12, Math.floor((size * (dots - 8)) / measured))
  const width = Math.min(dots, Math.ceil(measured * (size / SIZE_PX[line.size])) + 16)
  const height = Math.ceil(size * 1.45)
  const g = createCanvas(width, height).getContext('2d')
  g.fillStyle = '#ffffff'
  g.fillRect(0, 0, width, height)
  g.fillStyle = '#000000'
  g.font = `${size}px ${FONTS}`
  g.textBaseline = 'alphabetic'
  g.direction = isRightToLeft(line) ? 'rtl' : 'ltr'
  g.textAlign = 'center'
  g.fillText(line.text, width / 2, Math.round(size * 1.1))
  return toBits(g.getImageData(0, 0, width, height).data, width, height)
}

/** RGBA pixels to 1-bit rows cut to the ink (a dot is black when its red channel is under half). */
export function toBits(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): RasterImage {
  let top = height
  let bottom = -1
  let left = width
  let right = -1
  for (let y = 0; y < height; y++) {
    for (let x = 0, i = y * width * 4; x < width; x++, i += 4) {
      if ((rgba[i] as number) >= 128) continue
      if (y < top) top = y
      bottom = y
      if (x < left) left = x
      if (x > right) right = x
    }
  }
  if (bottom < 0) return { rowBytes: 0, height: 0, data: new Uint8Array(0) }
  top = Math.max(0, top - MARGIN_ROWS)
  bottom = Math.min(height - 1, bottom + MARGIN_ROWS)
  const rowBytes = Math.ceil((right - left + 1) / 8)
  const rows = bottom - top + 1
  const data = new Uint8Array(rowBytes * rows)
  for (let y = 0; y < rows; y++) {
    const from = (top + y) * width
    for (let x = left; x <= right; x++) {
      if ((rgba[(from + x) * 4] as number) < 128) data[y * rowBytes + ((x - left) >> 3)]! |= 0x80 >> ((x - left) & 7)
    }
  }
  return { rowBytes, height: rows, data }
}
