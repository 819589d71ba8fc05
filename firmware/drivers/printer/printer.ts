/**
 * A ticket printer takes a print job: the bytes the role encoded for the
 * printer's capabilities, and the same ticket as text for a printer that
 * shows it (the simulated one on the front panel). It never lays a ticket out.
 */
import { describeStatus, type PrinterStatus } from './escpos-status.ts'
import type { PrinterCapabilities } from './printer-capabilities.ts'

export type { PrinterStatus } from './escpos-status.ts'
export type { PrinterCapabilities } from './printer-capabilities.ts'

export interface PrinterEvents {
  /** Emitted when the printer's state changes (polled, or learnt while printing). */
  status: [status: PrinterStatus]
}

export interface PrintJob {
  /** For logs: the ticket's number, "status", "summary 2026-11-22". */
  label: string
  /** ESC/POS bytes, whole: initialise to cut. Empty for a printer that takes no ESC/POS. */
  bytes: Buffer
  /** The ticket drawn with characters, as wide as the paper. */
  text: string
}

export interface TicketPrinter {
  on(event: 'status', listener: (status: PrinterStatus) => void): unknown
  off(event: 'status', listener: (status: PrinterStatus) => void): unknown
  /** For the status slip: "escpos serial /dev/ttyS0". */
  readonly name: string
  /** What the role encodes its jobs for. */
  readonly capabilities: PrinterCapabilities
  start(): Promise<void>
  /** Asks the printer now. Never rejects: a printer that does not answer says so in the status. */
  status(): Promise<PrinterStatus>
  /**
   * Sends the job if the printer's last answer (status(), a poll, the check after the last job)
   * allowed it, then asks once more. Rejects with PrinterNotReadyError before any byte is sent,
   * or PrintFailedError after.
   */
  print(job: PrintJob): Promise<void>
  /** Safe to call twice. */
  stop(): Promise<void>
}

/** The printer said no before the ticket: nothing was printed. */
export class PrinterNotReadyError extends Error {
  readonly printed = false
  constructor(readonly status: PrinterStatus) {
    super(`the printer cannot print: ${describeStatus(status)}`)
  }
}

/** Bytes went out but the ticket did not come out whole. */
export class PrintFailedError extends Error {
  readonly printed = false
  constructor(
    why: string,
    readonly status?: PrinterStatus,
  ) {
    super(`the ticket did not print: ${why}`)
  }
}
