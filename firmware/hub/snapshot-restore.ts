/**
 * What salvage writes back when the log lost records the newest snapshot
 * holds (journal/salvage.ts, `restore`): one record of the ticket events the
 * snapshot's tickets show but the kept records do not, so that `qms report`
 * (which folds records) counts every ticket the hub holds.
 *
 * Each ticket's `history` is one entry per event that changed it
 * (core/ticket-fold.ts), so the kept records of the day account for the
 * first entries of each ticket; the entries after them came from the lost
 * records and are turned back into events. Exact: the times, counters,
 * outcomes and labels. A ticket that changed service keeps only its last
 * one: the one it was issued for is told by its label's prefix (as other
 * tickets of that prefix show it), and a transfer is taken to its final
 * service. Not kept by a history, so not restored: the staff member, a
 * transfer's position, counter pauses and logins. A closed ticket is kept
 * packed, with its issue, last call and close only (core/closed-tickets.ts):
 * those of the three the log lost come back; its start and earlier calls,
 * if lost, do not (the report then has no service time for it).
 *
 * The record is stored at a seq the snapshot already covers, so recovery
 * from that snapshot never applies it to the queue: it is for the reports.
 */
import { closedTicketList, type Event, type QueueState, type Ticket } from '../core/index.ts'
import type { HubSnapshot, JournalRecord } from './hub.ts'
import type { Restore } from '../journal/salvage.ts'

/** History entries each event adds (ticket-fold.ts): a transfer marks 'transferred', then waits again. */
function entriesOf(event: { type?: unknown }): number {
  switch (event.type) {
    case 'ticket.transferred':
      return 2
    case 'ticket.reprintRequested':
      return 0
    default:
      return typeof event.type === 'string' && event.type.startsWith('ticket.') ? 1 : 0
  }
}

/** Salvage's hook: the restored record of the lost seqs, or nothing when the snapshot holds no ticket the log lost. */
export const restoreFromSnapshot: Restore = async ({ data, snapshotSeq, from, readDay }) => {
  const { state } = data as HubSnapshot
  if (!state?.day || !state.tickets) return undefined
  const kept = new Map<string, number>()
  /** `type@at` of each ticket's kept events: a closed ticket's rebuilt history has gaps, so its entries cannot be counted. */
  const keptEvents = new Map<string, Set<string>>()
  const issuedFor = new Map<string, string>()
  await readDay(state.day, (record, seq) => {
    if (seq >= from) return
    for (const event of (record as Partial<JournalRecord>).ev ?? []) {
      const { id, type, label, service } = event as { id?: unknown; type?: unknown; label?: unknown; service?: unknown }
      if (typeof id === 'string') {
        kept.set(id, (kept.get(id) ?? 0) + entriesOf(event))
        keptEvents.set(
          id,
          (keptEvents.get(id) ?? new Set()).add(`${String(type)}@${String((event as { at?: unknown }).at)}`),
        )
      }
      if (type === 'ticket.issued' && typeof label === 'string' && typeof service === 'string')
        issuedFor.set(prefixOf(label), service)
    }
  })
  const tickets = Object.values(state.tickets)
  // A ticket whose history has only one queue still has the service it was issued for.
  for (const t of tickets)
    if (!t.history.some((h, i) => i > 0 && h.state === 'waiting' && t.history[i - 1]!.state !== 'unprinted'))
      issuedFor.set(prefixOf(t.label), t.service)
  const ev: Event[] = []
  for (const ticket of tickets)
    ev.push(...lostEvents(ticket, kept.get(ticket.id) ?? 0, issuedFor.get(prefixOf(ticket.label)) ?? ticket.service))
  // Closed tickets are packed (core/closed-tickets.ts) with their issue, last call and close only: those of them the log lost come back.
  for (const ticket of closedTicketList(state as QueueState)) {
    const known = keptEvents.get(ticket.id)
    for (const event of lostEvents(ticket, 0, issuedFor.get(prefixOf(ticket.label)) ?? ticket.service))
      if (!known?.has(`${event.type}@${event.at}`)) ev.push(event)
  }
  if (ev.length === 0) return undefined
  // Stable: each ticket's own events keep their order among equal times.
  ev.sort((a, b) => a.at - b.at)
  const record = { at: ev.at(-1)!.at, restored: { snapshot: snapshotSeq }, ev }
  return { record, day: state.day }
}

/** A label's letters: each service numbers with its own prefix (A023 → A). */
function prefixOf(label: string): string {
  return label.replace(/\d+$/, '')
}

/** The events behind history entries `from`… of one ticket, issued for `service`. */
function lostEvents(t: Ticket, from: number, service: string): Event[] {
  const out: Event[] = []
  let calledThisRound = false
  for (let i = 0; i < t.history.length; i++) {
    const h = t.history[i]!
    const prev = t.history[i - 1]
    const counter = h.counter ?? t.counter ?? ''
    let event: Event | undefined
    if (i === 0)
      event = {
        type: 'ticket.issued',
        at: h.at,
        id: t.id,
        label: t.label,
        service,
        priority: t.priority,
        number: t.number,
        ...(t.token === undefined ? {} : { token: t.token }),
      }
    else if (h.state === 'called')
      event = { type: 'ticket.called', at: h.at, id: t.id, counter, recall: calledThisRound }
    else if (h.state === 'serving') event = { type: 'ticket.started', at: h.at, id: t.id, counter }
    else if (h.state === 'done') event = { type: 'ticket.finished', at: h.at, id: t.id, counter }
    else if (h.state === 'no-show') event = { type: 'ticket.noShow', at: h.at, id: t.id, counter }
    else if (h.state === 'held') event = { type: 'ticket.held', at: h.at, id: t.id, counter }
    else if (h.state === 'cancelled') event = { type: 'ticket.cancelled', at: h.at, id: t.id, reason: 'cancelled' }
    else if (h.state === 'unprinted')
      event = { type: 'ticket.unprinted', at: h.at, id: t.id, reason: 'restored from a snapshot' }
    else if (h.state === 'transferred')
      event = { type: 'ticket.transferred', at: h.at, id: t.id, counter, toService: t.service, position: 'arrival' }
    else if (h.state === 'waiting' && prev?.state === 'unprinted')
      event = { type: 'ticket.printed', at: h.at, id: t.id }
    else if (h.state === 'waiting' && prev?.state !== 'transferred')
      event = { type: 'ticket.nextStep', at: h.at, id: t.id, service: t.service }
    if (h.state === 'called') calledThisRound = true
    if (h.state === 'waiting') calledThisRound = false
    if (event && i >= from) out.push(event)
  }
  return out
}
