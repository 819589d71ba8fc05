/**
 * Idempotent commands (rule 3): the hub remembers the request ids of recent
 * commands that changed the queue, per device. A repeat — a QoS 1
 * redelivery, a device retrying after a reconnect — gets the first answer
 * and changes nothing. While the first is still being synced, the repeat
 * waits for it. After a restart the ids come back from the journal (each
 * record carries dev and req) and from the snapshot; the process no longer
 * has the first answer's exact words then, so the repeat is answered with
 * the same ticket as it stands now, marked `repeated: true`.
 */
import { standing, ticketView, type EngineConfig, type Event, type QueueState } from '../core/index.ts'
import type { Answer } from '../bus/answer.ts'

/** At least this many of the latest ids are remembered (up to twice as many): enough for every device's retries across a reconnect. */
export const REMEMBERED_REQUESTS = 4096

interface Entry {
  /** The tickets the command's events named, to answer a repeat after a restart. */
  tickets: string[]
  answer?: Answer
  pending?: Promise<Answer>
}

export type RememberedRequests = Array<[key: string, tickets: string[]]>

export function requestKey(device: string, req: string): string {
  return `${device}\u0000${req}`
}

export class RequestMemory {
  /**
   * Two generations: ids go into `current`; when it holds REMEMBERED_REQUESTS
   * it becomes `previous` and the oldest generation is dropped whole. Evicting
   * one id at a time from the front of one Map made V8 walk its deleted slots
   * on every insert: a third of a million-record replay (docs/performance.md).
   */
  private current = new Map<string, Entry>()
  private previous = new Map<string, Entry>()
  /**
   * Records replayed at start-up, as a ring of the latest: only the last
   * 2 × REMEMBERED_REQUESTS can be remembered, so the keys of the hundreds of
   * thousands before them are never built (endReplay builds the rest).
   */
  private readonly ring: Array<{ device: string; req: string; events: Event[] } | undefined> = new Array(2 * REMEMBERED_REQUESTS)
  private replays = 0

  /** The answer to a repeat, or undefined for a request not seen. */
  lookup(key: string, req: string, state: QueueState, engine: EngineConfig): Answer | Promise<Answer> | undefined {
    const entry = this.current.get(key) ?? this.previous.get(key)
    if (!entry) return undefined
    if (entry.answer) return entry.answer
    if (entry.pending) return entry.pending
    const ticket = entry.tickets.map((id) => state.tickets[id]).find((t) => t !== undefined)
    if (!ticket) return { req, status: 'ok', data: { repeated: true } }
    // A ticket box printing the ticket only now still tells the customer how many are ahead.
    const place = ticket.state === 'waiting' ? standing(engine, state, ticket) : undefined
    const wait = place ? { ahead: place.ahead, estimatedWaitSeconds: place.seconds } : {}
    return { req, status: 'ok', data: { ticket: ticketView(ticket), ...wait, repeated: true } }
  }

  /** A command on its way to the journal: repeats wait for this answer. */
  pending(key: string, answer: Promise<Answer>): void {
    this.set(key, { tickets: [], pending: answer })
  }

  /** The command was journaled: remember its answer. */
  done(key: string, tickets: string[], answer: Answer): void {
    this.set(key, { tickets, answer })
  }

  /** The command changed nothing (refused, or the journal failed): a retry is decided afresh. */
  forget(key: string): void {
    this.current.delete(key)
    this.previous.delete(key)
  }

  /** A record replayed at start-up; remembered when endReplay() runs. */
  replayed(device: string, req: string, events: Event[]): void {
    this.ring[this.replays++ % this.ring.length] = { device, req, events }
  }

  /** The replay is over: the latest replayed ids join the memory, oldest first. */
  endReplay(): void {
    const size = this.ring.length
    for (let i = Math.max(0, this.replays - size); i < this.replays; i++) {
      const { device, req, events } = this.ring[i % size]!
      this.set(requestKey(device, req), { tickets: ticketIds(events) })
    }
    this.ring.fill(undefined)
    this.replays = 0
  }

  toJSON(): RememberedRequests {
    return [...this.previous, ...this.current].filter(([, e]) => !e.pending).map(([key, e]) => [key, e.tickets])
  }

  load(entries: RememberedRequests): void {
    this.current = new Map()
    this.previous = new Map()
    for (const [key, tickets] of entries.slice(-2 * REMEMBERED_REQUESTS)) this.set(key, { tickets })
  }

  private set(key: string, entry: Entry): void {
    if (this.previous.has(key)) this.previous.delete(key)
    this.current.set(key, entry)
    if (this.current.size >= REMEMBERED_REQUESTS) {
      this.previous = this.current
      this.current = new Map()
    }
  }
}

/** The tickets a record's events name, to answer a repeat of its request after a restart. */
export function ticketIds(events: Event[]): string[] {
  const ids: string[] = []
  for (const e of events) if ('id' in e && e.id !== undefined && !ids.includes(e.id)) ids.push(e.id)
  return ids
}
