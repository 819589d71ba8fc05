/**
 * Idempotent commands (rule 3): the hub remembers the request ids of recent
 * commands that changed the queue, per device. A repeat — a QoS 1
 * redelivery, a device retrying after a reconnect — gets the first answer
 * and changes nothing. While the first is still being synced, the repeat
 * waits for it. After a restart the ids come back from the journal (each
 * record carries dev and req) and from the snapshot — which holds the ids of
 * records still being synced when it was taken, since it holds their
 * effects; the process no longer has the first answer's exact words then,
 * so the repeat is answered with the same ticket as it stands now, marked
 * `repeated: true` — and so is a repeat of a request that has aged into the
 * older generation (below), whose exact answer is no longer kept. A call
 * point's command names an incident instead (`{ incident }`), and its repeat
 * names the same one.
 */
import { findTicket, standing, ticketView, type EngineConfig, type Event, type QueueState } from '../core/index.ts'
import type { Answer } from '../contract/answers.ts'

/** At least this many of the latest ids are remembered (up to twice as many): enough for every device's retries across a reconnect. */
export const REMEMBERED_REQUESTS = 4096

interface Entry {
  /** The ticket the command's answer named (ticketIds), to answer a repeat after a restart. */
  tickets: readonly string[]
  /** The incident it named (incidentOf), for a call point's command. */
  incident?: string
  answer?: Answer
  pending?: Promise<Answer>
}

/** A snapshot from before incidents were remembered has no third element. */
export type RememberedRequests = Array<[key: string, tickets: readonly string[], incident?: string]>

/** The snapshot's name for a request: device and request id. */
export function requestKey(device: string, req: string): string {
  return `${device}\u0000${req}`
}

/**
 * One generation of ids, by device, then by request id: the ids are the
 * strings the commands arrived with, so remembering one costs an entry, not
 * a new key string (device + id, built and flattened for every command).
 */
class Generation {
  size = 0
  private readonly devices = new Map<string, Map<string, Entry>>()

  get(device: string, req: string): Entry | undefined {
    return this.devices.get(device)?.get(req)
  }

  set(device: string, req: string, entry: Entry): void {
    let requests = this.devices.get(device)
    if (!requests) this.devices.set(device, (requests = new Map()))
    if (!requests.has(req)) this.size += 1
    requests.set(req, entry)
  }

  delete(device: string, req: string): void {
    if (this.devices.get(device)?.delete(req)) this.size -= 1
  }

  /** Keeps what a repeat after a restart would get: the tickets, not the exact words. */
  forgetAnswers(): void {
    for (const requests of this.devices.values()) for (const entry of requests.values()) delete entry.answer
  }

  *entries(): Generator<[device: string, req: string, entry: Entry]> {
    for (const [device, requests] of this.devices) for (const [req, entry] of requests) yield [device, req, entry]
  }
}

export class RequestMemory {
  /**
   * Two generations: ids go into `current`; when it holds REMEMBERED_REQUESTS
   * it becomes `previous` and the oldest generation is dropped whole. Evicting
   * one id at a time from the front of one Map made V8 walk its deleted slots
   * on every insert: a third of a million-record replay (docs/performance.md).
   * A generation keeps its exact answers only while it is the current one.
   */
  private current = new Generation()
  private previous = new Generation()
  /**
   * Records replayed at start-up, as a ring of the latest: only the last
   * 2 × REMEMBERED_REQUESTS can be remembered, so the entries of the hundreds
   * of thousands before them are never built (endReplay builds the rest).
   */
  private readonly ring: Array<{ device: string; req: string; events: Event[] } | undefined> = new Array(
    2 * REMEMBERED_REQUESTS,
  )
  private replays = 0

