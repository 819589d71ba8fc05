/**
 * The ticket box: a service button asks the hub for a ticket and prints the
 * answer. Nothing is printed before the hub has journaled the ticket.
 */
import { EventEmitter } from 'node:events'
import type { Logger } from 'pino'
import type { Reply } from '../core/index.ts'
import type { BusClient } from '../bus/client.ts'
import type { SiteConfig } from '../config/schema.ts'
import type { InputDevice } from '../drivers/input/input.ts'
import type { TicketPrinter } from '../drivers/printer/printer.ts'
import { ticketLayout } from '../ticket/layout.ts'

export interface DispenserDeps {
  config: SiteConfig
  bus: BusClient
  buttons: InputDevice
  printer: TicketPrinter
  logger: Logger
  clock: () => number
}

export class DispenserRole extends EventEmitter<{ refused: [service: string, message: string] }> {
  private readonly onPress = (service: string) => void this.issue(service)

  constructor(private readonly deps: DispenserDeps) {
    super()
  }

  async start(): Promise<void> {
    await this.deps.printer.start()
    await this.deps.buttons.start()
    this.deps.buttons.on('press', this.onPress)
  }

  private async issue(service: string): Promise<void> {
    const { bus, printer, config, logger, clock } = this.deps
    const answer = await bus.request({ type: 'issue', service })
    if (answer.status === 'error') {
      logger.warn({ service, code: answer.error.code }, `no ticket: ${answer.error.message}`)
      this.emit('refused', service, answer.error.message)
      return
    }
    const reply = answer.data as Reply
    try {
      await printer.print(ticketLayout(config, reply, clock()))
      logger.info({ label: reply.ticket?.label, service, ahead: reply.ahead }, 'ticket printed')
    } catch (err) {
      logger.error({ label: reply.ticket?.label, err: (err as Error).message }, 'ticket issued but not printed')
    }
  }

  async stop(): Promise<void> {
    this.deps.buttons.off('press', this.onPress)
    await this.deps.buttons.stop()
    await this.deps.printer.stop()
  }
}
