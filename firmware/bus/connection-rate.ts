/**
 * New connections per address per minute: a board in a reconnect loop, or
 * someone on the branch network trying passwords, cannot starve the broker.
 * A sliding window of one minute, kept per address.
 */
const WINDOW_MS = 60_000

export class ConnectionRate {
  private readonly seen = new Map<string, number[]>()

  constructor(
    private readonly perMinute: number,
    private readonly clock: () => number = Date.now,
  ) {}

  admit(address: string): boolean {
    const now = this.clock()
    const recent = (this.seen.get(address) ?? []).filter((t) => now - t < WINDOW_MS)
    const ok = recent.length < this.perMinute
    if (ok) recent.push(now)
    this.seen.set(address, recent)
    if (this.seen.size > 1024) this.forgetIdle(now)
    return ok
  }

  private forgetIdle(now: number): void {
    for (const [address, times] of this.seen) if (times.every((t) => now - t >= WINDOW_MS)) this.seen.delete(address)
  }
}
