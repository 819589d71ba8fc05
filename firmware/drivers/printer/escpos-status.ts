/**
 * ESC/POS real-time status (DLE EOT n, bytes 10 04 n). The printer answers
 * each query with one byte at once, even in the middle of a job. Every answer
 * has the fixed pattern 0xx1xx10: bits 1 and 4 set, bits 0 and 7 clear — a
 * byte without it is not a status answer (Epson ESC/POS reference, DLE EOT).
 */

/** n = 1 printer status, 2 offline cause, 4 roll paper sensor. */
export type StatusQuery = 1 | 2 | 4

export const STATUS_QUERIES: readonly StatusQuery[] = [1, 2, 4]

export function statusQuery(n: StatusQuery): Buffer {
  return Buffer.from([0x10, 0x04, n])
}

export interface PrinterStatus {
  /** False when the printer is off line or did not answer at all. */
  online: boolean
  answered: boolean
  coverOpen: boolean
  paperOut: boolean
  paperNearEnd: boolean
}

export class StatusAnswerError extends Error {
  override readonly name = 'StatusAnswerError'
  constructor(
    readonly query: StatusQuery,
    readonly byte: number,
  ) {
    super(
      `the printer answered DLE EOT ${query} with 0x${byte.toString(16).padStart(2, '0')}, which is not a status byte`,
    )
  }
}

const FIXED_MASK = 0b1001_0011
const FIXED_BITS = 0b0001_0010

/** The facts one answer byte carries; throws StatusAnswerError on garbage. */
export function parseStatusByte(query: StatusQuery, byte: number): Partial<PrinterStatus> {
  if (!Number.isInteger(byte) || byte < 0 || byte > 255 || (byte & FIXED_MASK) !== FIXED_BITS)
    throw new StatusAnswerError(query, byte)
  switch (query) {
    case 1:
      // bit 3: off line
      return { online: (byte & 0x08) === 0 }
    case 2:
      // bit 2: cover open; bit 5: printing stopped by paper end
      return { coverOpen: (byte & 0x04) !== 0, ...((byte & 0x20) !== 0 ? { paperOut: true } : {}) }
    case 4:
      // bits 2-3: paper near end; bits 5-6: paper end
      return { paperNearEnd: (byte & 0x0c) !== 0, paperOut: (byte & 0x60) !== 0 }
  }
}

export const NO_ANSWER: PrinterStatus = {
  online: false,
  answered: false,
  coverOpen: false,
  paperOut: false,
  paperNearEnd: false,
}

/** Folds the three answers; a later "paper out" is never undone by an earlier "fine". */
export function foldStatus(answers: Partial<PrinterStatus>[]): PrinterStatus {
  const status: PrinterStatus = { online: true, answered: true, coverOpen: false, paperOut: false, paperNearEnd: false }
  for (const a of answers) {
    if (a.online === false) status.online = false
    if (a.coverOpen) status.coverOpen = true
    if (a.paperOut) status.paperOut = true
    if (a.paperNearEnd) status.paperNearEnd = true
  }
  return status
}

export function canPrint(s: PrinterStatus): boolean {
  return s.answered && s.online && !s.coverOpen && !s.paperOut
}

/** Words for the log, the alert and the status slip. */
export function describeStatus(s: PrinterStatus): string {
  if (!s.answered) return 'not answering'
  const problems = [s.coverOpen && 'cover open', s.paperOut && 'out of paper', !s.online && 'off line'].filter(Boolean)
  if (problems.length > 0) return problems.join(', ')
  return s.paperNearEnd ? 'ready, paper near end' : 'ready'
}
