/**
 * The hub: the only writer of queue state (rule 1). A command is decided by
 * the engine, applied in memory, journaled and fdatasynced, and only then
 * answered and published (rule 2: durable before visible).
 */
import { EventEmitter } from 'node:events'
import type { Logger } from 'pino'
import {
  apply,
  decide,
  initialState,
  packAllClosed,
  packClosedBy,
  ReplayPacking,
  type Command,
  type Event,
  type EngineConfig,
  type QueueState,
  type Reply,
} from '../core/index.ts'
import { encodeSnapshot, Journal, type RecoveryReport } from '../journal/index.ts'
import type { JsonChunks } from '../journal/json-chunks.ts'
import type { Answer } from '../contract/answers.ts'
import { parseCommand } from './command-payload.ts'
import type { Permit } from './command-rules.ts'
import { incidentOf, RequestMemory, ticketIds, type RememberedRequests } from './request-memory.ts'

/** One journal record: the events of one command, applied together or not at all. */
export interface JournalRecord {
  at: number
  /** The device that sent the command and its request id, for idempotency and reports. */
  dev?: string
  req?: string
  ev: Event[]
}

/** What a snapshot holds: the queue, and the request ids a repeat must still be recognised by. */
export interface HubSnapshot {
  state: QueueState
  requests: RememberedRequests
}

/** A command applied in memory whose record is on its way to the journal. */
interface Appended {
  appended: Promise<number>
  events: Event[]
  labels: Record<string, string>
  reply: Reply
  /** The ticket its answer names (request-memory.ts), for a repeat. */
  tickets: readonly string[]
  /** The incident its answer names, for a repeat of a call point's command. */
  incident?: string
}

export interface HubOptions {
  engine: EngineConfig
  journalDir: string
  snapshotEvery: number
  retentionDays: number
  logger: Logger
  /** Epoch milliseconds; the engine never reads the clock itself. */
  clock?: () => number
  /**
   * Runs when a business day starts, before compaction may delete days past
   * retention (the reports write each closed day's summary here). If it
   * fails, compaction waits for the next day.
   */
  beforeCompact?: (today: string) => Promise<void>
}

export interface HubEvents {
  /** Events that are durable, with the seq of their record and the label of each ticket they name. */
  durable: [events: Event[], seq: number, labels: Record<string, string>]
  /** The journal failed: memory may be ahead of disk, so the process must restart and recover. */
  fatal: [error: Error]
}

export class Hub extends EventEmitter<HubEvents> {
  state: QueueState
  private readonly journal: Journal
  private readonly clock: () => number
  private sinceSnapshot = 0
  private failed?: Error
  private readonly requests = new RequestMemory()
  /** The newest append: once it is synced, so is every record before it. */
  private lastAppend?: Promise<number>
  recovery?: RecoveryReport

  constructor(private readonly options: HubOptions) {
    super()
    this.state = initialState(options.engine)
    this.journal = new Journal({ dir: options.journalDir, logger: options.logger.child({ module: 'journal' }) })
    this.clock = options.clock ?? Date.now
  }

  async start(): Promise<RecoveryReport> {
    const { engine, logger } = this.options
    const packing = new ReplayPacking()
    const report = await this.journal.open({
      onSnapshot: (data) => {
        const snapshot = data as HubSnapshot
        this.state = snapshot.state
        // A snapshot written before closed tickets were packed holds them whole.
        packAllClosed(this.state)
        this.requests.load(snapshot.requests)
      },
      onRecord: (data) => {
        const record = data as JournalRecord
        for (const event of record.ev) apply(engine, this.state, event)
        packing.record(this.state, record.ev)
        if (record.dev !== undefined && record.req !== undefined)
          this.requests.replayed(record.dev, record.req, record.ev)
      },
    })
    packing.flush(this.state)
    this.requests.endReplay()
    this.sinceSnapshot = report.records
    this.recovery = report
    logger.info({ ...report, day: this.state.day }, 'queue state recovered')
    return report
  }

  /**
   * Runs one command to its answer. Never throws: a malformed command, a
   * command this device may not send, an engine refusal and a journal
   * failure all come back as an error answer. A repeated request id from the
   * same device gets the first answer (rule 3).
   */
  execute(payload: unknown, device: string, permit?: Permit): Promise<Answer> {
    const parsed = parseCommand(payload)
    if (!parsed.ok) return Promise.resolve({ req: parsed.req, status: 'error', error: parsed.error })
    const { command, req } = parsed
    const known = this.requests.lookup(device, req, this.state, this.options.engine)
    if (known) return Promise.resolve(known)
    const denied = permit?.(command)
    if (denied) return Promise.resolve({ req, status: 'error', error: denied })
    const step = this.commit(command, req, device)
    if ('answer' in step) return Promise.resolve(step.answer)
    const answer = this.settle(step, req).then((answer) => {
      if (answer.status === 'ok') this.requests.done(device, req, step.tickets, answer, step.incident)
      else this.requests.forget(device, req)
      return answer
    })
    // Remembered from the moment the record is appended: a snapshot taken before it is synced holds its effect, so it holds its id too.
    this.requests.pending(device, req, step.tickets, answer, step.incident)
    return answer
  }

