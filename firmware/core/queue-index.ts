/**
 * Derived views of a QueueState that the engine needs on every command:
 * the waiting tickets of each service in call order, waiting counts by
 * priority class, and the latest calls. Scanning every ticket of the day
 * for these made each command O(tickets today) — a busy day slowed to a
 * crawl (docs/performance.md) — so apply() keeps them up to date instead.
 *
 * The index is not part of the state: the state stays plain JSON for the
 * journal's snapshots. It lives beside it in a WeakMap, is built once from
 * the tickets when a state is first asked (after a snapshot is loaded, or
 * for a copy), and from then on follows every event apply() folds.
 */
import { PRIORITY_RANK } from './priority.ts'
import type { QueueState, Ticket } from './types.ts'
import { closedCalls } from './closed-tickets.ts'

/** How many calls the index remembers for displays; more than any hall display shows. */
export const RECENT_CALLS_KEPT = 32

export interface RecentCall {
  id: string
  label: string
  counter: string
  at: number
}

const RANKS = 3

export class QueueIndex {
  /** Service → priority rank → waiting tickets in call order; tickets sent to one counter are kept apart. */
  private readonly queues = new Map<string, Ticket[][]>()
  /** Counter → tickets transferred to that counter alone. */
  private readonly forCounter = new Map<string, Set<Ticket>>()
  /** Service → priority rank → waiting tickets of any kind (for "people ahead"). */
  private readonly counts = new Map<string, number[]>()
  /**
   * Newest first; a recall moves its ticket back up. Ordered by call time,
   * then ticket id, so that an index built afresh from the tickets (after a
   * snapshot) lists two calls of the same millisecond as the live one does.
   */
  private readonly calls: RecentCall[] = []

  static build(state: QueueState): QueueIndex {
    const index = new QueueIndex()
    const calls: RecentCall[] = []
    for (const t of Object.values(state.tickets)) {
      if (t.state === 'waiting') index.addWaiting(t)
      for (let i = t.history.length - 1; i >= 0; i--) {
        const h = t.history[i]!
        if (h.state === 'called' && h.counter !== undefined) {
          calls.push({ id: t.id, label: t.label, counter: h.counter, at: h.at })
          break
        }
      }
    }
    calls.push(...closedCalls(state))
    calls.sort((a, b) => (newer(a, b) ? -1 : 1))
    index.calls.push(...calls.slice(0, RECENT_CALLS_KEPT))
    return index
  }

  addWaiting(t: Ticket): void {
    const rank = PRIORITY_RANK[t.priority]
    this.countsOf(t.service)[rank]! += 1
    if (t.forCounter !== undefined) {
      let set = this.forCounter.get(t.forCounter)
      if (!set) this.forCounter.set(t.forCounter, (set = new Set()))
      set.add(t)
      return
    }
    const queue = this.queueOf(t.service, rank)
    queue.splice(position(queue, t), 0, t)
  }

  /** Must be called while the ticket still has the service, priority, key and counter it was added with. */
  removeWaiting(t: Ticket): void {
    this.countsOf(t.service)[PRIORITY_RANK[t.priority]]! -= 1
    if (t.forCounter !== undefined) {
      this.forCounter.get(t.forCounter)?.delete(t)
      return
    }
    const queue = this.queueOf(t.service, PRIORITY_RANK[t.priority])
    const at = position(queue, t)
    if (queue[at] === t) queue.splice(at, 1)
  }

  called(t: Ticket, counter: string, at: number): void {
    const previous = this.calls.findIndex((c) => c.id === t.id)
    if (previous !== -1) this.calls.splice(previous, 1)
    const call = { id: t.id, label: t.label, counter, at }
    let i = 0
    while (i < this.calls.length && newer(this.calls[i]!, call)) i += 1
    this.calls.splice(i, 0, call)
    if (this.calls.length > RECENT_CALLS_KEPT) this.calls.length = RECENT_CALLS_KEPT
  }

  /** The first waiting ticket of a service and priority rank, transfers to one counter aside. */
  head(service: string, rank: number): Ticket | undefined {
    return this.queues.get(service)?.[rank]?.[0]
  }

  sentTo(counter: string): Iterable<Ticket> {
    return this.forCounter.get(counter) ?? []
  }

  /** Waiting tickets of a service at or above a priority rank. */
  waiting(service: string, minRank = 0): number {
    const counts = this.counts.get(service)
    let n = 0
    if (counts) for (let r = minRank; r < RANKS; r++) n += counts[r]!
    return n
  }

  recentCalls(limit: number): RecentCall[] {
    return this.calls.slice(0, Math.max(0, limit))
  }

  private queueOf(service: string, rank: number): Ticket[] {
    let queues = this.queues.get(service)
    if (!queues) this.queues.set(service, (queues = Array.from({ length: RANKS }, () => [])))
    return queues[rank]!
  }

  private countsOf(service: string): number[] {
    let counts = this.counts.get(service)
    if (!counts) this.counts.set(service, (counts = new Array<number>(RANKS).fill(0)))
    return counts
  }
}

/** Display order of calls: later first; the same millisecond by ticket id. */
function newer(a: RecentCall, b: RecentCall): boolean {
  return a.at !== b.at ? a.at > b.at : a.id > b.id
}

/** Call order within one service and priority class: the queue key, then issue time, then id. */
function precedes(a: Ticket, b: Ticket): boolean {
  if (a.queueKey !== b.queueKey) return a.queueKey < b.queueKey
  if (a.issuedAt !== b.issuedAt) return a.issuedAt < b.issuedAt
  return a.id < b.id
}

/** Binary search: where `t` is, or where it goes. New arrivals land at the end in one step. */
function position(queue: Ticket[], t: Ticket): number {
  const last = queue.at(-1)
  if (last === undefined || precedes(last, t)) return queue.length
  let lo = 0
  let hi = queue.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (precedes(queue[mid]!, t)) lo = mid + 1
    else hi = mid
  }
  return lo
}

const indexes = new WeakMap<QueueState, QueueIndex>()

/** The index of a state, built on first use. */
export function queueIndex(state: QueueState): QueueIndex {
  let index = indexes.get(state)
  if (!index) indexes.set(state, (index = QueueIndex.build(state)))
  return index
}

/** The index apply() must keep up to date, if anyone has asked for one yet. */
export function builtIndex(state: QueueState): QueueIndex | undefined {
  return indexes.get(state)
}

/** A new day empties the queues: the next question builds a fresh index. */
export function dropIndex(state: QueueState): void {
  indexes.delete(state)
}
