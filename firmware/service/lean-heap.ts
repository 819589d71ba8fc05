/**
 * How far V8 lets the heap grow past what is live before it collects.
 *
 * By default V8 picks a growing factor between 1.1 and 4 from how fast its
 * collections are; a small heap collects fast, so it gets 4: a hub with
 * 12 MiB live let its heap reach 45 MiB during a burst of 10,000 tickets,
 * most of it garbage nobody had collected yet (docs/performance.md). A fixed
 * 20 % keeps the heap close to what is live, at the cost of more (short,
 * mostly concurrent) collections.
 *
 * It is set once the appliance is ready, not among the shebang's flags:
 * from the start it made the hub replay a journal with no snapshot 20–30 %
 * slower, and a start after a power cut is when speed matters most. V8
 * reads this flag each time it sets the next heap limit, so it takes effect
 * at the next collection (measured: 9 full collections instead of 2 over
 * the same 10,000 tickets).
 */
import { setFlagsFromString } from 'node:v8'

export const HEAP_GROWING_PERCENT = 20

export function leanHeap(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}
