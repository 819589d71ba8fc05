/**
 * Tickets of the day that are over (done, no-show, cancelled), kept in 32
 * bytes each instead of the full ticket with its history.
 *
 * A busy day closes tens of thousands of tickets; as full objects (history
 * transitions, boxed times, the label and id strings, a dictionary entry
 * in `tickets` and one in `byLabel`) each took ~800 bytes of heap, and 60 s
 * of 50 devices grew the hub by 70 MiB (docs/performance.md). What the hub
 * still needs of a closed ticket is small: that its number is taken today,
 * the ticket a repeated request names (state, counter, calls), the last call
 * for the hall display's list after a restart, and the day's served count.
 * The full history is in the journal, which is what the reports read.
 *
 * Per label prefix, four arrays of numbers indexed by the ticket's number —
 * plain JSON for the snapshot, and arrays V8 stores as unboxed doubles (8
 * bytes a slot, no object per ticket; one string per ticket was ~64 bytes
 * and its slot 8 more):
 * - `info`: state, priority, label digits, calls and three indexes into
 *   `names` (service, counter, calling counter), mixed into one integer
 *   below 2^43 (0: no closed ticket at that number);
 * - `issued`, `called` (0: never called), `closed`: epoch milliseconds.
 *
 * The hub moves a ticket here once it is closed (hub.ts); the fold itself
 * never does, so a state reads the same either way to everything that reads
 * tickets through findTicket, ticketByLabel, liveFigures and the queue index.
 */
import type { Event, PriorityClass, QueueState, Ticket, TicketState, Transition } from './types.ts'

export interface ClosedColumns {
  info: number[]
  issued: number[]
  called: number[]
  closed: number[]
}

export interface ClosedTickets {
  /** Label prefix → the closed tickets of that prefix, by number. */
  byPrefix: Record<string, ClosedColumns>
  /** Service and counter ids the columns name by index. */
  names: string[]
  /** Service → visits finished by the closed tickets (each step of a multi-step visit counts). */
  served: Record<string, number>
}

const STATES: readonly TicketState[] = ['done', 'no-show', 'cancelled']
const PRIORITIES: readonly PriorityClass[] = ['normal', 'priority', 'vip']
/** Field widths of `info`, lowest first: state + 1, priority, digits, calls, service, counter + 1, calling counter + 1. */
const WIDTHS = [4, 4, 8, 1024, 512, 512, 512] as const

export function isClosedTicket(t: Ticket): boolean {
  return STATES.includes(t.state)
}

/** Moves each of these tickets that is closed out of `tickets` and `byLabel`; the others stay as they are. */
export function packClosed(state: QueueState, ids: Iterable<string>): void {
  for (const id of ids) packOne(state, id)
}

/** Packs one ticket if it is closed and fits. */
function packOne(state: QueueState, id: string): void {
  const t = state.tickets[id]
  // An id not made as `<day>/<label>` could not be found again from its label: it keeps its full form.
  if (!t || !isClosedTicket(t) || id !== `${state.day}/${t.label}`) return
  const at = place(t.label)
  if (!at) return
  const closed = (state.closed ??= { byPrefix: {}, names: [], served: {} })
  const columns = (closed.byPrefix[at.prefix] ??= { info: [], issued: [], called: [], closed: [] })
  // Two labels of one number (the digits changed during the day) cannot share a slot: the second stays whole.
  if ((columns.info[at.number] ?? 0) !== 0) return
  const row = pack(closed, t, at.digits)
  if (!row) return
  // Filled up to the number, so the arrays stay dense and never become dictionaries.
  while (columns.info.length <= at.number) {
    columns.info.push(0)
    columns.issued.push(0)
    columns.called.push(0)
    columns.closed.push(0)
  }
  columns.info[at.number] = row.info
  columns.issued[at.number] = t.issuedAt
  columns.called[at.number] = row.called
  columns.closed[at.number] = row.closed
  const steps = t.history.reduce((n, h) => (h.state === 'done' ? n + 1 : n), 0)
  if (steps > 0) closed.served[t.service] = (closed.served[t.service] ?? 0) + steps
  delete state.tickets[id]
  delete state.byLabel[t.label]
}

