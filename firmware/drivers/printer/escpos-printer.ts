/**
 * A real ESC/POS thermal printer over any transport. Its state comes from the
 * printer itself (DLE EOT): the three queries go out in one write and their
 * answers are awaited under one deadline, so asking costs one round trip. It
 * is asked by the role before a ticket (status()), by the poll, and once
 * after each job, so a ticket is only reported printed when the printer
 * still had paper and a closed cover once the last byte was out. It sends
 * the bytes it is given; the ticket's layout is the role's.
 */
import { EventEmitter } from 'node:events'
import { performance } from 'node:perf_hooks'
import type { Logger } from 'pino'
import {
  NO_ANSWER,
  STATUS_QUERIES,
  canPrint,
  describeStatus,
  foldStatus,
  parseStatusByte,
  statusQuery,
  type PrinterStatus,
} from './escpos-status.ts'
import type { PrinterCapabilities } from './printer-capabilities.ts'
import {
  PrintFailedError,
  PrinterNotReadyError,
  type PrintJob,
  type PrinterEvents,
  type TicketPrinter,
} from './printer.ts'
import type { PrinterTransport } from './printer-transport.ts'

/** DLE EOT 1, 2 and 4 in one write. */
const ALL_QUERIES = Buffer.concat(STATUS_QUERIES.map(statusQuery))

export interface EscposPrinterOptions {
  transport: PrinterTransport
  capabilities: PrinterCapabilities
  logger: Logger
  /** How long the answers to one round of DLE EOT queries may take. Default 300 ms (printers answer within a few ms). */
  statusTimeoutMs?: number
  /** How often the state is polled while idle. Default 5000 ms. */
  pollMs?: number
}

export class EscposPrinter extends EventEmitter<PrinterEvents> implements TicketPrinter {
  readonly name: string
  readonly capabilities: PrinterCapabilities
  private last: PrinterStatus = NO_ANSWER
  private linkOpen = false
  private poll?: NodeJS.Timeout
  /** One conversation with the printer at a time: a poll never lands inside a ticket. */
  private queue: Promise<unknown> = Promise.resolve()

  constructor(private readonly options: EscposPrinterOptions) {
    super()
    this.name = `escpos ${options.transport.name}`
    this.capabilities = options.capabilities
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
    try {
      await transport.write(ALL_QUERIES)
    } catch (err) {
      await this.drop((err as Error).message)
      return this.remember(NO_ANSWER)
    }
    // The printer answers each query in turn, one byte each: read them under one deadline.
    const until = performance.now() + (this.options.statusTimeoutMs ?? 300)
    const answers = []
    for (const n of STATUS_QUERIES) {
      const byte = await transport.readByte(Math.max(0, until - performance.now()))
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

  async print(job: PrintJob): Promise<void> {
    await this.exclusive(async () => {
      // The role asked just before (status()); asking again here was a second round trip per ticket.
      if (!canPrint(this.last)) throw new PrinterNotReadyError(this.last)
      try {
        await this.options.transport.write(job.bytes)
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