  /** The answer to a repeat, or undefined for a request not seen. */
  lookup(device: string, req: string, state: QueueState, engine: EngineConfig): Answer | Promise<Answer> | undefined {
    const entry = this.current.get(device, req) ?? this.previous.get(device, req)
    if (!entry) return undefined
    if (entry.answer) return entry.answer
    if (entry.pending) return entry.pending
    if (entry.incident !== undefined) return { req, status: 'ok', data: { incident: entry.incident, repeated: true } }
    // The last: a snapshot from before ticketIds named one ticket lists every ticket of the events, the named one last.
    const id = entry.tickets.at(-1)
    const ticket = id === undefined ? undefined : findTicket(state, id)
    if (!ticket) return { req, status: 'ok', data: { repeated: true } }
    // A ticket box printing the ticket only now still tells the customer how many are ahead.
    const place = ticket.state === 'waiting' ? standing(engine, state, ticket) : undefined
    const wait = place ? { ahead: place.ahead, estimatedWaitSeconds: place.seconds } : {}
    return { req, status: 'ok', data: { ticket: ticketView(ticket), ...wait, repeated: true } }
  }

  /** A command applied and on its way to the journal: repeats wait for this answer, and a snapshot keeps it. */
  pending(device: string, req: string, tickets: readonly string[], answer: Promise<Answer>, incident?: string): void {
    this.set(device, req, { tickets, pending: answer, ...named(incident) })
  }

  /** The command was journaled: remember its answer. */
  done(device: string, req: string, tickets: readonly string[], answer: Answer, incident?: string): void {
    this.set(device, req, { tickets, answer, ...named(incident) })
  }

  /** The command changed nothing (refused, or the journal failed): a retry is decided afresh. */
  forget(device: string, req: string): void {
    this.current.delete(device, req)
    this.previous.delete(device, req)
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
      this.set(device, req, { tickets: ticketIds(events), ...named(incidentOf(events)) })
    }
    this.ring.fill(undefined)
    this.replays = 0
  }

  /**
   * For the snapshot, pending requests too: the state it is taken with holds
   * their effects, and their records (at or before its seq) are not replayed
   * from it. If one of those records fails, the hub never writes that snapshot.
   */
  toJSON(): RememberedRequests {
    const entries: RememberedRequests = []
    for (const generation of [this.previous, this.current]) {
      for (const [device, req, entry] of generation.entries()) {
        const key = requestKey(device, req)
        entries.push(entry.incident === undefined ? [key, entry.tickets] : [key, entry.tickets, entry.incident])
      }
    }
    return entries
  }

  load(entries: RememberedRequests): void {
    this.current = new Generation()
    this.previous = new Generation()
    for (const [key, tickets, incident] of entries.slice(-2 * REMEMBERED_REQUESTS)) {
      const cut = key.indexOf('\u0000')
      if (cut > 0) this.set(key.slice(0, cut), key.slice(cut + 1), { tickets, ...named(incident) })
    }
  }

  private set(device: string, req: string, entry: Entry): void {
    this.previous.delete(device, req)
    this.current.set(device, req, entry)
    if (this.current.size >= REMEMBERED_REQUESTS) {
      this.current.forgetAnswers()
      this.previous = this.current
      this.current = new Generation()
    }
  }
}

const NO_TICKETS: readonly string[] = Object.freeze([])

/** No `incident` key at all for a ticket's command: most entries are those, and an absent key costs nothing. */
function named(incident: string | undefined): { incident?: string } {
  return incident === undefined ? {} : { incident }
}

/**
 * The ticket the answer to a record's command named, to answer a repeat of
 * it after a restart: none or one. A command's own events come last, after
 * a day roll-over's, and the ticket its answer names (core's done(), or the
 * new ticket of an issue) is the one its last event is about: a callNext
 * that finishes the customer at the counter first names the ticket it
 * calls, not the one it finished. A rating names its ticket in its event
 * but not in its answer; a day roll-over ends with day.started.
 */
export function ticketIds(events: Event[]): readonly string[] {
  const last = events.at(-1)
  if (last === undefined || !last.type.startsWith('ticket.') || !('id' in last) || last.id === undefined)
    return NO_TICKETS
  return [last.id]
}

/**
 * The incident the answer to a record's command named, to answer a repeat
 * of it after a restart: every call-point command (raise, acknowledge,
 * clear, the notifier's report) answers `{ incident }` of its one event,
 * which comes last, after any day roll-over's (core/incidents.ts).
 */
export function incidentOf(events: Event[]): string | undefined {
  const last = events.at(-1)
  return last?.type.startsWith('incident.') && 'incident' in last ? last.incident : undefined
}
