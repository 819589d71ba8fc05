/**
 * A GSM/LTE modem on a serial port, driven with AT commands in PDU mode.
 * Sends go through the AtChannel queue one at a time; a failed send is tried
 * once more; incoming messages (+CMTI, +CMT) are read, handed on and deleted;
 * the modem is asked how it is every `healthEveryMs`; after a reset notice it
 * is set up again.
 */
import { EventEmitter } from 'node:events'
import type { Logger } from 'pino'
import type { SerialPort } from 'serialport'
import { AtChannel, type Unsolicited } from './at-channel.ts'
import { readHealth } from './modem-health.ts'
import type { ModemEvents, ModemHealth, SmsModem, SmsResult } from './modem.ts'
import { decodeDeliver, encodeSms } from './sms-pdu.ts'

export interface GsmModemOptions {
  path: string
  /** Default 115200 (most USB LTE modems; SIM800 boards autobaud). */
  baudRate?: number
  logger: Logger
  /** Default 60000 ms: the network may take that long to take a message. */
  sendTimeoutMs?: number
  /** Default 5000 ms for every other command. */
  commandTimeoutMs?: number
  /** After the port closes under it (unplugged), how often it is opened again; default 30000 ms. */
  reopenMs?: number
  /** Default 60000 ms between health checks; 0 turns them off. */
  healthEveryMs?: number
  /** Sends tried per part before giving up; default 2. */
  attempts?: number
}

/**
 * Echo off, numeric errors, PDU mode, new messages announced as +CMTI
 * (27.005 §3.4.1 mode 2, mt 1).
 */
const SETUP = ['ATE0', 'AT+CMEE=1', 'AT+CMGF=0', 'AT+CNMI=2,1,0,0,0']

export class GsmModem extends EventEmitter<ModemEvents> implements SmsModem {
  readonly name: string
  private port?: SerialPort
  private channel?: AtChannel
  private timer?: NodeJS.Timeout
  private reopenTimer?: NodeJS.Timeout
  private stopped = false

  constructor(private readonly options: GsmModemOptions) {
    super()
    this.name = `gsm ${options.path}`
  }

