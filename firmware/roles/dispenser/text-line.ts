/**
 * A ticket line as printer text: which lines the printer's own font can
 * print, how large they fit, and their bytes in the printer's code page.
 */
import iconv from 'iconv-lite'
import { CODE_PAGES, type PrinterCapabilities } from '../../drivers/printer/printer-capabilities.ts'
import { isRightToLeft } from './raster-line.ts'
import type { TicketLine } from './layout.ts'

/** GS ! multipliers the layout's sizes ask for: ×1, ×2 (width and height), ×3 for the number. */
const MULTIPLIER: Record<TicketLine['size'], number> = { normal: 1, double: 2, huge: 3 }

const CONTROL = /[\x00-\x1f\x7f-\x9f]/

/**
 * Whether the line goes to the printer as text: no control character, no
 * right-to-left script (the printer would print it unshaped, left to right),
 * and every character in the code page (encoding it and back gives it again).
 */
export function printsAsText(line: TicketLine, caps: PrinterCapabilities): boolean {
  if (CONTROL.test(line.text) || isRightToLeft(line)) return false
  const { encoding } = CODE_PAGES[caps.codePage]
  return iconv.decode(iconv.encode(line.text, encoding), encoding) === line.text
}

export interface TextRows {
  width: number
  height: number
  /** Each row's characters in the code page, cut at spaces to fit the paper. */
  rows: Buffer[]
}

/** The line's size, narrowed where it would not fit the paper in one row, and its rows. */
export function textRows(line: TicketLine, caps: PrinterCapabilities): TextRows {
  const height = MULTIPLIER[line.size]
  const length = [...line.text].length
  let width = height
  while (width > 1 && length * width > caps.columns) width--
  const fits = Math.floor(caps.columns / width)
  const { encoding } = CODE_PAGES[caps.codePage]
  return { width, height, rows: wrapWords(line.text, fits).map((row) => iconv.encode(row, encoding)) }
}

/** Rows of at most `columns` characters, broken at spaces; a word longer than a row is cut. */
export function wrapWords(text: string, columns: number): string[] {
  const rows: string[] = []
  let row = ''
  for (const word of text.split(' ')) {
    const candidate = row === '' ? word : `${row} ${word}`
    if ([...candidate].length <= columns) {
      row = candidate
      continue
    }
    if (row !== '') rows.push(row)
    let rest = [...word]
    while (rest.length > columns) {
      rows.push(rest.slice(0, columns).join(''))
      rest = rest.slice(columns)
    }
    row = rest.join('')
  }
  rows.push(row)
  return rows
}
