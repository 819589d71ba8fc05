/**
 * The keypads on one shared RS-485 line (rs485/shared-line.ts): each key
 * goes to the keypad at its address; replies are written one at a time, in
 * order.
 */
import type { Logger } from 'pino'
import { SharedLine } from '../rs485/shared-line.ts'
import type { FeedbackKind, KeypadKey, KeypadParser, KeypadProtocol } from './keypad-protocol.ts'

export interface KeypadRouterOptions {
  path: string
  /** Default 9600, what QSystem keypads ship with. */
  baudRate?: number
  protocol: KeypadProtocol
  logger: Logger
}

export class KeypadRouter {
  private readonly line: SharedLine
  private parser?: KeypadParser
  private readonly listeners = new Map<number, (key: string) => void>()
  private writes: Promise<void> = Promise.resolve()

  constructor(private readonly options: KeypadRouterOptions) {
    const { path, baudRate = 9600, logger } = options
    this.line = new SharedLine({ path, baudRate, kind: 'keypad', logger })
    this.line.on('data', (chunk) => this.parser?.feed(chunk))
  }

  /** A keypad starts listening at its address; the first one opens the port. */
  async attach(address: number, onKey: (key: string) => void): Promise<void> {
    if (this.listeners.has(address)) throw new Error(`two keypads on ${this.options.path} have address ${address}`)
    this.listeners.set(address, onKey)
    // A new parser for each opening: no half frame from before is kept.
    const { path, protocol, logger } = this.options
    this.parser ??= protocol.parser((r) => (r.ok ? this.route(r.key) : logger.warn({ path }, r.error)))
    await this.line.attach(address)
  }

  async detach(address: number): Promise<void> {
    this.listeners.delete(address)
    if (!this.line.leave(address)) return
    await this.close()
  }

  private route(key: KeypadKey): void {
    const onKey = this.listeners.get(key.address)
    if (onKey) onKey(key.key)
    else
      this.options.logger.info(
        { path: this.options.path, address: key.address },
        `key "${key.key}" from a keypad no counter is configured for`,
      )
  }

  /** Queues the reply; a port that is gone is logged, never thrown at the role. */
  reply(address: number, kind: FeedbackKind, text: string): Promise<void> {
    const frame = this.options.protocol.reply(address, kind, text)
    this.writes = this.writes.then(() => this.write(frame))
    return this.writes
  }

  private async write(frame: Buffer): Promise<void> {
    // No parser: the last keypad left and the line is closing; a reply not yet begun is dropped.
    if (!this.line.isOpen || !this.parser) return
    const err = await this.line.write(frame)
    if (err) this.options.logger.warn({ path: this.options.path, err }, 'keypad reply not written')
  }

  private async close(): Promise<void> {
    this.parser = undefined
    await this.writes
    await this.line.close()
  }
}
