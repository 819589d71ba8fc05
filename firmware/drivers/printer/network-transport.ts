/** A network printer: raw ESC/POS on TCP port 9100 (the "JetDirect"/raw port every LAN receipt printer opens). */
import { connect, type Socket } from 'node:net'
import { PushedBytesTransport, TransportClosedError, type PrinterTransport } from './printer-transport.ts'

export interface NetworkTransportOptions {
  host: string
  /** Default 9100. */
  port?: number
  /** Default 3000 ms. */
  connectTimeoutMs?: number
}

export class NetworkTransport extends PushedBytesTransport implements PrinterTransport {
  readonly name: string
  private socket?: Socket

  constructor(private readonly options: NetworkTransportOptions) {
    super()
    this.name = `tcp ${options.host}:${options.port ?? 9100}`
  }

  async open(): Promise<void> {
    const socket = connect({ host: this.options.host, port: this.options.port ?? 9100 })
    socket.setNoDelay(true)
    socket.setTimeout(this.options.connectTimeoutMs ?? 3000)
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve)
      socket.once('error', reject)
      socket.once('timeout', () => reject(new Error(`${this.name} did not accept a connection`)))
    })
    socket.setTimeout(0)
    this.gone = undefined
    socket.on('data', (chunk: Buffer) => this.inbox.push(chunk))
    // The 'close' event follows every error; the error's words are kept for the next write.
    socket.on('error', (err) => (this.gone ??= err.message))
    socket.on('close', () => this.linkGone('the printer closed the connection'))
    this.socket = socket
  }

  async write(data: Buffer): Promise<void> {
    const socket = this.live(this.socket)
    await new Promise<void>((resolve, reject) =>
      socket.write(data, (err) => (err ? reject(new TransportClosedError(this.name, err.message)) : resolve())),
    )
  }

  async close(): Promise<void> {
    const socket = this.socket
    this.socket = undefined
    if (!socket || socket.destroyed) return
    await new Promise<void>((resolve) => socket.end(resolve))
    socket.destroy()
  }
}
