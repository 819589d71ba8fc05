/**
 * The Alpha Sign Communications Protocol (Alpha Technologies / Adaptive
 * Micro Systems, "Alpha Sign Communications Protocol", pn 9708-8061) for
 * the hall's text sign: a Write TEXT command to file A.
 *
 *   NUL×5  SOH  type  address  STX  'A' 'A'  ESC pos mode  text  ETX  checksum  EOT
 *
 * Type 'Z' is "all sign types"; the address is two hex digits ("00" is
 * every sign). Each row is its own ESC-started line; the newest call's row
 * flashes (mode 'c'), the rest hold (mode 'b'). The checksum is four hex
 * digits: the 16-bit sum of every byte from STX through ETX.
 */
import type { DisplayContent } from './display.ts'
import { asciiRows, type DisplayFrame } from './display-frame.ts'

export interface AlphaSignOptions {
  /** 0–255; 0 addresses every sign on the line. Default 0. */
  address?: number
}

const NUL = 0x00
const SOH = 0x01
const STX = 0x02
const ETX = 0x03
const EOT = 0x04
const ESC = 0x1b
/** Display position "fill": the sign uses all of its lines. */
const FILL = 0x30
const HOLD = 0x62
const FLASH = 0x63
/** The protocol asks for about 100 ms after a Write TEXT before the next packet. */
const GAP_MS = 100

export function alphaSignFrame(content: DisplayContent, options: AlphaSignOptions = {}): DisplayFrame {
  const address = (options.address ?? 0).toString(16).toUpperCase().padStart(2, '0')
  const rows = asciiRows(content)
  const body =
    rows.length === 0
      ? [ESC, FILL, HOLD]
      : rows.flatMap((row, i) => [ESC, FILL, i === content.highlight ? FLASH : HOLD, ...Buffer.from(row, 'latin1')])
  const checked = [STX, 0x41, 0x41, ...body, ETX]
  const sum = checked.reduce((a, b) => (a + b) & 0xffff, 0)
  const bytes = Buffer.from([
    NUL,
    NUL,
    NUL,
    NUL,
    NUL,
    SOH,
    0x5a,
    ...Buffer.from(address, 'latin1'),
    ...checked,
    ...Buffer.from(sum.toString(16).toUpperCase().padStart(4, '0'), 'latin1'),
    EOT,
  ])
  return { bytes, gapMs: GAP_MS }
}
