/** Prints onto paper drawn with characters: what the front panel shows and a headless run logs. */
import { EventEmitter } from 'node:events'
import { canPrint, type PrinterStatus } from './escpos-status.ts'
import { printerCapabilities, type PrinterCapabilities } from './printer-capabilities.ts'
import { PrinterNotReadyError, type PrintJob, type PrinterEvents, type TicketPrinter } from './printer.ts'

const READY: PrinterStatus = { online: true, answered: true, coverOpen: false, paperOut: false, paperNearEnd: false }

export class SimulatedPrinter
  extends EventEmitter<PrinterEvents & { printed: [text: string, job: PrintJob] }>
  implements TicketPrinter
{
  readonly name = 'simulated printer'
  readonly capabilities: PrinterCapabilities
  private state: PrinterStatus = READY

  constructor(paperWidthMm: number) {
    super()
    // It shows text only: the role need not encode ESC/POS bytes for it.
    this.capabilities = printerCapabilities({ paperWidthMm, escpos: false })
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

  async print(job: PrintJob): Promise<void> {
    if (!canPrint(this.state)) throw new PrinterNotReadyError(this.state)
    this.emit('printed', job.text, job)
  }

  async stop(): Promise<void> {}
}
