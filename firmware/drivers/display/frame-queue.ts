/**
 * The displays on one shared RS-485 line (rs485/shared-line.ts). Frames go
 * out one at a time with the gap their protocol asks for. Each display has
 * at most one frame waiting: a newer one replaces it (only the latest face
 * matters). A display that does not answer, or answers garbage, is retried
 * with a growing pause and reported offline after a few misses — while it
 * pauses, the others on the line are served.
 */
import { EventEmitter } from 'node:events'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Logger } from 'pino'
import { SharedLine } from '../rs485/shared-line.ts'
import type { AnswerCheck, DisplayFrame } from './display-frame.ts'

export interface FrameQueueOptions {
  path: string
  baudRate: number
  logger: Logger
  /** How long a display that answers may take, ms. Default 200. */
  answerTimeoutMs?: number
  /** First pause before a retry, doubled each miss up to retryMaxMs. Default 1000. */
  retryMs?: number
  /** Default 30000. */
  retryMaxMs?: number
  /** Misses in a row before a display is reported offline. Default 3. */
  offlineAfter?: number
}

interface Job {
  display: string
  frame: DisplayFrame
  notBefore: number
  misses: number
  settle?: { resolve: () => void; reject: (err: Error) => void }
}

export interface FrameQueueEvents {
  /** A display's problem, or undefined once it answers again. */
  health: [display: string, problem: string | undefined]
  /** A frame was fully written (drained to the port). */
  written: [display: string, bytes: number]
}

export class FrameQueue extends EventEmitter<FrameQueueEvents> {
  private readonly line: SharedLine
  private readonly jobs = new Map<string, Job>()
  private readonly offline = new Set<string>()
  private running?: Promise<void>
  private draining = false
  private wake?: () => void
  private rx = Buffer.alloc(0)
  private onRx?: () => void

  constructor(private readonly options: FrameQueueOptions) {
    super()
    const { path, baudRate, logger } = options
    this.line = new SharedLine({ path, baudRate, kind: 'display', logger })
    this.line.on('data', (chunk) => {
      this.rx = Buffer.concat([this.rx, chunk]).subarray(-256)
      this.onRx?.()
    })
  }

  logRepaintFailure(display: string, err: Error): void {
    this.options.logger.debug({ path: this.options.path, display, err }, 'periodic repaint not taken')
  }

  attach(display: string): Promise<void> {
    return this.line.attach(display)
  }

  async detach(display: string): Promise<void> {
    const last = this.line.leave(display)
    const job = this.jobs.get(display)
    this.jobs.delete(display)
    job?.settle?.resolve()
    if (!last) return
    this.wake?.()
    await this.running
    await this.close()
  }

  /** Resolves once the frame is written (and answered, where the display answers) or replaced by a newer one. */
  send(display: string, frame: DisplayFrame): Promise<void> {
    return new Promise((resolve, reject) => {
      const old = this.jobs.get(display)
      old?.settle?.resolve()
      // An offline display keeps its pause: new faces for it must not hold up the live ones.
      const notBefore = this.offline.has(display) ? (old?.notBefore ?? 0) : 0
      // Re-inserting puts the display at the back: the others waiting go first.
      this.jobs.set(display, { display, frame, notBefore, misses: old?.misses ?? 0, settle: { resolve, reject } })
      this.kick()
    })
  }

  private kick(): void {
    if (this.draining) {
      this.wake?.()
      return
    }
    this.draining = true
    this.running = this.drain()
  }

  private next(): Job | { waitMs: number } | undefined {
    let soonest = Infinity
    const now = Date.now()
    for (const job of this.jobs.values()) {
      if (job.notBefore <= now) return job
      soonest = Math.min(soonest, job.notBefore - now)
    }
    return soonest === Infinity ? undefined : { waitMs: soonest }
  }

  private async drain(): Promise<void> {
    try {
      await this.drainJobs()
    } catch (err) {
      this.draining = false
      this.options.logger.error({ path: this.options.path, err }, 'display line stopped writing')
    }
  }

