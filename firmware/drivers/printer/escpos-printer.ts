/**
 * A real ESC/POS thermal printer over any transport. Its state comes from the
 * printer itself (DLE EOT), polled and asked again before and after each
 * ticket, so a ticket is only reported printed when the printer still had
 * paper and a closed cover once the last byte was out.
 */
import { EventEmitter } from 'node:events'
import type { Logger } from 'pino'
import type { TicketLayout } from '../../roles/dispenser/layout.ts'
import { encodeTicket } from '../../roles/dispenser/escpos-ticket.ts'
import { NO_ANSWER, STATUS_QUERIES, canPrint, describeStatus, foldStatus, parseStatusByte, statusQuery, type PrinterStatus } from './escpos-status.ts'
import { PrintFailedError, PrinterNotReadyError, type PrinterEvents, type TicketPrinter } from './printer.ts'
import type { PrinterTransport } from './printer-transport.ts'

export interface EscposPrinterOptions {
  transport: PrinterTransport
  paperWidthMm: number
  logger: Logger
  /** How long one DLE EOT answer may take. Default 300 ms (printers answer within a few ms). */
  statusTimeoutMs?: number
  /** How often the state is polled while idle. Default 5000 ms. */
  pollMs?: number
}

export class EscposPrinter extends EventEmitter<PrinterEvents> implements TicketPrinter {
  readonly name: string
  private last: PrinterStatus = NO_ANSWER
  private linkOpen = false
  private poll?: NodeJS.Timeout
  /** One conversation with the printer at a time: a poll never lands inside a ticket. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly options: EscposPrinterOptions) {
    super()
    this.name = `escpos ${options.transport.name}`
  }

  async start(): Promise<void> {
    await this.status()
    this.poll = setInterval(() => {
      this.status().catch((err: Error) => this.options.logger.error({ err }, 'printer status poll failed'))
    }, this.options.pollMs ?? 5000)
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work)
    this.queue = run.then(
      () => undefined,
      () => undefined,
    )
    return run
  }

  /** Opens the link if it is down; an unplugged printer is retried at every poll. */
  private async link(): Promise<boolean> {
    if (this.linkOpen) return true
    try {
      await this.options.transport.open()
      this.linkOpen = true
    } catch (err) {
      this.options.logger.debug({ err }, `${this.name} cannot be opened`)
    }
    return this.linkOpen
  }

  private async drop(why: string): Promise<void> {
    if (!this.linkOpen) return
    this.linkOpen = false
    this.options.logger.warn(`${this.name} lost: ${why}`)
    await this.options.transport.close()
  }

  private async ask(): Promise<PrinterStatus> {
    if (!(await this.link())) return this.remember(NO_ANSWER)
    const { transport } = this.options
    transport.discardInput()
    const answers = []
    for (const n of STATUS_QUERIES) {
      try {
        await transport.write(statusQuery(n))
      } catch (err) {
        await this.drop((err as Error).message)
        return this.remember(NO_ANSWER)
      }
      const byte = await transport.readByte(this.options.statusTimeoutMs ?? 300)
      if (byte === undefined) return this.remember(NO_ANSWER)
      try {
        answers.push(parseStatusByte(n, byte))
      } catch (err) {
        this.options.logger.warn({ err }, 'garbage from the printer')
        return this.remember(NO_ANSWER)
      }
    }
    return this.remember(foldStatus(answers))
  }

  private remember(status: PrinterStatus): PrinterStatus {
    const changed = JSON.stringify(status) !== JSON.stringify(this.last)
    this.last = status
    if (changed) {
      this.options.logger.info({ status }, `printer ${describeStatus(status)}`)
      this.emit('status', status)
    }
    return status
  }

  status(): Promise<PrinterStatus> {
    return this.exclusive(() => this.ask())
  }

  async print(ticket: TicketLayout): Promise<void> {
    const bytes = await encodeTicket(ticket, this.options.paperWidthMm)
    await this.exclusive(async () => {
      const before = await this.ask()
      if (!canPrint(before)) throw new PrinterNotReadyError(before)
      try {
        await this.options.transport.write(bytes)
      } catch (err) {
        await this.drop((err as Error).message)
        this.remember(NO_ANSWER)
        throw new PrintFailedError(`the printer went away during the ticket (${(err as Error).message})`)
      }
      const after = await this.ask()
      if (!canPrint(after)) throw new PrintFailedError(describeStatus(after), after)
    })
  }

  async stop(): Promise<void> {
    clearInterval(this.poll)
    this.poll = undefined
    await this.queue
    this.linkOpen = false
    await this.options.transport.close()
  }
}