/**
 * Packs the tickets these events closed. Only a finish, a no-show or a
 * cancel closes one, so the other records of a replay cost a type check
 * (a replay of a million events packs every ticket of every day it reads).
 */
export function packClosedBy(state: QueueState, events: readonly Event[]): void {
  for (const e of events) {
    if (e.type === 'ticket.finished' || e.type === 'ticket.noShow' || e.type === 'ticket.cancelled')
      packOne(state, e.id)
  }
}

/**
 * Packing for a replay: the tickets each record closed are noted and packed
 * in that same order later, in batches, so the state ends exactly as the
 * live hub's (the same rows, the same order of names) — but a day's tickets
 * dropped at the next day.started are never packed at all: a replay of a
 * million events reads hundreds of days, and only the last one stays.
 */
export class ReplayPacking {
  private pending: string[] = []

  constructor(private readonly batch = 4096) {}

  /** After a record's events were applied. */
  record(state: QueueState, events: readonly Event[]): void {
    for (const e of events) {
      if (e.type === 'day.started') this.pending = []
      else if (e.type === 'ticket.finished' || e.type === 'ticket.noShow' || e.type === 'ticket.cancelled') {
        // Closed once the record is applied (a finish with a next step is not), as the live hub sees it.
        const t = state.tickets[e.id]
        if (t && isClosedTicket(t)) this.pending.push(e.id)
      }
    }
    if (this.pending.length >= this.batch) this.flush(state)
  }

  flush(state: QueueState): void {
    packClosed(state, this.pending)
    this.pending = []
  }
}

/** Every closed ticket of the state packed: for a state loaded from a snapshot written before tickets were packed. */
export function packAllClosed(state: QueueState): void {
  packClosed(state, Object.keys(state.tickets))
}

/** The ticket by id, whole or rebuilt from its packed form. */
export function findTicket(state: QueueState, id: string): Ticket | undefined {
  const whole = state.tickets[id]
  if (whole) return whole
  const cut = id.lastIndexOf('/')
  return id.slice(0, cut) === state.day ? closedTicket(state, id.slice(cut + 1)) : undefined
}

/** A label's ticket today, whole or rebuilt. */
export function ticketOfLabel(state: QueueState, label: string): Ticket | undefined {
  const id = state.byLabel[label]
  return id === undefined ? closedTicket(state, label) : state.tickets[id]
}

/** True when a ticket of today already has this label, open or closed. */
export function labelTaken(state: QueueState, label: string): boolean {
  return state.byLabel[label] !== undefined || closedTicket(state, label) !== undefined
}

/**
 * A closed ticket rebuilt: its view's fields exact; its history only the
 * issue, the last call and the close (the rest is in the journal).
 */
export function closedTicket(state: QueueState, label: string): Ticket | undefined {
  const at = place(label)
  const closed = state.closed
  const columns = at && closed?.byPrefix[at.prefix]
  if (!at || !closed || !columns) return undefined
  const ticket = unpack(state.day, closed.names, at.prefix, columns, at.number)
  // The slot is this label's only if the digits match too (A01 and A001 share number 1).
  return ticket?.label === label ? ticket : undefined
}

/** Every closed ticket rebuilt (closedTicket): for salvage's restore, which reads a snapshot's tickets. */
export function* closedTicketList(state: QueueState): Generator<Ticket> {
  const closed = state.closed
  if (!closed) return
  for (const [prefix, columns] of Object.entries(closed.byPrefix)) {
    for (let n = 0; n < columns.info.length; n++) {
      const t = columns.info[n] === 0 ? undefined : unpack(state.day, closed.names, prefix, columns, n)
      if (t) yield t
    }
  }
}

