/**
 * One RS-485 port that several devices use, told apart by their address:
 * opened with the real serialport binding when the first device starts,
 * closed when the last one stops. What goes over it (display frames and
 * their answers, keypad keys and replies) is its user's: display/frame-queue.ts
 * and keypad/keypad-router.ts.
 */
import { EventEmitter } from 'node:events'
import type { Logger } from 'pino'
import type { SerialPort } from 'serialport'

export interface SharedLineOptions {
  path: string
  baudRate: number
  /** What is on the line, for its log lines: `display`, `keypad`. */
  kind: string
  logger: Logger
}

export interface SharedLineEvents {
  data: [chunk: Buffer]
}

export class SharedLine extends EventEmitter<SharedLineEvents> {
  private port?: SerialPort
  private opening?: Promise<void>
  private readonly users = new Set<string | number>()

  constructor(private readonly options: SharedLineOptions) {
    super()
  }

  get isOpen(): boolean {
    return this.port?.isOpen === true
  }

  /** Whether this device is on the line (attached and not yet left). */
  has(user: string | number): boolean {
    return this.users.has(user)
  }

  /** A device starts using the line; the first one opens the port, the others wait for the same opening. */
  async attach(user: string | number): Promise<void> {
    this.users.add(user)
    this.opening ??= this.open()
    await this.opening
  }

  /** A device stops using the line. True for the last one: its owner finishes what it writes, then calls close(). */
  leave(user: string | number): boolean {
    this.users.delete(user)
    if (this.users.size > 0) return false
    this.opening = undefined
    return true
  }

  private async open(): Promise<void> {
    const { path, baudRate, kind, logger } = this.options
    // The binding is loaded when a line opens (printer/serial-transport.ts says why).
    const { SerialPort } = await import('serialport')
    const port = new SerialPort({ path, baudRate, autoOpen: false })
    port.on('data', (chunk: Buffer) => this.emit('data', chunk))
    port.on('error', (err) => logger.warn({ path, err }, `${kind} line error`))
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())))
    this.port = port
  }

  /** Writes and drains: undefined once the bytes are out, or what went wrong. Never throws. */
  async write(bytes: Buffer): Promise<Error | undefined> {
    const port = this.port
    if (!port) return new Error('the line is closed')
    return new Promise<Error | undefined>((resolve) => {
      try {
        port.write(bytes, (err) => (err ? resolve(err) : port.drain((e) => resolve(e ?? undefined))))
      } catch (err) {
        resolve(err as Error)
      }
    })
  }

  async close(): Promise<void> {
    const port = this.port
    this.port = undefined
    if (!port?.isOpen) return
    const { path, kind, logger } = this.options
    await new Promise<void>((resolve) =>
      port.close((err) => {
        if (err) logger.warn({ path, err }, `${kind} line did not close cleanly`)
        resolve()
      }),
    )
  }
}
