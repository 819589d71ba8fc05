/** What devices are shown: a ticket's public face, queue lengths, the last calls. */
import type { EngineConfig, QueueState, Ticket, TicketView } from './types.ts'
import { waitSeconds } from './estimate.ts'
import { queueIndex, RECENT_CALLS_KEPT } from './queue-index.ts'

export function ticketView(t: Ticket): TicketView {
  const view: TicketView = {
    id: t.id,
    label: t.label,
    service: t.service,
    priority: t.priority,
    state: t.state,
    issuedAt: t.issuedAt,
    calls: t.calls,
  }
  if (t.counter !== undefined) view.counter = t.counter
  return view
}

/** Per configured service: people waiting, and the wait a new normal ticket would be told. */
export function waitingByService(
  config: EngineConfig,
  state: QueueState,
): Record<string, { waiting: number; estimatedWaitSeconds: number }> {
  const index = queueIndex(state)
  const result: Record<string, { waiting: number; estimatedWaitSeconds: number }> = {}
  for (const s of config.services) {
    const n = index.waiting(s.id)
    result[s.id] = { waiting: n, estimatedWaitSeconds: waitSeconds(config, state, s.id, n) }
  }
  return result
}

/**
 * The latest call of each ticket today, newest first (a recall moves the
 * ticket back to the top rather than listing it twice); at most 32.
 */
export function recentCalls(state: QueueState, limit: number): Array<{ label: string; counter: string; at: number }> {
  return queueIndex(state)
    .recentCalls(Math.min(limit, RECENT_CALLS_KEPT))
    .map(({ label, counter, at }) => ({ label, counter, at }))
}
