/**
 * The QSystem LED board frame, so sites keep the boards they own:
 *
 *   0x01  address  flags  text (cp1251)  0x07
 *
 * flags: bit 0 blink, bit 1 arrow (the board draws its own arrow between
 * the ticket and the counter, so "→" is taken out of the text). The text
 * is Windows-1251, as the boards' Russian firmware expects (iconv-lite).
 * 0x01 and 0x07 cannot occur in the text: control characters are dropped.
 */
import iconv from 'iconv-lite'
import type { DisplayContent } from './display.ts'
import type { DisplayFrame } from './display-frame.ts'

export interface QsystemBoardOptions {
  address: number
}

const SOH = 0x01
const BEL = 0x07
const BLINK = 0x01
const ARROW = 0x02
const GAP_MS = 20

export function qsystemBoardFrame(content: DisplayContent, options: QsystemBoardOptions): DisplayFrame {
  const row = content.rows[0] ?? ''
  const arrow = row.includes('→')
  const text = row.replace(/\s*\u2192\s*/g, ' ').replace(/[\x00-\x1f\x7f]/g, '')
  const flags = (content.highlight === 0 ? BLINK : 0) | (arrow ? ARROW : 0)
  return {
    bytes: Buffer.concat([
      Buffer.from([SOH, options.address & 0xff, flags]),
      iconv.encode(text, 'cp1251'),
      Buffer.from([BEL]),
    ]),
    gapMs: GAP_MS,
  }
}
