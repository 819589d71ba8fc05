/**
 * Wait estimate for a new ticket:
 *   ahead   = waiting tickets of the service in the same or a higher priority class
 *   seconds = ahead × average recent service time ÷ open counters serving it
 * The average is over the service's last `estimate.window` service times
 * today, or `estimate.defaultServiceSeconds` before any; open counters are
 * the unpaused ones listing the service, at least 1. The anti-starvation rule
 * and tickets sent to one counter are ignored: this is an estimate.
 */
import type { EngineConfig, PriorityClass, QueueState, Ticket } from './types.ts'
import { PRIORITY_RANK } from './priority.ts'
import { queueIndex } from './queue-index.ts'
import { peekCounter, peekStats } from './state.ts'

export function estimateWait(
  config: EngineConfig,
  state: QueueState,
  service: string,
  priority: PriorityClass = 'normal',
): { ahead: number; seconds: number } {
  const ahead = queueIndex(state).waiting(service, PRIORITY_RANK[priority] ?? 0)
  return { ahead, seconds: waitSeconds(config, state, service, ahead) }
}

/**
 * Where a ticket already waiting stands now: the waiting tickets of its
 * service called before it (a higher class, or its class and earlier), and
 * the wait that makes. For answering a repeated issue after a restart; it
 * scans the day's tickets, so not for every command.
 */
export function standing(config: EngineConfig, state: QueueState, ticket: Ticket): { ahead: number; seconds: number } {
  const rank = PRIORITY_RANK[ticket.priority]
  let ahead = 0
  for (const other of Object.values(state.tickets)) {
    if (other.state !== 'waiting' || other.service !== ticket.service || other.id === ticket.id) continue
    const r = PRIORITY_RANK[other.priority]
    // The call order within a class (queue-index.ts): queue key, issue time, then id.
    const earlier =
      other.queueKey !== ticket.queueKey
        ? other.queueKey < ticket.queueKey
        : other.issuedAt !== ticket.issuedAt
          ? other.issuedAt < ticket.issuedAt
          : other.id < ticket.id
    if (r > rank || (r === rank && earlier)) ahead += 1
  }
  return { ahead, seconds: waitSeconds(config, state, ticket.service, ahead) }
}

export function waitSeconds(config: EngineConfig, state: QueueState, service: string, ahead: number): number {
  return Math.round((ahead * averageServiceSeconds(config, state, service)) / openCounters(config, state, service))
}

export function averageServiceSeconds(config: EngineConfig, state: QueueState, service: string): number {
  const recent = peekStats(state, service).recentServiceSeconds
  if (recent.length === 0) return config.estimate.defaultServiceSeconds
  return recent.reduce((sum, s) => sum + s, 0) / recent.length
}

function openCounters(config: EngineConfig, state: QueueState, service: string): number {
  const open = config.counters.filter((c) => c.services.includes(service) && !peekCounter(state, c.id).paused).length
  return Math.max(1, open)
}
