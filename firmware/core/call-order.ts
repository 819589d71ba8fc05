/**
 * Which waiting ticket a counter calls next:
 * 1. priority class: vip, then priority, then normal;
 * 2. the counter's own service order (a ticket sent to this counter for a
 *    service it does not serve counts as its last service);
 * 3. the smallest queueKey (arrival, or a front transfer);
 * then issue time and id, so the order is total and replay-stable.
 * A ticket transferred to one counter (forCounter) is seen only by that counter.
 * Anti-starvation: after `priority.maxConsecutive` priority/VIP calls in a
 * row at a counter, it takes the best normal ticket if one waits.
 */
import type { CounterDef, EngineConfig, QueueState, Ticket } from './types.ts'
import { PRIORITY_RANK } from './priority.ts'
import { queueIndex } from './queue-index.ts'
import { peekCounter } from './state.ts'

export function nextTicket(config: EngineConfig, state: QueueState, counter: CounterDef): Ticket | undefined {
  let best: Ticket | undefined
  let bestNormal: Ticket | undefined
  const consider = (t: Ticket) => {
    if (!best || before(t, best, counter)) best = t
    if (t.priority === 'normal' && (!bestNormal || before(t, bestNormal, counter))) bestNormal = t
  }
  // Only the head of each of the counter's queues can come first, and the tickets sent to it alone.
  const index = queueIndex(state)
  for (const service of counter.services) {
    for (const rank of [2, 1, 0]) {
      const head = index.head(service, rank)
      if (head) consider(head)
    }
  }
  for (const t of index.sentTo(counter.id)) consider(t)
  const limit = config.priority.maxConsecutive
  const streak = peekCounter(state, counter.id).priorityStreak
  if (limit > 0 && streak >= limit && bestNormal) return bestNormal
  return best
}

export function eligible(t: Ticket, counter: CounterDef): boolean {
  if (t.forCounter !== undefined) return t.forCounter === counter.id
  return counter.services.includes(t.service)
}

function serviceIndex(t: Ticket, counter: CounterDef): number {
  const i = counter.services.indexOf(t.service)
  return i === -1 ? counter.services.length : i
}

/** Whether `a` is called before `b` at this counter. */
function before(a: Ticket, b: Ticket, counter: CounterDef): boolean {
  return (
    (compare(PRIORITY_RANK[b.priority], PRIORITY_RANK[a.priority]) ||
      compare(serviceIndex(a, counter), serviceIndex(b, counter)) ||
      compare(a.queueKey, b.queueKey) ||
      compare(a.issuedAt, b.issuedAt) ||
      compare(a.id, b.id)) < 0
  )
}

function compare<T extends number | string>(x: T, y: T): number {
  return x < y ? -1 : x > y ? 1 : 0
}