  async start(): Promise<void> {
    this.stopped = false
    // Loaded when the port is opened, as the printer's: the binding costs a board without serial devices 15 MiB.
    const { SerialPort } = await import('serialport')
    const port = new SerialPort({ path: this.options.path, baudRate: this.options.baudRate ?? 115200, autoOpen: false })
    const channel = new AtChannel({
      write: (bytes) => this.write(bytes),
      onUnsolicited: (notice) => this.notice(notice),
      logger: this.options.logger,
      ...(this.options.commandTimeoutMs === undefined ? {} : { commandTimeoutMs: this.options.commandTimeoutMs }),
    })
    port.on('data', (chunk: Buffer) => channel.push(chunk))
    port.on('error', (err) => this.options.logger.warn({ err }, `${this.name} error`))
    port.on('close', () => {
      channel.abort(new Error(`${this.name} closed`))
      if (!this.stopped && this.port === port) this.lost()
    })
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())))
    this.port = port
    this.channel = channel
    await this.setUp()
    const every = this.options.healthEveryMs ?? 60_000
    if (every > 0) this.timer = setInterval(() => void this.health(), every)
  }

  async send(to: string, text: string): Promise<SmsResult> {
    const channel = this.channel
    if (!channel) return { to, delivered: false, detail: 'the modem is not started', attempts: 0 }
    let encoded: ReturnType<typeof encodeSms>
    try {
      encoded = encodeSms(to, text)
    } catch (err) {
      return { to, delivered: false, detail: `cannot encode the message: ${(err as Error).message}`, attempts: 0 }
    }
    const refs: string[] = []
    let attempts = 0
    for (const part of encoded.parts) {
      let last = ''
      let sent = false
      for (let i = 0; i < (this.options.attempts ?? 2) && !sent && !this.stopped; i++) {
        attempts++
        try {
          const answer = await channel.sendPdu(part.tpduLength, part.hex, this.options.sendTimeoutMs ?? 60_000)
          const ref = answer.lines.find((l) => /^\+CMGS:\s*\d+/.test(l))
          if (answer.ok && ref) {
            refs.push(ref)
            sent = true
          } else last = answer.ok ? 'OK without +CMGS' : answer.final
        } catch (err) {
          // After a reset the notice handler has already queued the set-up before this retry.
          last = (err as Error).message
        }
      }
      if (!sent) {
        const detail = `part ${refs.length + 1}/${encoded.parts.length} not sent: ${last}`
        this.options.logger.warn({ to, detail, encoding: encoded.encoding }, 'SMS not delivered')
        return { to, delivered: false, detail, attempts }
      }
    }
    this.options.logger.info({ to, refs, encoding: encoded.encoding }, 'SMS sent')
    return { to, delivered: true, detail: refs.join(' '), attempts }
  }

  async health(): Promise<ModemHealth> {
    const channel = this.channel
    if (!channel) return { ok: false, sim: 'unknown', registered: false, problem: 'the modem is not started' }
    const ask = (command: string): Promise<string[] | Error> =>
      channel.command(command).then(
        (a) => (a.ok ? a.lines : new Error(a.final)),
        (err: Error) => err,
      )
    const health = readHealth(await ask('AT+CPIN?'), await ask('AT+CREG?'), await ask('AT+CSQ'))
    if (channel.garbage > 0) {
      health.ok = false
      health.problem = [health.problem, `${channel.garbage} garbled lines from the modem`].filter(Boolean).join('; ')
      channel.garbage = 0
    }
    this.emit('health', health)
    return health
  }

  /** Unplugged or its USB reset: staff are told through the health, and the port is opened again until it is back. */
  private lost(): void {
    clearInterval(this.timer)
    this.timer = undefined
    this.port = undefined
    this.channel = undefined
    const every = this.options.reopenMs ?? 30_000
    this.options.logger.error(
      { path: this.options.path, retryInMs: every },
      `${this.name} was disconnected; opening it again`,
    )
    this.emit('health', { ok: false, sim: 'unknown', registered: false, problem: 'the modem was disconnected' })
    this.reopenLater(every)
  }

  private reopenLater(ms: number): void {
    clearTimeout(this.reopenTimer)
    this.reopenTimer = setTimeout(() => void this.reopen(ms), ms)
    this.reopenTimer.unref()
  }

  private async reopen(ms: number): Promise<void> {
    if (this.stopped) return
    try {
      await this.start()
    } catch (err) {
      this.options.logger.warn({ err }, `${this.name} is still missing`)
      if (!this.stopped) this.reopenLater(ms)
      return
    }
    this.options.logger.info(`${this.name} is back`)
    await this.health()
  }

  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.reopenTimer)
    clearInterval(this.timer)
    this.timer = undefined
    const port = this.port
    this.port = undefined
    // A command in flight is answered now, not at its time-out.
    this.channel?.abort(new Error(`${this.name} stopped`))
    this.channel = undefined
    if (!port?.isOpen) return
    await new Promise<void>((resolve) =>
      port.close((err) => {
        if (err) this.options.logger.warn({ err }, `${this.name} did not close cleanly`)
        resolve()
      }),
    )
  }

  /** Queues every step at once, so nothing else gets between them. */
  private async setUp(): Promise<void> {
    const channel = this.channel
    if (!channel) return
    const answers = await Promise.all(SETUP.map((command) => channel.command(command).catch((err: Error) => err)))
    answers.forEach((answer, i) => {
      if (answer instanceof Error || !answer.ok)
        this.options.logger.warn(
          { command: SETUP[i], answer: answer instanceof Error ? answer.message : answer.final },
          'modem set-up step failed',
        )
    })
  }

  private write(bytes: Buffer): Promise<void> {
    const port = this.port
    if (!port) return Promise.reject(new Error(`${this.name} is not open`))
    return new Promise<void>((resolve, reject) =>
      port.write(bytes, (err) => (err ? reject(err) : port.drain((e) => (e ? reject(e) : resolve())))),
    )
  }

  private notice(notice: Unsolicited): void {
    this.options.logger.debug({ line: notice.line }, 'modem notice')
    if (notice.name === 'RDY' || notice.name === '^BOOT') void this.setUp()
    else if (notice.name === '+CMT' && notice.body !== undefined) this.received(notice.body)
    else if (notice.name === '+CMTI') {
      const index = /,\s*(\d+)\s*$/.exec(notice.line)?.[1]
      if (index === undefined) this.options.logger.warn({ line: notice.line }, 'a +CMTI notice without a message index')
      else void this.readStored(Number(index))
    }
  }

  private async readStored(index: number): Promise<void> {
    const channel = this.channel
    if (!channel) return
    try {
      const answer = await channel.command(`AT+CMGR=${index}`)
      const at = answer.lines.findIndex((l) => l.startsWith('+CMGR:'))
      const pdu = at >= 0 ? answer.lines[at + 1] : undefined
      if (!answer.ok || pdu === undefined)
        this.options.logger.warn({ index, answer: answer.final }, 'stored message could not be read')
      else this.received(pdu)
      await channel.command(`AT+CMGD=${index}`)
    } catch (err) {
      this.options.logger.warn({ index, err }, 'stored message could not be read')
    }
  }

  private received(pduHex: string): void {
    try {
      this.emit('sms', decodeDeliver(pduHex))
    } catch (err) {
      this.options.logger.warn({ err }, 'incoming SMS refused')
    }
  }
}
