/**
 * One RS-485 line with any number of keypads on it, told apart by address.
 * The line is opened with the real serialport binding when the first keypad
 * starts and closed when the last one stops; replies are written one at a
 * time, in order.
 */
import type { SerialPort } from 'serialport'
import type { Logger } from 'pino'
import type { FeedbackKind, KeypadKey, KeypadParser, KeypadProtocol } from './keypad-protocol.ts'

export interface KeypadRouterOptions {
  path: string
  /** Default 9600, what QSystem keypads ship with. */
  baudRate?: number
  protocol: KeypadProtocol
  logger: Logger
}

export class KeypadRouter {
  private port?: SerialPort
  private parser?: KeypadParser
  private opening?: Promise<void>
  private readonly listeners = new Map<number, (key: string) => void>()
  private writes: Promise<void> = Promise.resolve()

  constructor(private readonly options: KeypadRouterOptions) {}

  /** A keypad starts listening at its address; the first one opens the port. */
  async attach(address: number, onKey: (key: string) => void): Promise<void> {
    if (this.listeners.has(address)) throw new Error(`two keypads on ${this.options.path} have address ${address}`)
    this.listeners.set(address, onKey)
    this.opening ??= this.open()
    await this.opening
  }

  async detach(address: number): Promise<void> {
    this.listeners.delete(address)
    if (this.listeners.size > 0) return
    this.opening = undefined
    await this.close()
  }

  private async open(): Promise<void> {
    const { path, baudRate = 9600, protocol, logger } = this.options
    // The binding is loaded when a line opens (serial-transport.ts says why).
    const { SerialPort } = await import('serialport')
    const port = new SerialPort({ path, baudRate, autoOpen: false })
    this.parser = protocol.parser((r) => (r.ok ? this.route(r.key) : logger.warn({ path }, r.error)))
    port.on('data', (chunk: Buffer) => this.parser?.feed(chunk))
    port.on('error', (err) => logger.warn({ path, err: err.message }, 'keypad line error'))
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())))
    this.port = port
  }

  private route(key: KeypadKey): void {
    const onKey = this.listeners.get(key.address)
    if (onKey) onKey(key.key)
    else this.options.logger.info({ path: this.options.path, address: key.address }, `key "${key.key}" from a keypad no counter is configured for`)
  }

  /** Queues the reply; a port that is gone is logged, never thrown at the role. */
  reply(address: number, kind: FeedbackKind, text: string): Promise<void> {
    const frame = this.options.protocol.reply(address, kind, text)
    this.writes = this.writes.then(() => this.write(frame))
    return this.writes
  }

  private async write(frame: Buffer): Promise<void> {
    const port = this.port
    if (!port?.isOpen) return
    await new Promise<void>((resolve) => {
      port.write(frame, (err) => {
        if (err) this.options.logger.warn({ path: this.options.path, err: err.message }, 'keypad reply not written')
        port.drain(() => resolve())
      })
    })
  }

  private async close(): Promise<void> {
    const port = this.port
    this.port = undefined
    this.parser = undefined
    await this.writes
    if (!port?.isOpen) return
    await new Promise<void>((resolve) =>
      port.close((err) => {
        if (err) this.options.logger.warn({ path: this.options.path, err: err.message }, 'keypad line did not close cleanly')
        resolve()
      }),
    )
  }
}
