/**
 * Modbus-RTU counter displays made for the tests, several on one line: the
 * far end of a socat pty pair. Each address either answers as a display
 * should, never answers, or answers garbage; every frame that came in with
 * a good CRC is kept, by address, as its text.
 */
import { SerialPort } from 'serialport'
import { validCrc, withCrc } from '../../firmware/drivers/display/modbus-display.ts'

/** forgetful: takes writes, but reads back blanks (a display whose memory failed). */
export type DisplayMood = 'live' | 'dead' | 'garbage' | 'forgetful'

export interface ReceivedWrite {
  address: number
  blink: boolean
  text: string
  at: bigint
}

export class FakeModbusDisplays {
  readonly moods = new Map<number, DisplayMood>()
  readonly writes: ReceivedWrite[] = []
  readonly badFrames: string[] = []
  /** Read-back requests seen, by address. */
  readonly reads: number[] = []
  /** The register bytes last written, by address. */
  private readonly memory = new Map<number, Buffer>()
  private port?: SerialPort
  private rx = Buffer.alloc(0)
  private waiters: Array<{ test: (w: ReceivedWrite) => boolean; resolve: (w: ReceivedWrite) => void }> = []

  constructor(
    private readonly path: string,
    private readonly baudRate = 9600,
  ) {}

  async open(): Promise<void> {
    const port = new SerialPort({ path: this.path, baudRate: this.baudRate, autoOpen: false })
    port.on('data', (chunk: Buffer) => this.receive(chunk))
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())))
    this.port = port
  }

  /** Resolves at the first write (already received or still to come) that passes the test. */
  written(test: (w: ReceivedWrite) => boolean): Promise<ReceivedWrite> {
    const seen = this.writes.find(test)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve) => this.waiters.push({ test, resolve }))
  }

  private receive(chunk: Buffer): void {
    this.rx = Buffer.concat([this.rx, chunk])
    // A write-multiple frame: address, 0x10, start(2), quantity(2), byte count, data, CRC(2).
    while (this.rx.length >= 8) {
      if (this.rx[1] === 0x03) {
        const frame = this.rx.subarray(0, 8)
        this.rx = this.rx.subarray(8)
        if (validCrc(frame)) this.readBack(frame)
        else this.badFrames.push(frame.toString('hex'))
        continue
      }
      if (this.rx.length < 9) return
      const length = 9 + this.rx[6]!
      if (this.rx[1] !== 0x10) {
        this.badFrames.push(this.rx.toString('hex'))
        this.rx = Buffer.alloc(0)
        return
      }
      if (this.rx.length < length) return
      const frame = this.rx.subarray(0, length)
      this.rx = this.rx.subarray(length)
      if (!validCrc(frame)) {
        this.badFrames.push(frame.toString('hex'))
        continue
      }
      this.handle(frame)
    }
  }

  private handle(frame: Buffer): void {
    const address = frame[0]!
    const mood = this.moods.get(address) ?? 'dead'
    if (mood === 'dead') return
    const write = {
      address,
      blink: frame.readUInt16BE(7) === 1,
      text: frame.subarray(9, -2).toString('latin1').trimEnd(),
      at: process.hrtime.bigint(),
    }
    this.writes.push(write)
    this.memory.set(address, Buffer.from(frame.subarray(7, -2)))
    this.waiters = this.waiters.filter((w) => (w.test(write) ? (w.resolve(write), false) : true))
    const answer =
      mood !== 'garbage'
        ? withCrc(frame.subarray(0, 6))
        : Buffer.from([address, 0x10, 0xde, 0xad, 0xbe, 0xef, 0x00, 0x00])
    this.port?.write(answer)
  }

  private readBack(frame: Buffer): void {
    const address = frame[0]!
    const mood = this.moods.get(address) ?? 'dead'
    this.reads.push(address)
    if (mood === 'dead') return
    const stored = this.memory.get(address) ?? Buffer.alloc(frame.readUInt16BE(4) * 2)
    const data = mood === 'forgetful' ? Buffer.alloc(stored.length, 0x20) : stored
    this.port?.write(withCrc(Buffer.concat([Buffer.from([address, 0x03, data.length]), data])))
  }

  async close(): Promise<void> {
    const port = this.port
    this.port = undefined
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()))
  }
}
