/**
 * A thermal printer made for the tests: it sits on the far end of a socat pty
 * pair (opened with the real serialport binding) or on a TCP port, decodes
 * what it receives and answers DLE EOT status queries as the test says.
 */
import { once } from 'node:events'
import { createServer, type Server, type Socket } from 'node:net'
import { SerialPort } from 'serialport'
import { EscposDecoder, type DecodedTicket } from './escpos-decoder.ts'

export interface PrinterMood {
  paper: 'ok' | 'near-end' | 'out'
  cover: 'closed' | 'open'
  /** 'silent': status queries get no answer; 'garbage': a byte that is no status. */
  answers: 'normal' | 'silent' | 'garbage'
  /** Whole tickets left on the roll; the one after them runs out of paper half-way. */
  paperLeftTickets?: number
}

/** DLE EOT answers: fixed bits 0x12, then the flags (ESC/POS reference). */
export function statusByte(n: number, mood: PrinterMood): number {
  let b = 0x12
  if (n === 1 && (mood.cover === 'open' || mood.paper === 'out')) b |= 0x08
  if (n === 2 && mood.cover === 'open') b |= 0x04
  if (n === 2 && mood.paper === 'out') b |= 0x20
  if (n === 4 && mood.paper !== 'ok') b |= 0x0c
  if (n === 4 && mood.paper === 'out') b |= 0x60
  return b
}

export class FakeEscposPrinter {
  mood: PrinterMood = { paper: 'ok', cover: 'closed', answers: 'normal' }
  readonly decoder: EscposDecoder
  readonly errors: string[] = []
  private port?: SerialPort
  private server?: Server
  private readonly sockets = new Set<Socket>()
  private send: (b: Buffer) => void = () => undefined
  /** Resolvers waiting for the n-th ticket. */
  private readonly waiting: { n: number; resolve: (t: DecodedTicket) => void }[] = []

  constructor() {
    this.decoder = new EscposDecoder(
      (n) => this.answer(n),
      () => this.cut(),
    )
  }

  get tickets(): DecodedTicket[] {
    return this.decoder.tickets
  }

  private answer(n: number): void {
    if (this.mood.answers === 'silent') return
    this.send(Buffer.from([this.mood.answers === 'garbage' ? 0xff : statusByte(n, this.mood)]))
  }

  private cut(): void {
    if (this.mood.paperLeftTickets !== undefined) {
      if (this.mood.paperLeftTickets === 0) this.mood.paper = 'out'
      else this.mood.paperLeftTickets--
    }
    for (const w of [...this.waiting]) {
      if (this.tickets.length >= w.n) {
        this.waiting.splice(this.waiting.indexOf(w), 1)
        w.resolve(this.tickets[w.n - 1] as DecodedTicket)
      }
    }
  }

  /** Resolves with the n-th ticket (1-based) once it is cut. */
  ticket(n: number): Promise<DecodedTicket> {
    const done = this.tickets[n - 1]
    if (done) return Promise.resolve(done)
    return new Promise((resolve) => this.waiting.push({ n, resolve }))
  }

  async openSerial(path: string): Promise<void> {
    const port = new SerialPort({ path, baudRate: 115200, autoOpen: false })
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())))
    port.on('data', (chunk: Buffer) => this.decoder.push(chunk))
    // After an unplug (socat killed) its writes fail with EIO: that is the point, keep it for the test.
    port.on('error', (err) => this.errors.push(err.message))
    this.send = (b) => void port.write(b)
    this.port = port
  }

  async listenTcp(): Promise<number> {
    const server = createServer((socket) => {
      this.sockets.add(socket)
      socket.on('close', () => this.sockets.delete(socket))
      socket.on('data', (chunk) => this.decoder.push(chunk))
      this.send = (b) => void socket.write(b)
    })
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    this.server = server
    const address = server.address()
    if (address === null || typeof address === 'string') throw new Error('no TCP port')
    return address.port
  }

  async close(): Promise<void> {
    const port = this.port
    this.port = undefined
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()))
    for (const s of this.sockets) s.destroy()
    const server = this.server
    this.server = undefined
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()))
  }
}
