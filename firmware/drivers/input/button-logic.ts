/**
 * What a finger did, from raw edges: debounce, press or long press, and
 * combinations. Pure and clock-free — edges and ticks carry the time — so it
 * is tested with exact timings; gpio-buttons.ts feeds it and schedules ticks.
 *
 * A press is reported when the button is let go. That is what keeps a long
 * press or the technician's combination from also taking a ticket.
 *
 * The first edge of a change is acted on at once and the bounce after it is
 * ignored for the debounce time, instead of waiting for the contact to
 * settle: the ticket starts at the release, not 20 ms after it. A level that
 * did not last the debounce time (a glitch on the line) is no press: when
 * the lockout ends on the old level again, the change is undone silently.
 */

export interface ButtonTimings {
  /** Edges this soon after a change are bounce. Default 20 ms (bounce of a microswitch is < 5 ms; cheap arcade buttons ~10 ms). */
  debounceMs: number
  /** Held at least this long: a long press instead of a press. Default 1500 ms. */
  longPressMs: number
}

export interface Chord {
  keys: string[]
  holdMs: number
}

export type ButtonEvent = { type: 'press' | 'longPress'; key: string } | { type: 'chord'; keys: string[] }

interface KeyState {
  raw: boolean
  stable: boolean
  /** When `stable` last changed: edges before stableSince + debounceMs are bounce. */
  stableSince: number
  /** Another key was down during this press, or a chord used it: no ticket for it. */
  spoilt: boolean
}

export class ButtonLogic {
  private readonly keys = new Map<string, KeyState>()
  private chordFired = false

  constructor(
    private readonly timings: ButtonTimings,
    private readonly chord?: Chord,
  ) {}

  private state(key: string): KeyState {
    let s = this.keys.get(key)
    if (!s) {
      s = { raw: false, stable: false, stableSince: -Infinity, spoilt: false }
      this.keys.set(key, s)
    }
    return s
  }

  /** A raw level change; returns what became certain up to `at`, this edge included. */
  edge(key: string, active: boolean, at: number): ButtonEvent[] {
    const events = this.tick(at)
    const s = this.state(key)
    s.raw = active
    // Outside the lockout, the first edge of a change is the change.
    if (active !== s.stable && at - s.stableSince >= this.timings.debounceMs)
      events.push(...this.change(key, s, at, false))
    return events
  }

  /** The next time a tick may report something, or undefined when nothing is pending. */
  nextDeadline(): number | undefined {
    let next: number | undefined
    const consider = (t: number) => (next = next === undefined ? t : Math.min(next, t))
    for (const s of this.keys.values()) if (s.raw !== s.stable) consider(s.stableSince + this.timings.debounceMs)
    const since = this.chordSince()
    if (since !== undefined && !this.chordFired && this.chord) consider(since + this.chord.holdMs)
    return next
  }

  /** The key's level becomes `s.raw` at `at`; `settled` when the lockout ended on the other level. */
  private change(key: string, s: KeyState, at: number, settled: boolean): ButtonEvent[] {
    const events: ButtonEvent[] = []
    if (s.raw) {
      s.spoilt = [...this.keys.values()].some((o) => o !== s && o.stable)
      for (const o of this.keys.values()) if (o !== s && o.stable) o.spoilt = true
    } else if (!s.spoilt && !settled) {
      // Let go after the lockout: a press. Let go within it and never pressed again, a glitch: nothing.
      events.push({ type: at - s.stableSince >= this.timings.longPressMs ? 'longPress' : 'press', key })
    }
    s.stable = s.raw
    s.stableSince = at
    if (!s.stable && this.chord?.keys.includes(key)) this.chordFired = false
    return events
  }

  private chordSince(): number | undefined {
    if (!this.chord) return undefined
    let since = -Infinity
    for (const key of this.chord.keys) {
      const s = this.keys.get(key)
      if (!s?.stable) return undefined
      since = Math.max(since, s.stableSince)
    }
    return since
  }

  tick(now: number): ButtonEvent[] {
    const events: ButtonEvent[] = []
    // A lockout that ended on the other level: the bounce settled there. In the order the lockouts ended.
    const settling = [...this.keys.entries()]
      .filter(([, s]) => s.raw !== s.stable && now - s.stableSince >= this.timings.debounceMs)
      .sort((a, b) => a[1].stableSince - b[1].stableSince)
    for (const [key, s] of settling) events.push(...this.change(key, s, s.stableSince + this.timings.debounceMs, true))
    const since = this.chordSince()
    if (this.chord && since !== undefined && !this.chordFired && now - since >= this.chord.holdMs) {
      this.chordFired = true
      for (const key of this.chord.keys) this.state(key).spoilt = true
      events.push({ type: 'chord', keys: [...this.chord.keys] })
    }
    return events
  }
}
