/**
 * What a new config would do to the queue the hub holds now. A service
 * removed while tickets still wait for it, or a counter removed while it
 * serves a ticket or has tickets sent to it, would strand customers who are
 * holding a paper ticket: such a bundle is refused (not drained), and the
 * refusal names the tickets.
 */
import type { QueueState, Ticket } from '../core/index.ts'
import type { SiteConfig } from '../site/config/schema.ts'
import type { LiveQueue } from './live-queue.ts'

/** A ticket in these states still has a customer in the hall. */
const OPEN_STATES: ReadonlySet<Ticket['state']> = new Set(['waiting', 'called', 'serving', 'held', 'unprinted'])

function openTickets(state: QueueState): Ticket[] {
  return Object.values(state.tickets).filter((t) => OPEN_STATES.has(t.state))
}

function labels(tickets: Ticket[]): string {
  const shown = tickets.slice(0, 8).map((t) => t.label)
  return tickets.length > shown.length
    ? `${shown.join(', ')} and ${tickets.length - shown.length} more`
    : shown.join(', ')
}

export interface DryRun {
  /** Reasons the config cannot be applied now. */
  refusals: string[]
  /** What the technician should know, e.g. how many tickets carry over. */
  notes: string[]
}

export function dryRun(
  running: Pick<SiteConfig, 'services' | 'counters'>,
  next: Pick<SiteConfig, 'services' | 'counters'>,
  live: LiveQueue,
): DryRun {
  if (!live.today)
    return { refusals: [], notes: ['the business day has ended: no ticket of the running queue carries over'] }
  const open = openTickets(live.state)
  const refusals: string[] = []
  const services = new Set(next.services.map((s) => s.id))
  for (const service of running.services.filter((s) => !services.has(s.id))) {
    const waiting = open.filter((t) => t.service === service.id)
    if (waiting.length > 0) {
      refusals.push(
        `service "${service.id}" is removed, but ${waiting.length} ticket${waiting.length === 1 ? '' : 's'} still wait for it (${labels(waiting)}): serve them first, or import after closing time`,
      )
    }
  }
  const counters = new Set(next.counters.map((c) => c.id))
  for (const counter of running.counters.filter((c) => !counters.has(c.id))) {
    const held = open.filter((t) => t.forCounter === counter.id || live.state.counters[counter.id]?.current === t.id)
    if (held.length > 0) {
      refusals.push(
        `counter "${counter.id}" is removed, but it is serving or has been sent ${labels(held)}: finish or transfer them first, or import after closing time`,
      )
    }
  }
  const notes = [
    `${open.length} open ticket${open.length === 1 ? '' : 's'} in the live queue${refusals.length === 0 ? ' carry over unchanged' : ''}`,
  ]
  if (live.report.stoppedAt)
    notes.push(`the journal was read up to record ${live.report.lastSeq} (${live.report.stoppedAt})`)
  return { refusals, notes }
}
