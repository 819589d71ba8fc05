/**
 * A line of text drawn as a picture, for scripts a thermal printer's fonts
 * cannot print (Arabic, Chinese, Cyrillic on most models). Skia with HarfBuzz
 * (@napi-rs/canvas) does the shaping, joining and right-to-left order; the
 * fonts are the system's (Debian fonts-noto-core, fonts-noto-cjk, DejaVu).
 */
import type { TicketLine } from './layout.ts'

/** Printable dots across the paper at 203 dpi: 72 mm of 80 mm paper, 48 mm of 58 mm. */
export function paperDots(paperWidthMm: number): number {
  return paperWidthMm >= 80 ? 576 : 384
}

/** Skia falls back along this list glyph by glyph, so one line may mix scripts. */
const FONTS = '"Noto Sans", "Noto Sans Arabic", "Noto Naskh Arabic", "Noto Sans CJK SC", "DejaVu Sans", sans-serif'

/** Glyph heights in dots for each size, close to the printer's own 24-dot font scaled ×1, ×2, ×3. */
const SIZE_PX: Record<TicketLine['size'], number> = { normal: 26, double: 44, huge: 64 }

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/

/** Whether the line goes to the printer as text: plain printable ASCII, which every code page holds. */
export function printsAsText(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text)
}

export function isRightToLeft(line: TicketLine): boolean {
  return ['ar', 'fa', 'ur', 'he'].includes(line.lang ?? '') || RTL.test(line.text)
}

/** The line as a 1-bit-friendly PNG as wide as the printable paper; shrinks the font to fit one row. */
export async function rasterLine(line: TicketLine, paperWidthMm: number): Promise<Buffer> {
  // Loaded at the first raster line, not at start: Skia is a quarter of the process's memory, and a hub board never draws.
  const { createCanvas } = await import('@napi-rs/canvas')
  const width = paperDots(paperWidthMm)
  let size = SIZE_PX[line.size]
  const probe = createCanvas(width, 10).getContext('2d')
  probe.font = `${size}px ${FONTS}`
  const measured = probe.measureText(line.text).width
  if (measured > width - 8) size = Math.max(12, Math.floor((size * (width - 8)) / measured))
  const height = Math.ceil(size * 1.45)
  const canvas = createCanvas(width, height)
  const g = canvas.getContext('2d')
  g.fillStyle = '#ffffff'
  g.fillRect(0, 0, width, height)
  g.fillStyle = '#000000'
  g.font = `${size}px ${FONTS}`
  g.textBaseline = 'alphabetic'
  const rtl = isRightToLeft(line)
  g.direction = rtl ? 'rtl' : 'ltr'
  if (line.align === 'center') {
    g.textAlign = 'center'
    g.fillText(line.text, width / 2, Math.round(size * 1.1))
  } else {
    // "left" means the start of the line: the right edge for Arabic.
    g.textAlign = 'start'
    g.fillText(line.text, rtl ? width - 4 : 4, Math.round(size * 1.1))
  }
  return canvas.toBuffer('image/png')
}
