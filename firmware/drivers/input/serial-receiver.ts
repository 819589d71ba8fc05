/**
 * A receiver for wireless call buttons on a serial port, seen as a GPIO
 * backend: each `<channel> down|up` line is an edge of "line" <channel>, so
 * the buttons get the same debounce and long-press logic as wired ones
 * (GpioButtons). Garbage lines are logged and counted, never thrown. It has
 * no outputs: lamps are not driven.
 */
import { EventEmitter } from 'node:events'
import type { Logger } from 'pino'
import type { SerialPort } from 'serialport'
import type { GpioBackend, GpioEvents } from '../gpio/gpio-backend.ts'
import { readReceiverLine } from './receiver-line.ts'

export interface SerialReceiverOptions {
  path: string
  /** Default 9600, what most 433 MHz receiver boards ship at. */
  baudRate?: number
  logger: Logger
}

export class SerialReceiver extends EventEmitter<GpioEvents> implements GpioBackend {
  readonly name: string
  /** Lines refused since start, for the status. */
  refused = 0
  private port?: SerialPort
  private buffer = ''

  constructor(private readonly options: SerialReceiverOptions) {
    super()
    this.name = `serial receiver ${options.path}`
  }

  async start(): Promise<void> {
    const { SerialPort } = await import('serialport')
    const port = new SerialPort({ path: this.options.path, baudRate: this.options.baudRate ?? 9600, autoOpen: false })
    port.on('data', (chunk: Buffer) => this.take(chunk))
    port.on('error', (err) => this.options.logger.warn({ err }, `${this.name} error`))
    port.on('close', () => this.emit('failure', new Error(`${this.name} closed`)))
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())))
    this.port = port
  }

  private take(chunk: Buffer): void {
    this.buffer += chunk.toString('latin1')
    const lines = this.buffer.split(/\r?\n/)
    this.buffer = lines.pop() ?? ''
    if (this.buffer.length > 256) {
      this.refused++
      this.options.logger.warn('receiver line longer than 256 characters: dropped')
      this.buffer = ''
    }
    for (const line of lines) {
      const read = readReceiverLine(line)
      if ('error' in read) {
        this.refused++
        this.options.logger.warn({ why: read.error }, 'receiver line refused')
      } else if ('channel' in read) this.emit('edge', read.channel, read.active)
    }
  }

  async write(line: number): Promise<void> {
    throw new Error(`${this.name} has no outputs (line ${line})`)
  }

  async stop(): Promise<void> {
    const port = this.port
    this.port = undefined
    if (!port?.isOpen) return
    port.removeAllListeners('close')
    await new Promise<void>((resolve) => port.close(() => resolve()))
  }
}
