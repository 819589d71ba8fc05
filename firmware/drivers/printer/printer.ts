/** A ticket printer prints a laid-out ticket; the layout is the same for every driver. */
import type { TicketLayout } from '../../roles/dispenser/layout.ts'
import { describeStatus, type PrinterStatus } from './escpos-status.ts'

export type { PrinterStatus } from './escpos-status.ts'

export interface PrinterEvents {
  /** Emitted when the printer's state changes (polled, or learnt while printing). */
  status: [status: PrinterStatus]
}

export interface TicketPrinter {
  on(event: 'status', listener: (status: PrinterStatus) => void): unknown
  off(event: 'status', listener: (status: PrinterStatus) => void): unknown
  /** For the status slip: "escpos serial /dev/ttyS0". */
  readonly name: string
  start(): Promise<void>
  /** Asks the printer now. Never rejects: a printer that does not answer says so in the status. */
  status(): Promise<PrinterStatus>
  /** Rejects with PrinterNotReadyError before any byte is sent, or PrintFailedError after. */
  print(ticket: TicketLayout): Promise<void>
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
  constructor(why: string, readonly status?: PrinterStatus) {
    super(`the ticket did not print: ${why}`)
  }
}
