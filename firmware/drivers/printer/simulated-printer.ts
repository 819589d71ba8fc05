/** Prints onto paper drawn with characters: what the front panel shows and a headless run logs. */
import { EventEmitter } from 'node:events'
import type { TicketLayout } from '../../ticket/layout.ts'
import { renderTicketText } from '../../ticket/render-text.ts'
import type { TicketPrinter } from './printer.ts'

export class SimulatedPrinter extends EventEmitter<{ printed: [text: string, ticket: TicketLayout] }> implements TicketPrinter {
  constructor(private readonly columns: number) {
    super()
  }

  async start(): Promise<void> {}

  async print(ticket: TicketLayout): Promise<void> {
    this.emit('printed', renderTicketText(ticket, this.columns), ticket)
  }

  async stop(): Promise<void> {}
}
