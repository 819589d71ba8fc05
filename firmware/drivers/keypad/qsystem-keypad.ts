/**
 * The QSystem keypad frame, so sites keep the keypads they own: four bytes
 * `0x01 address key 0x07` (SOH … BEL). Keys: 0x31 call next, 0x32 start,
 * 0x33 redirect, 0x34 no-show. The reply is a frame of the same shape whose
 * third byte is the LED/beep code (REPLY_CODES).
 */
import type { FeedbackKind, KeypadParse, KeypadParser, KeypadProtocol } from './keypad-protocol.ts'

const SOH = 0x01
const BEL = 0x07
const FRAME = 4

export const QSYSTEM_KEYS: Readonly<Record<number, string>> = {
  0x31: 'next',
  0x32: 'start',
  0x33: 'redirect',
  0x34: 'noShow',
}

/** LED/beep codes sent back: green + one beep, amber, red + two beeps, red blinking. */
export const REPLY_CODES: Readonly<Record<FeedbackKind, number>> = {
  done: 0x41,
  'queue-empty': 0x42,
  'not-allowed': 0x43,
  'hub-unreachable': 0x44,
}

export class QsystemParser implements KeypadParser {
  private pending = Buffer.alloc(0)

  constructor(private readonly onParse: (result: KeypadParse) => void) {}

  feed(chunk: Buffer): void {
    let buf = Buffer.concat([this.pending, chunk])
    let skipped = 0
    while (buf.length > 0) {
      if (buf[0] !== SOH) {
        // Resynchronise on the next SOH; the bytes before it are reported once, not byte by byte.
        const next = buf.indexOf(SOH)
        skipped += next === -1 ? buf.length : next
        buf = next === -1 ? Buffer.alloc(0) : buf.subarray(next)
        continue
      }
      if (buf.length < FRAME) break
      if (buf[3] !== BEL) {
        skipped += 1
        buf = buf.subarray(1)
        continue
      }
      this.flushSkipped(skipped)
      skipped = 0
      const address = buf[1]!
      const code = buf[2]!
      const key = QSYSTEM_KEYS[code]
      if (key === undefined)
        this.onParse({ ok: false, error: `QSystem keypad ${address}: unknown key code 0x${hex(code)}` })
      else this.onParse({ ok: true, key: { address, key } })
      buf = buf.subarray(FRAME)
    }
    this.flushSkipped(skipped)
    this.pending = Buffer.from(buf)
  }

  private flushSkipped(n: number): void {
    if (n > 0)
      this.onParse({
        ok: false,
        error: `QSystem keypad bus: ${n} byte(s) that are no frame (a frame is 01 address key 07)`,
      })
  }
}

export const qsystemKeypad: KeypadProtocol = {
  name: 'qsystem',
  parser: (onParse) => new QsystemParser(onParse),
  reply: (address, kind) => Buffer.from([SOH, address & 0xff, REPLY_CODES[kind], BEL]),
}

function hex(n: number): string {
  return n.toString(16).padStart(2, '0')
}