  private async drainJobs(): Promise<void> {
    // `draining` is cleared in the same step as the last look at the queue, so a frame sent after it starts a new drain.
    while (this.line.isOpen) {
      const next = this.next()
      if (!next) {
        this.draining = false
        return
      }
      if (!('display' in next)) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, next.waitMs)
          this.wake = () => {
            clearTimeout(timer)
            resolve()
          }
        })
        this.wake = undefined
        continue
      }
      this.jobs.delete(next.display)
      const problem = await this.attempt(next)
      this.settle(next, problem)
      await sleep(next.frame.gapMs)
    }
    this.draining = false
  }

  private async attempt(job: Job): Promise<string | undefined> {
    for (let frame: DisplayFrame | undefined = job.frame; frame; frame = frame.next) {
      const problem = await this.exchange(job.display, frame)
      if (problem !== undefined) return problem
      if (frame.next) await sleep(frame.gapMs)
    }
    return undefined
  }

  private async exchange(display: string, frame: DisplayFrame): Promise<string | undefined> {
    if (!this.line.isOpen) return 'the line is closed'
    this.rx = Buffer.alloc(0)
    // Listen before writing: a display may answer before drain() resolves (its answer is then already in
    // rx), and on a real UART drain() can resolve well after the display began answering.
    const answer = frame.answer ? this.listen(frame.answer) : undefined
    const written = await this.line.write(frame.bytes)
    if (written !== undefined) {
      answer?.cancel()
      return `not written: ${written.message}`
    }
    this.emit('written', display, frame.bytes.length)
    return answer?.after(this.options.answerTimeoutMs ?? 200)
  }

  /**
   * Judges rx as it grows, from now on. `after(ms)` gives the verdict, waiting at most ms from the end of
   * the write for an answer not yet complete; `cancel()` stops listening.
   */
  private listen(check: AnswerCheck): { after(ms: number): Promise<string | undefined>; cancel(): void } {
    let verdict: string | undefined | null = null
    let settle: ((problem: string | undefined) => void) | undefined
    const judge = () => {
      const seen = check(this.rx)
      if (seen === 'more') return
      verdict = seen === 'ok' ? undefined : seen.error
      this.onRx = undefined
      settle?.(verdict)
    }
    this.onRx = judge
    return {
      after: (ms) => {
        if (verdict !== null) return Promise.resolve(verdict)
        return new Promise((resolve) => {
          const timer = setTimeout(() => {
            this.onRx = undefined
            resolve(this.rx.length === 0 ? 'no answer' : `incomplete answer ${this.rx.toString('hex')}`)
          }, ms)
          settle = (problem) => {
            clearTimeout(timer)
            resolve(problem)
          }
        })
      },
      cancel: () => {
        this.onRx = undefined
      },
    }
  }

  private settle(job: Job, problem: string | undefined): void {
    const { logger, path } = this.options
    if (problem === undefined) {
      job.settle?.resolve()
      if (this.offline.delete(job.display)) {
        logger.info({ path, display: job.display }, 'display answers again')
        this.emit('health', job.display, undefined)
      }
      return
    }
    job.settle?.reject(new Error(`display ${job.display}: ${problem}`))
    const misses = job.misses + 1
    const limit = this.options.offlineAfter ?? 3
    if (misses >= limit && !this.offline.has(job.display)) {
      this.offline.add(job.display)
      logger.warn({ path, display: job.display, problem }, 'display offline; retrying')
      this.emit('health', job.display, `display ${job.display} on ${path}: ${problem}`)
    }
    // Keep trying the same face unless a newer one came meanwhile.
    if (this.jobs.has(job.display) || !this.line.has(job.display)) return
    const pause = Math.min((this.options.retryMs ?? 1000) * 2 ** (misses - 1), this.options.retryMaxMs ?? 30_000)
    this.jobs.set(job.display, { display: job.display, frame: job.frame, notBefore: Date.now() + pause, misses })
  }

  private async close(): Promise<void> {
    for (const job of this.jobs.values()) job.settle?.resolve()
    this.jobs.clear()
    await this.line.close()
  }
}
