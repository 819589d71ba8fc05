/** Prints onto paper drawn with characters: what the front panel shows and a headless run logs. */
import { EventEmitter } from 'node:events'
import type { TicketLayout } from '../../roles/dispenser/layout.ts'
import { renderTicketText } from '../../roles/dispenser/render-text.ts'
import { canPrint, type PrinterStatus } from './escpos-status.ts'
import { PrinterNotReadyError, type PrinterEvents, type TicketPrinter } from './printer.ts'

const READY: PrinterStatus = { online: true, answered: true, coverOpen: false, paperOut: false, paperNearEnd: false }

export class SimulatedPrinter extends EventEmitter<PrinterEvents & { printed: [text: string, ticket: TicketLayout] }> implements TicketPrinter {
  readonly name = 'simulated printer'
  private state: PrinterStatus = READY

  constructor(private readonly columns: number) {
    super()
  }

  async start(): Promise<void> {}

  async status(): Promise<PrinterStatus> {
    return this.state
  }

  /** The front panel's "paper out" key: the roll runs out or is put back. */
  setPaperOut(out: boolean): void {
    this.state = { ...this.state, paperOut: out }
    this.emit('status', this.state)
  }

  async print(ticket: TicketLayout): Promise<void> {
    if (!canPrint(this.state)) throw new PrinterNotReadyError(this.state)
    this.emit('printed', renderTicketText(ticket, this.columns), ticket)
  }

  async stop(): Promise<void> {}
}
