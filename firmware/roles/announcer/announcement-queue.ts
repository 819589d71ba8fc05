/**
 * The order in which calls are heard. One announcement at a time (never two
 * over each other), in the order the calls were made, none dropped: a call
 * that cannot be played stays at the head and is retried, with a growing
 * pause, until the speaker works again. A ticket waits in the backlog at
 * most once: called again before its first call was heard (a recall, or
 * sent on to another counter), the waiting entry takes the newest counter
 * instead of queueing a stale second announcement. A recall of a ticket
 * already heard is a new entry, and is heard again.
 */
import { EventEmitter } from 'node:events'

export interface QueuedCall {
  label: string
  counter: string
  recall: boolean
  /** Journal sequence of the (latest) call event. */
  seq?: number
  /** When the hub recorded the call, ms. */
  at: number
}

export interface QueueOptions {
  play(call: QueuedCall): Promise<void>
  /** First pause after a failure, doubled each time up to `maxRetryMs`. Default 1 s. */
  retryMs?: number
  /** Default 30 s. */
  maxRetryMs?: number
}

interface QueueEvents {
  played: [call: QueuedCall]
  merged: [call: QueuedCall]
  failed: [call: QueuedCall, error: Error, retryInMs: number]
  recovered: []
}

export class AnnouncementQueue extends EventEmitter<QueueEvents> {
  private readonly backlog: QueuedCall[] = []
  private running?: Promise<void>
  /** The call whose announcement is on the speaker now. */
  private playing?: QueuedCall
  private readonly abort = new AbortController()

  constructor(private readonly options: QueueOptions) {
    super()
  }

  get waiting(): number {
    return this.backlog.length
  }

  /** Calls waiting, oldest first (the head may be playing). */
  pending(): readonly QueuedCall[] {
    return this.backlog
  }

  push(call: QueuedCall): void {
    if (this.abort.signal.aborted) return
    // The call being played is not stale: a repeat of it is a new entry, heard after it.
    const waiting = this.backlog.findIndex((c) => c.label === call.label && c !== this.playing)
    if (waiting >= 0) {
      const merged = { ...call, at: this.backlog[waiting]!.at }
      this.backlog[waiting] = merged
      this.emit('merged', merged)
      return
    }
    this.backlog.push(call)
    this.running ??= this.drain().finally(() => (this.running = undefined))
  }

  private async drain(): Promise<void> {
    let failures = 0
    while (this.backlog.length > 0 && !this.abort.signal.aborted) {
      const call = this.backlog[0]!
      this.playing = call
      const error = await this.options.play(call).then(
        () => undefined,
        (err: Error) => err,
      )
      this.playing = undefined
      if (error) {
        if (this.abort.signal.aborted) return
        const pause = Math.min((this.options.retryMs ?? 1000) * 2 ** failures, this.options.maxRetryMs ?? 30_000)
        failures++
        this.emit('failed', call, error, pause)
        await this.pause(pause)
        continue
      }
      this.backlog.shift()
      if (failures > 0) {
        failures = 0
        this.emit('recovered')
      }
      this.emit('played', call)
    }
  }

  /** Waits, or less when stop() comes first. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        resolve()
      }
      const timer = setTimeout(done, ms)
      this.abort.signal.addEventListener('abort', done, { once: true })
    })
  }

  /** Stops after the announcement being played; what still waits is returned, not played. Safe twice. */
  async stop(): Promise<QueuedCall[]> {
    this.abort.abort()
    await this.running
    return this.backlog.splice(0)
  }
}
