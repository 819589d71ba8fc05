/**
 * One AT command at a time over a modem's serial line (3GPP TS 27.007).
 * Commands wait in a queue; an answer is the information lines up to the
 * final result; unsolicited notices go to their own listener whenever they
 * come, even in the middle of an answer or of an SMS send, and are never
 * taken for the answer.
 */
import type { Logger } from 'pino'
import { AtLineReader, type AtItem } from './at-lines.ts'

export interface AtAnswer {
  ok: boolean
  /** Information lines, without the echo of the command. */
  lines: string[]
  /** The final line: OK, ERROR, +CMS ERROR: 330 … */
  final: string
  code?: number
}

export type Unsolicited = Extract<AtItem, { kind: 'unsolicited' }>

/** No final result within the time allowed. */
export class AtTimeoutError extends Error {
  readonly timedOut = true
  constructor(command: string, ms: number) {
    super(`the modem did not answer ${command} within ${ms} ms`)
  }
}

/** The modem restarted (RDY, +CFUN: 1) while a command was in flight. */
export class ModemResetError extends Error {
  readonly reset = true
  constructor(command: string, notice: string) {
    super(`the modem restarted (${notice}) during ${command}`)
  }
}

/** Notices that a modem sends when it has just started: the command in flight is lost. */
const RESET_NOTICES = new Set(['RDY', '^BOOT', '+CFUN'])

/** 27.005 §3.5.1: ESC aborts the message at the prompt; Ctrl-Z sends it. */
const CTRL_Z = 0x1a
const ESC = 0x1b

interface InFlight {
  command: string
  /** '+CPIN' for AT+CPIN?: the answer that could pass for a notice. */
  name?: string
  lines: string[]
  onPrompt?: () => void
  done: (answer: AtAnswer) => void
  fail: (err: Error) => void
}

export interface AtChannelOptions {
  write: (bytes: Buffer) => Promise<void>
  onUnsolicited: (notice: Unsolicited) => void
  logger: Logger
  /** Default 5000 ms for ordinary commands. */
  commandTimeoutMs?: number
}

export class AtChannel {
  private readonly reader = new AtLineReader()
  private queue: Promise<unknown> = Promise.resolve()
  private current?: InFlight
  /** Lines the modem sent that were neither answers nor notices; for the health report. */
  garbage = 0

  constructor(private readonly options: AtChannelOptions) {}

  /** Feed bytes from the port. Never throws. */
  push(chunk: Buffer): void {
    for (const item of this.reader.push(chunk, this.current?.name)) this.take(item)
  }

  /** Runs `AT…` and resolves with its answer; rejects on time-out or reset. */
  command(command: string, timeoutMs = this.options.commandTimeoutMs ?? 5000): Promise<AtAnswer> {
    return this.enqueue(() => this.exchange(command, timeoutMs))
  }

  /**
   * AT+CMGS in PDU mode: the command, the `> ` prompt, the PDU and Ctrl-Z,
   * then +CMGS: <ref> and OK. On time-out ESC goes out so the modem leaves
   * the prompt instead of taking the next command as message text.
   */
  sendPdu(tpduLength: number, pduHex: string, timeoutMs: number): Promise<AtAnswer> {
    return this.enqueue(async () => {
      const command = `AT+CMGS=${tpduLength}`
      let prompted = false
      try {
        return await this.exchange(command, timeoutMs, async () => {
          prompted = true
          await this.options.write(Buffer.concat([Buffer.from(pduHex, 'latin1'), Buffer.from([CTRL_Z])]))
        })
      } catch (err) {
        if ((err as AtTimeoutError).timedOut) {
          this.options.logger.warn({ prompted }, 'SMS send timed out: ESC to leave the prompt')
          await this.options.write(Buffer.from([ESC]))
        }
        throw err
      }
    })
  }

  /** Fails whatever is in flight (the port closed). */
  abort(why: Error): void {
    this.current?.fail(why)
  }

  private enqueue<T>(job: () => Promise<T>): Promise<T> {
    const run = this.queue.then(job, job)
    this.queue = run.then(
      () => undefined,
      () => undefined,
    )
    return run
  }

  private exchange(command: string, timeoutMs: number, onPrompt?: () => Promise<void>): Promise<AtAnswer> {
    return new Promise<AtAnswer>((resolve, reject) => {
      const timer = setTimeout(() => {
        // A half line left by a modem that went quiet belongs to nobody.
        this.reader.reset()
        finish(() => reject(new AtTimeoutError(command, timeoutMs)))
      }, timeoutMs)
      const finish = (then: () => void): void => {
        clearTimeout(timer)
        this.current = undefined
        then()
      }
      const name = /^AT(\+[A-Z]+)\??/.exec(command)?.[1]
      this.current = {
        command,
        ...(name === undefined ? {} : { name }),
        lines: [],
        done: (answer) => finish(() => resolve(answer)),
        fail: (err) => finish(() => reject(err)),
        ...(onPrompt === undefined
          ? {}
          : {
              onPrompt: () => {
                onPrompt().catch((err: Error) => this.current?.fail(err))
              },
            }),
      }
      this.options.write(Buffer.from(`${command}\r`, 'latin1')).catch((err: Error) => this.current?.fail(err))
    })
  }

  private take(item: AtItem): void {
    const current = this.current
    switch (item.kind) {
      case 'unsolicited':
        if (RESET_NOTICES.has(item.name) && current) current.fail(new ModemResetError(current.command, item.line))
        this.options.onUnsolicited(item)
        return
      case 'garbage':
        this.garbage++
        this.options.logger.warn({ why: item.why }, 'modem sent garbage')
        return
      case 'prompt':
        if (current?.onPrompt) {
          const go = current.onPrompt
          current.onPrompt = undefined
          go()
        } else {
          this.garbage++
          this.options.logger.warn('modem sent an SMS prompt nobody asked for')
        }
        return
      case 'info':
        if (!current) {
          this.garbage++
          this.options.logger.warn({ line: item.line }, 'modem line with no command in flight')
        } else if (item.line !== current.command) current.lines.push(item.line)
        return
      case 'final':
        if (!current) {
          this.garbage++
          this.options.logger.warn({ line: item.line }, 'modem result with no command in flight')
          return
        }
        current.done({
          ok: item.ok,
          lines: current.lines,
          final: item.line,
          ...(item.ok || item.code === undefined ? {} : { code: item.code }),
        })
    }
  }
}
