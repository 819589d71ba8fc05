/** What devices are shown: a ticket's public face, queue lengths, the last calls. */
import type { EngineConfig, QueueState, Ticket, TicketView } from './types.ts'
import { waitSeconds } from './estimate.ts'

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
  const waiting = new Map<string, number>()
  for (const t of Object.values(state.tickets)) {
    if (t.state === 'waiting') waiting.set(t.service, (waiting.get(t.service) ?? 0) + 1)
  }
  const result: Record<string, { waiting: number; estimatedWaitSeconds: number }> = {}
  for (const s of config.services) {
    const n = waiting.get(s.id) ?? 0
    result[s.id] = { waiting: n, estimatedWaitSeconds: waitSeconds(config, state, s.id, n) }
  }
  return result
}

/**
 * The latest call of each ticket today, newest first (a recall moves the
 * ticket back to the top rather than listing it twice).
 */
export function recentCalls(state: QueueState, limit: number): Array<{ label: string; counter: string; at: number }> {
  const calls: Array<{ label: string; counter: string; at: number; order: number }> = []
  let order = 0
  for (const t of Object.values(state.tickets)) {
    order += 1
    for (let i = t.history.length - 1; i >= 0; i--) {
      const h = t.history[i]
      if (h?.state === 'called' && h.counter !== undefined) {
        calls.push({ label: t.label, counter: h.counter, at: h.at, order })
        break
      }
    }
  }
  calls.sort((a, b) => b.at - a.at || b.order - a.order)
  return calls.slice(0, Math.max(0, limit)).map(({ label, counter, at }) => ({ label, counter, at }))
}
