/**
 * How ESC/POS bytes reach a printer and its status answers come back: a
 * serial port, a USB printer device file or a TCP socket. The printer logic
 * (escpos-printer.ts) is the same over each.
 */

export interface PrinterTransport {
  /** For logs and the status slip: "serial /dev/ttyUSB0", "tcp 10.0.0.9:9100". */
  readonly name: string
  open(): Promise<void>
  /** Resolves when the bytes have left this machine's buffers (or rejects: unplugged, reset). */
  write(data: Buffer): Promise<void>
  /** The next byte the printer sends, or undefined after timeoutMs. */
  readByte(timeoutMs: number): Promise<number | undefined>
  /** Drops bytes nobody asked for (a late answer to a timed-out query). */
  discardInput(): void
  /** Safe twice. */
  close(): Promise<void>
}

export class TransportClosedError extends Error {
  readonly disconnected = true
  constructor(name: string, why: string) {
    super(`${name} is gone: ${why}`)
  }
}

/** A link that pushes what the printer sends (serial, TCP): the inbox holds it until a query reads it. */
export abstract class PushedBytesTransport {
  abstract readonly name: string
  protected readonly inbox = new ByteInbox()
  /** Why the link is down, once it is. */
  protected gone?: string

  protected linkGone(why: string): void {
    this.gone ??= why
    this.inbox.fail()
  }

  /** The open link to write to, or TransportClosedError saying why there is none. */
  protected live<T>(link: T | undefined): T {
    if (link === undefined || this.gone !== undefined)
      throw new TransportClosedError(this.name, this.gone ?? 'not open')
    return link
  }

  async readByte(timeoutMs: number): Promise<number | undefined> {
    if (this.gone !== undefined) return undefined
    return this.inbox.next(timeoutMs)
  }

  discardInput(): void {
    this.inbox.clear()
  }
}

/**
 * Bytes that arrived from the printer, for transports that are pushed data
 * (serial, TCP). Answers that arrive after their query timed out are stale:
 * clear() drops them before the next query.
 */
export class ByteInbox {
  private readonly bytes: number[] = []
  private waiter?: (byte: number | undefined) => void

  push(chunk: Buffer): void {
    for (const b of chunk) this.bytes.push(b)
    this.wake()
  }

  clear(): void {
    this.bytes.length = 0
  }

  private wake(): void {
    const waiter = this.waiter
    if (waiter && this.bytes.length > 0) {
      this.waiter = undefined
      waiter(this.bytes.shift())
    }
  }

  /** Ends a pending read with "no byte": the link closed. */
  fail(): void {
    const waiter = this.waiter
    this.waiter = undefined
    waiter?.(undefined)
  }

  next(timeoutMs: number): Promise<number | undefined> {
    if (this.bytes.length > 0) return Promise.resolve(this.bytes.shift())
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiter = undefined
        resolve(undefined)
      }, timeoutMs)
      this.waiter = (byte) => {
        clearTimeout(timer)
        resolve(byte)
      }
    })
  }
}
