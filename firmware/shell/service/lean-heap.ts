/**
 * V8's memory settings once the appliance is ready.
 *
 * By default V8 lets the heap grow past what is live by a factor between
 * 1.1 and 4 picked from how fast its collections are, plus at least 8 MiB;
 * a small heap collects fast, so it gets 4: a hub with 12 MiB live let its
 * heap reach 45 MiB during a burst of 10,000 tickets, most of it garbage
 * nobody had collected yet (docs/performance.md).
 * - `--heap-growing-percent=20`: the next collection comes when the heap
 *   has grown by a fifth of what was live;
 * - `--optimize-for-size`: V8's heuristics favour memory over speed (smaller
 *   growth steps, pages given back sooner, less eager optimisation).
 * Together: 82 → 75 MiB after 10,000 tickets; the cost, measured over MQTT
 * against the hub process, is about half a millisecond on the issue p99
 * (2.5–2.7 → 3.0–3.3 ms) and a fifth of a 50-device burst's throughput —
 * nothing a ticket box or a teller notices.
 *
 * They are set once ready, not among the shebang's flags: from the start
 * they slowed the replay of a journal with no snapshot by 20–30 % (the heap
 * flag) and 3× (size), and a start after a power cut is when speed matters
 * most. V8 reads both each time it makes the decision they steer, so they
 * take effect at the next collection (measured: 9 full collections instead
 * of 2 over the same 10,000 tickets).
 */
import { setFlagsFromString } from 'node:v8'

export const LEAN_HEAP_FLAGS = ['--heap-growing-percent=20', '--optimize-for-size']

export function leanHeap(): void {
  for (const flag of LEAN_HEAP_FLAGS) setFlagsFromString(flag)
}
