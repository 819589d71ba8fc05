/** A printer on a serial port (RS-232 or a USB-serial adapter), through the serialport binding. */
import type { SerialPort } from 'serialport'
import type { Logger } from 'pino'
import { PushedBytesTransport, TransportClosedError, type PrinterTransport } from './printer-transport.ts'

export interface SerialTransportOptions {
  path: string
  /** Default 115200; many printers ship at 9600 or 19200 (see the printer's self-test slip). */
  baudRate?: number
  logger: Logger
}

export class SerialTransport extends PushedBytesTransport implements PrinterTransport {
  readonly name: string
  private port?: SerialPort

  constructor(private readonly options: SerialTransportOptions) {
    super()
    this.name = `serial ${options.path}`
  }

  async open(): Promise<void> {
    // Loaded when a port is opened: the binding costs a board without serial devices 15 MiB.
    const { SerialPort } = await import('serialport')
    const port = new SerialPort({ path: this.options.path, baudRate: this.options.baudRate ?? 115200, autoOpen: false })
    this.gone = undefined
    port.on('data', (chunk: Buffer) => this.inbox.push(chunk))
    port.on('error', (err) => this.options.logger.warn({ err }, `${this.name} error`))
    port.on('close', () => this.linkGone('the port closed'))
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())))
    this.port = port
  }

  async write(data: Buffer): Promise<void> {
    const port = this.live(this.port)
    await new Promise<void>((resolve, reject) => {
      port.write(data, (err) => {
        if (err) return reject(new TransportClosedError(this.name, err.message))
        port.drain((drainErr) => (drainErr ? reject(new TransportClosedError(this.name, drainErr.message)) : resolve()))
      })
    })
  }

  async close(): Promise<void> {
    const port = this.port
    this.port = undefined
    if (!port?.isOpen) return
    await new Promise<void>((resolve) =>
      port.close((err) => {
        if (err) this.options.logger.warn({ err }, `${this.name} did not close cleanly`)
        resolve()
      }),
    )
  }
}
