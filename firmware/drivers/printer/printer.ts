/** A ticket printer prints a laid-out ticket; the layout is the same for every driver. */
import type { TicketLayout } from '../../ticket/layout.ts'

export interface TicketPrinter {
  start(): Promise<void>
  print(ticket: TicketLayout): Promise<void>
  stop(): Promise<void>
}
