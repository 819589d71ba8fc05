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
import { standing, ticketView, type EngineConfig, type QueueState } from '../core/index.ts'
import type { Answer } from '../bus/answer.ts'

/** Enough for every device's retries across a reconnect; older ids are forgotten first. */
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
  private readonly entries = new Map<string, Entry>()

  /** The answer to a repeat, or undefined for a request not seen. */
  lookup(key: string, req: string, state: QueueState, engine: EngineConfig): Answer | Promise<Answer> | undefined {
    const entry = this.entries.get(key)
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
    this.entries.delete(key)
  }

  /** A record replayed at start-up. */
  replayed(key: string, tickets: string[]): void {
    this.set(key, { tickets })
  }

  toJSON(): RememberedRequests {
    return [...this.entries].filter(([, e]) => !e.pending).map(([key, e]) => [key, e.tickets])
  }

  load(entries: RememberedRequests): void {
    this.entries.clear()
    for (const [key, tickets] of entries.slice(-REMEMBERED_REQUESTS)) this.set(key, { tickets })
  }

  private set(key: string, entry: Entry): void {
    this.entries.delete(key)
    this.entries.set(key, entry)
    if (this.entries.size > REMEMBERED_REQUESTS) this.entries.delete(this.entries.keys().next().value!)
  }
}
