/**
 * The line protocol for new keypads (docs/keypads-displays.md): one key per
 * line, `<address>:<KEY>[:<argument>]` ended by LF (CR LF is fine), e.g.
 * `7:NEXT`, `7:TRANSFER:2`, `7:LOGIN:1234`. Replies are lines too:
 * `<address>:<OK|EMPTY|DENIED|OFFLINE>:<text>`. Lines are split by
 * @serialport/parser-readline; a line longer than MAX_LINE is garbage.
 */
import { ReadlineParser } from '@serialport/parser-readline'
import type { FeedbackKind, KeypadParse, KeypadParser, KeypadProtocol } from './keypad-protocol.ts'

export const MAX_LINE = 64

/** Protocol word → key name of roles/counter/counter-keys.ts; `true` where the key needs an argument. */
const WORDS: Readonly<Record<string, [key: string, argument: boolean]>> = {
  NEXT: ['next', false],
  RECALL: ['recall', false],
  NOSHOW: ['noShow', false],
  START: ['start', false],
  FINISH: ['finish', false],
  HOLD: ['hold', false],
  PAUSE: ['pause', false],
  RESUME: ['resume', false],
  LOGOUT: ['logout', false],
  TRANSFER: ['transfer', true],
  'TRANSFER-COUNTER': ['transfer-counter', true],
  CALL: ['call', true],
  LOGIN: ['login', true],
  REPRINT: ['reprint', true],
  CANCEL: ['cancel', true],
  // Issue 9: a customer's rating key and a teller answering a call point (docs/call-points.md).
  RATE: ['rate', true],
  ACK: ['ack', true],
  'CLEAR-CALL': ['clear-call', true],
}

const REPLY_WORDS: Readonly<Record<FeedbackKind, string>> = {
  done: 'OK',
  'queue-empty': 'EMPTY',
  'not-allowed': 'DENIED',
  'hub-unreachable': 'OFFLINE',
}

const LINE = /^([0-9]{1,3}):([A-Z-]{1,16})(?::([A-Za-z0-9-]{1,16}))?$/

export function parseKeypadLine(line: string): KeypadParse {
  const m = LINE.exec(line)
  const address = Number(m?.[1])
  if (!m || address < 1 || address > 247)
    return {
      ok: false,
      error: `keypad line ${JSON.stringify(line.slice(0, MAX_LINE))} is not <address 1-247>:<KEY>[:<argument>]`,
    }
  const word = WORDS[m[2]!]
  if (!word) return { ok: false, error: `keypad ${address}: unknown key ${m[2]}` }
  const [key, needsArgument] = word
  const argument = m[3]
  if (needsArgument !== (argument !== undefined)) {
    return { ok: false, error: `keypad ${address}: ${m[2]} ${needsArgument ? 'needs' : 'takes no'} argument` }
  }
  return { ok: true, key: { address, key: argument === undefined ? key : `${key}:${argument}` } }
}

export class AsciiParser implements KeypadParser {
  private readonly lines = new ReadlineParser({ delimiter: '\n', encoding: 'latin1', includeDelimiter: true })
  /** Bytes since the last line end, to refuse an endless line instead of buffering it. */
  private open = 0
  /** Cut-off garbage lines flushed into the line parser, to be dropped when they come out. */
  private dropping = 0

  constructor(private readonly onParse: (result: KeypadParse) => void) {
    // With the delimiter kept every line is at least "\n", so each flushed garbage line comes out once.
    this.lines.on('data', (line: string) => {
      if (this.dropping > 0) this.dropping -= 1
      else this.onParse(parseKeypadLine(line.replace(/\r?\n$/, '')))
    })
  }

  feed(chunk: Buffer): void {
    let start = 0
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] !== 0x0a) continue
      this.push(chunk.subarray(start, i + 1))
      start = i + 1
    }
    if (start < chunk.length) this.push(chunk.subarray(start))
  }

  private push(part: Buffer): void {
    const ends = part.at(-1) === 0x0a
    if (this.open > MAX_LINE) {
      // Inside an over-long line: everything up to its end is dropped.
      if (ends) this.open = 0
      return
    }
    if (this.open + part.length - (ends ? 1 : 0) > MAX_LINE) {
      // Counted before the write: the line may come out synchronously inside it.
      this.dropping += 1
      this.lines.write('\n')
      this.onParse({ ok: false, error: `keypad line longer than ${MAX_LINE} characters dropped` })
      this.open = ends ? 0 : MAX_LINE + 1
      return
    }
    this.lines.write(part)
    this.open = ends ? 0 : this.open + part.length
  }
}

/** A keypad's line holds 32 characters: a longer text ends at the last whole word that fits, never mid-word. */
function fitLine(text: string, columns = 32): string {
  const flat = text.replace(/[\r\n]/g, ' ')
  if (flat.length <= columns) return flat
  const cut = flat.slice(0, columns + 1).lastIndexOf(' ')
  return (cut > 0 ? flat.slice(0, cut) : flat.slice(0, columns)).trimEnd()
}

export const asciiKeypad: KeypadProtocol = {
  name: 'ascii',
  parser: (onParse) => new AsciiParser(onParse),
  reply: (address, kind, text) => Buffer.from(`${address}:${REPLY_WORDS[kind]}:${fitLine(text)}\r\n`, 'latin1'),
}
