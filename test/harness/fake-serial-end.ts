/**
 * The far end of a socat pty pair, opened with the real serialport binding:
 * keypads made for the tests send key frames through it as a keypad would,
 * and it keeps every byte the appliance sends (keypad replies, or the frames
 * of displays that never answer).
 */
import { SerialPort } from 'serialport'

export class FakeSerialEnd {
  private port?: SerialPort
  received = Buffer.alloc(0)
  private waiters: Array<{ done: (received: Buffer) => boolean; resolve: () => void }> = []

  constructor(private readonly path: string) {}

  async open(): Promise<void> {
    const port = new SerialPort({ path: this.path, baudRate: 9600, autoOpen: false })
    port.on('data', (chunk: Buffer) => {
      this.received = Buffer.concat([this.received, chunk])
      this.waiters = this.waiters.filter((w) => (w.done(this.received) ? (w.resolve(), false) : true))
    })
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())))
    this.port = port
  }

  async send(bytes: Buffer): Promise<void> {
    const port = this.port
    if (!port) throw new Error('fake serial end not open')
    await new Promise<void>((resolve, reject) =>
      port.write(bytes, (err) => (err ? reject(err) : port.drain(() => resolve()))),
    )
  }

  /** Resolves once at least this many bytes came back in all. */
  receivedAtLeast(bytes: number): Promise<void> {
    return this.until((received) => received.length >= bytes)
  }

  /** Resolves once these exact bytes came in, as one run, anywhere in what was received. */
  receivedFrame(frame: Buffer): Promise<void> {
    return this.until((received) => received.includes(frame))
  }

  private until(done: (received: Buffer) => boolean): Promise<void> {
    if (done(this.received)) return Promise.resolve()
    return new Promise((resolve) => this.waiters.push({ done, resolve }))
  }

  async close(): Promise<void> {
    const port = this.port
    this.port = undefined
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()))
  }
}
