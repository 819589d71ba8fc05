/**
 * Splits what a modem sends into lines and sorts each one: a final result
 * (OK, ERROR, +CME/+CMS ERROR), an unsolicited notice (RING, +CMTI, +CMT, …),
 * the SMS prompt `> ` (3GPP TS 27.005 §3.5.1: it has no line ending), or an
 * information line belonging to the command in flight. Pure code: bytes in,
 * items out, tested with input split at every position.
 */

export type AtItem =
  | { kind: 'final'; ok: true; line: string }
  | { kind: 'final'; ok: false; line: string; code?: number; family: 'ERROR' | 'CME' | 'CMS' }
  | { kind: 'prompt' }
  | { kind: 'unsolicited'; line: string; name: string; body?: string }
  | { kind: 'info'; line: string }
  | { kind: 'garbage'; why: string }

/**
 * Unsolicited result codes that may arrive at any moment (27.007 / 27.005).
 * +CMT carries a second line (the PDU): the reader keeps it with the notice.
 */
const UNSOLICITED = new Set([
  'RING',
  'NO CARRIER',
  '+CMTI',
  '+CMT',
  '+CDS',
  '+CDSI',
  '+CLIP',
  '+CBM',
  '+CUSD',
  '+CRING',
  'RDY',
  '+CFUN',
  '+CPIN',
  'SMS READY',
  'CALL READY',
  '+QIND',
  '^BOOT',
  '^RSSI',
])
/** +CPIN and +CFUN are answers when asked for, notices after a reset. */
const ALSO_ANSWERS = new Set(['+CPIN', '+CFUN'])

/** A modem line is printable text; past this length it is noise. */
const MAX_LINE = 1024

export class AtLineReader {
  private buffer = ''
  /** Set while a +CMT notice waits for its PDU line. */
  private pendingCmt?: string

  /**
   * @param askedFor the name of the command now in flight (`+CPIN` for
   *   AT+CPIN?), so its answer lines are not taken for notices.
   */
  push(chunk: Buffer, askedFor?: string): AtItem[] {
    const items: AtItem[] = []
    this.buffer += chunk.toString('latin1')
    for (;;) {
      const end = this.buffer.search(/[\r\n]/)
      if (end < 0) break
      const line = this.buffer.slice(0, end)
      this.buffer = this.buffer.slice(end + 1)
      if (line.length > 0) items.push(...this.line(line, askedFor))
    }
    if (this.buffer === '> ' && this.pendingCmt === undefined) {
      this.buffer = ''
      items.push({ kind: 'prompt' })
    } else if (this.buffer.length > MAX_LINE) {
      this.buffer = ''
      items.push({ kind: 'garbage', why: `a line longer than ${MAX_LINE} characters` })
    }
    return items
  }

  /** Forget a half line (after a modem reset or an ESC abort). */
  reset(): void {
    this.buffer = ''
    this.pendingCmt = undefined
  }

  private line(raw: string, askedFor?: string): AtItem[] {
    const line = raw.trim()
    if (line.length === 0) return []
    // eslint-disable-next-line no-control-regex
    if (/[^\x20-\x7e]/.test(line))
      return [{ kind: 'garbage', why: `unprintable bytes in ${JSON.stringify(line.slice(0, 40))}` }]
    if (this.pendingCmt !== undefined) {
      const header = this.pendingCmt
      this.pendingCmt = undefined
      return [{ kind: 'unsolicited', line: header, name: '+CMT', body: line }]
    }
    if (line === 'OK') return [{ kind: 'final', ok: true, line }]
    if (line === 'ERROR') return [{ kind: 'final', ok: false, line, family: 'ERROR' }]
    const err = /^\+(CME|CMS) ERROR:\s*(.*)$/.exec(line)
    if (err) {
      const code = /^\d+$/.test(err[2] ?? '') ? Number(err[2]) : undefined
      return [
        { kind: 'final', ok: false, line, family: err[1] as 'CME' | 'CMS', ...(code === undefined ? {} : { code }) },
      ]
    }
    // A prompt followed by stray bytes on one line ("> " then an echo) is still the prompt.
    if (line === '>') return [{ kind: 'prompt' }]
    const name = /^(\+?\^?[A-Z][A-Z ]*?)(?::|$)/.exec(line)?.[1] ?? ''
    if (UNSOLICITED.has(name) && !(ALSO_ANSWERS.has(name) && askedFor === name)) {
      if (name === '+CMT') {
        this.pendingCmt = line
        return []
      }
      return [{ kind: 'unsolicited', line, name }]
    }
    return [{ kind: 'info', line }]
  }
}
