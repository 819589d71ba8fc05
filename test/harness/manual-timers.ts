/**
 * Timers a test moves by hand: advance(ms) fires, in time order, every timer
 * due by then, so a schedule of minutes is checked without waiting for it.
 */
import type { Timers } from '../../firmware/roles/display/display-presentation.ts'

export class ManualTimers implements Timers {
  private now = 0
  private seq = 0
  private readonly due = new Map<number, { at: number; fn: () => void }>()

  setTimeout(fn: () => void, ms: number): number {
    this.seq += 1
    this.due.set(this.seq, { at: this.now + ms, fn })
    return this.seq
  }

  clearTimeout(handle: unknown): void {
    this.due.delete(handle as number)
  }

  advance(ms: number): void {
    const until = this.now + ms
    for (;;) {
      const next = [...this.due.entries()].sort((a, b) => a[1].at - b[1].at || a[0] - b[0])[0]
      if (!next || next[1].at > until) break
      this.due.delete(next[0])
      this.now = next[1].at
      next[1].fn()
    }
    this.now = until
  }
}