  /**
   * Decides the command, applies its events and appends their record, in one
   * synchronous step; or the answer, for a command that changes nothing
   * (refused, or answered without events), which is not remembered.
   */
  private commit(command: Command, req: string, device: string): Appended | { answer: Answer } {
    if (this.failed)
      return {
        answer: {
          req,
          status: 'error',
          error: { code: 'hub-failed', message: 'The hub is restarting after a storage error; try again in a moment' },
        },
      }

    const now = this.clock()
    const decision = decide(this.options.engine, this.state, command, now)
    if (!decision.ok) {
      this.options.logger.debug({ device, command: command.type, error: decision.error.code }, 'command refused')
      return { answer: { req, status: 'error', error: decision.error } }
    }
    if (decision.events.length === 0) return { answer: { req, status: 'ok', data: decision.reply } }

    // Labels are taken as each event is applied: a new day drops yesterday's tickets from memory.
    const labels: Record<string, string> = {}
    for (const event of decision.events) {
      apply(this.options.engine, this.state, event)
      const label = 'id' in event && event.id !== undefined ? this.state.tickets[event.id]?.label : undefined
      if (label !== undefined) labels[(event as { id: string }).id] = label
    }
    // A ticket this command closed keeps only what the day still asks of it (core/closed-tickets.ts).
    packClosedBy(this.state, decision.events)
    const record: JournalRecord = { at: now, dev: device, req, ev: decision.events }
    const appended = this.journal.append(record, this.state.day)
    this.lastAppend = appended
    const incident = incidentOf(decision.events)
    return {
      appended,
      events: decision.events,
      labels,
      reply: decision.reply,
      tickets: ticketIds(decision.events),
      ...(incident === undefined ? {} : { incident }),
    }
  }

  /** The answer once the record is synced (rule 2), or the hub's failure if it could not be. */
  private async settle(step: Appended, req: string): Promise<Answer> {
    let seq: number
    try {
      seq = await step.appended
    } catch (err) {
      this.fail(err as Error)
      return {
        req,
        status: 'error',
        error: { code: 'hub-failed', message: 'The ticket could not be stored; nothing was issued' },
      }
    }
    this.emit('durable', step.events, seq, step.labels)
    if (this.snapshotDue(step.events)) setImmediate(() => void this.snapshot(step.events))
    return { req, status: 'ok', data: step.reply }
  }

  private snapshotDue(events: Event[]): boolean {
    this.sinceSnapshot += 1
    const dayStarted = events.some((e) => e.type === 'day.started')
    if (!dayStarted && this.sinceSnapshot < this.options.snapshotEvery) return false
    this.sinceSnapshot = 0
    return true
  }

  /**
   * Runs after the command that made it due has been answered. Between two
   * ticks of the event loop the state is exactly the fold of every record up
   * to the journal's last seq (a command is applied and appended in one
   * synchronous step), so that is the snapshot's seq; it is written once
   * those records are synced, so it never holds an unacknowledged command.
   */
  private async snapshot(events: Event[]): Promise<void> {
    const { logger, retentionDays } = this.options
    const seq = this.journal.lastSeq
    const payload = this.encodeSnapshot()
    try {
      await this.lastAppend
      await this.journal.writeSnapshot(seq, payload)
      logger.debug({ seq, bytes: payload.bytes }, 'snapshot written')
      const started = events.find((e) => e.type === 'day.started')
      if (started) {
        await this.options.beforeCompact?.(started.day)
        const report = await this.journal.compact({ retentionDays, today: started.day })
        logger.info({ ...report }, 'journal compacted for the new business day')
      }
    } catch (err) {
      // A snapshot only shortens recovery; the journal still holds every record.
      logger.error({ err, seq }, 'snapshot or compaction failed')
    }
  }

  /**
   * The state and remembered requests as snapshot bytes. A function of its
   * own so that nothing but the bytes outlives it: a variable holding the
   * snapshot object in the async snapshot() stayed alive across its awaits,
   * and with it thousands of request keys built for the snapshot alone.
   */
  private encodeSnapshot(): JsonChunks {
    const snapshot: HubSnapshot = { state: this.state, requests: this.requests.toJSON() }
    return encodeSnapshot(snapshot)
  }

  private fail(error: Error): void {
    if (this.failed) return
    this.failed = error
    this.options.logger.fatal({ err: error }, 'journal write failed; the hub must restart to recover')
    this.emit('fatal', error)
  }

  get lastSeq(): number {
    return this.journal.lastSeq
  }

  /** Waits for every pending append to be synced, then closes the journal. Safe twice. */
  async stop(): Promise<void> {
    await this.journal.close()
  }
}
