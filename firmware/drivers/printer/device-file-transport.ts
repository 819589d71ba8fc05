/**
 * A USB printer through the kernel's usblp driver (/dev/usb/lp0). Writes go
 * through a blocking descriptor; status answers are read from a second,
 * non-blocking one, polled only while a query waits, so no thread of the
 * pool is ever parked in a read that may never return.
 */
import { constants } from 'node:fs'
import { open, type FileHandle } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'
import { TransportClosedError, type PrinterTransport } from './printer-transport.ts'

export interface DeviceFileTransportOptions {
  path: string
  /** How often a waiting status query looks for the answer. Default 5 ms. */
  pollMs?: number
}

export class DeviceFileTransport implements PrinterTransport {
  readonly name: string
  private writer?: FileHandle
  private reader?: FileHandle
  private readonly one = Buffer.alloc(64)
  private pending: number[] = []

  constructor(private readonly options: DeviceFileTransportOptions) {
    this.name = `device ${options.path}`
  }

  async open(): Promise<void> {
    this.writer = await open(this.options.path, constants.O_WRONLY | constants.O_NOCTTY)
    this.reader = await open(this.options.path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY)
  }

  async write(data: Buffer): Promise<void> {
    const writer = this.writer
    if (!writer) throw new TransportClosedError(this.name, 'not open')
    try {
      let done = 0
      while (done < data.length) done += (await writer.write(data, done)).bytesWritten
    } catch (err) {
      throw new TransportClosedError(this.name, (err as Error).message)
    }
  }

  /** Reads whatever is there without blocking; EAGAIN means "nothing yet". */
  private async drainReader(): Promise<boolean> {
    const reader = this.reader
    if (!reader) return false
    try {
      const { bytesRead } = await reader.read(this.one, 0, this.one.length, null)
      for (let i = 0; i < bytesRead; i++) this.pending.push(this.one[i] as number)
      return bytesRead > 0
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') return false
      throw new TransportClosedError(this.name, (err as Error).message)
    }
  }

  async readByte(timeoutMs: number): Promise<number | undefined> {
    const until = Date.now() + timeoutMs
    for (;;) {
      if (this.pending.length > 0) return this.pending.shift()
      try {
        if (await this.drainReader()) continue
      } catch {
        // A vanished device answers nothing; the write that follows reports why.
        return undefined
      }
      if (Date.now() >= until) return undefined
      await sleep(this.options.pollMs ?? 5)
    }
  }

  discardInput(): void {
    this.pending = []
  }

  async close(): Promise<void> {
    const { writer, reader } = this
    this.writer = undefined
    this.reader = undefined
    await writer?.close()
    await reader?.close()
  }
}