/** Every closed ticket's last call, for the queue index's list of recent calls. */
export function* closedCalls(state: QueueState): Generator<{ id: string; label: string; counter: string; at: number }> {
  const closed = state.closed
  if (!closed) return
  for (const [prefix, columns] of Object.entries(closed.byPrefix)) {
    for (let n = 0; n < columns.info.length; n++) {
      if (columns.info[n] === 0 || columns.called[n] === 0) continue
      const t = unpack(state.day, closed.names, prefix, columns, n)!
      const call = t.history[1]!
      yield { id: t.id, label: t.label, counter: call.counter!, at: call.at }
    }
  }
}

/** Visits finished today by closed tickets, per service. */
export function closedServed(state: QueueState): Record<string, number> {
  return state.closed?.served ?? {}
}

/** A label's prefix, number and digit count: `A0023` → A, 23, 4. */
function place(label: string): { prefix: string; number: number; digits: number } | undefined {
  const m = /^(\D*)(\d+)$/.exec(label)
  return m ? { prefix: m[1]!, number: Number(m[2]), digits: m[2]!.length } : undefined
}

/** The packed row, or undefined for a ticket whose fields do not fit (it stays whole). */
function pack(
  closed: ClosedTickets,
  t: Ticket,
  digits: number,
): { info: number; called: number; closed: number } | undefined {
  let call: Transition | undefined
  for (let i = t.history.length - 1; i >= 0 && !call; i--) if (t.history[i]!.state === 'called') call = t.history[i]
  const fields = [
    STATES.indexOf(t.state) + 1,
    PRIORITIES.indexOf(t.priority),
    digits,
    t.calls,
    nameIndex(closed, t.service),
    t.counter === undefined ? 0 : nameIndex(closed, t.counter) + 1,
    call?.counter === undefined ? 0 : nameIndex(closed, call.counter) + 1,
  ]
  let info = 0
  for (let i = fields.length - 1; i >= 0; i--) {
    const f = fields[i]!
    if (!Number.isInteger(f) || f < 0 || f >= WIDTHS[i]!) return undefined
    info = info * WIDTHS[i]! + f
  }
  // Epoch 0 marks "never called"; a call at exactly 1970-01-01 cannot be told apart, so such a ticket stays whole.
  if (call && call.at === 0) return undefined
  return { info, called: call?.at ?? 0, closed: t.history.at(-1)?.at ?? t.issuedAt }
}

function unpack(
  day: string,
  names: readonly string[],
  prefix: string,
  columns: ClosedColumns,
  number: number,
): Ticket | undefined {
  let info = columns.info[number] ?? 0
  if (info === 0) return undefined
  const fields: number[] = []
  for (const width of WIDTHS) {
    fields.push(info % width)
    info = Math.floor(info / width)
  }
  const [stateCode, priority, digits, calls, service, counter, caller] = fields as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ]
  const state = STATES[stateCode - 1]!
  const label = prefix + String(number).padStart(digits, '0')
  const issuedAt = columns.issued[number]!
  const history: Transition[] = [{ state: 'waiting', at: issuedAt }]
  if (caller > 0) history.push({ state: 'called', at: columns.called[number]!, counter: names[caller - 1]! })
  const end: Transition = { state, at: columns.closed[number]! }
  if (counter > 0 && state !== 'cancelled') end.counter = names[counter - 1]!
  history.push(end)
  return {
    id: `${day}/${label}`,
    label,
    number,
    service: names[service]!,
    priority: PRIORITIES[priority]!,
    state,
    issuedAt,
    ...(counter > 0 ? { counter: names[counter - 1]! } : {}),
    calls,
    queueKey: issuedAt,
    history,
  }
}

function nameIndex(closed: ClosedTickets, name: string): number {
  const i = closed.names.indexOf(name)
  return i === -1 ? closed.names.push(name) - 1 : i
}
