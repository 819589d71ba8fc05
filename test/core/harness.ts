/**
 * A branch for engine tests: its own config (independent of the demo site),
 * a state, a clock, and helpers that decide, check decide left the state
 * alone, and apply.
 */
import { apply, decide, initialState } from '../../firmware/core/index.ts'
import type {
  Command,
  Decision,
  EngineConfig,
  EngineError,
  Event,
  QueueState,
  Reply,
  Ticket,
} from '../../firmware/core/index.ts'
import { intlZones } from '../fixtures/zones.ts'

export function testConfig(change: (c: EngineConfig) => void = () => undefined): EngineConfig {
  const config: EngineConfig = {
    timeZone: 'Asia/Dubai',
    zones: intlZones,
    dayStartsAt: '04:00',
    services: [
      {
        id: 'deposits',
        prefix: 'A',
        names: { en: 'Deposits', ar: 'الإيداعات' },
        range: { from: 1, to: 999 },
        digits: 3,
      },
      { id: 'loans', prefix: 'B', names: { en: 'Loans' }, range: { from: 1, to: 999 }, digits: 3, dailyCap: 200 },
      { id: 'accounts', prefix: 'C', names: { en: 'Accounts' }, range: { from: 1, to: 999 }, digits: 3 },
    ],
    counters: [
      { id: 'c1', name: '1', services: ['deposits', 'accounts'] },
      { id: 'c2', name: '2', services: ['deposits'] },
      { id: 'c3', name: '3', services: ['loans', 'accounts'] },
    ],
    noShow: { minCalls: 2, minSeconds: 30 },
    transfer: { position: 'front' },
    priority: { maxConsecutive: 3 },
    estimate: { window: 5, defaultServiceSeconds: 300 },
  }
  change(config)
  return config
}

/** Sunday 2026-11-22, 10:00 in Dubai (UTC+4). */
export const SUNDAY_10AM = Date.UTC(2026, 10, 22, 6, 0)

export class Branch {
  state: QueueState
  now: number
  /** Every event applied, in order, for replay checks. */
  readonly log: Event[] = []

  constructor(
    readonly config: EngineConfig = testConfig(),
    now = SUNDAY_10AM,
  ) {
    this.state = initialState(config)
    this.now = now
  }

  /** Decides and applies; throws if decide changed the state it was given. */
  run(cmd: Command | Record<string, unknown>): Decision {
    const before = JSON.stringify(this.state)
    const decision = decide(this.config, this.state, cmd as Command, this.now)
    if (JSON.stringify(this.state) !== before) throw new Error(`decide mutated the state for ${JSON.stringify(cmd)}`)
    if (decision.ok) {
      for (const event of decision.events) apply(this.config, this.state, event)
      this.log.push(...decision.events)
    }
    return decision
  }

  /** Runs a command that must succeed; returns its events and reply. */
  ok(cmd: Command | Record<string, unknown>): { events: Event[]; reply: Reply } {
    const d = this.run(cmd)
    if (!d.ok) throw new Error(`${JSON.stringify(cmd)} refused: ${d.error.code}: ${d.error.message}`)
    return { events: d.events, reply: d.reply }
  }

  /** Runs a command that must be refused; returns the error. */
  refused(cmd: Command | Record<string, unknown>): EngineError {
    const d = this.run(cmd)
    if (d.ok) throw new Error(`${JSON.stringify(cmd)} was accepted: ${JSON.stringify(d.events)}`)
    return d.error
  }

  issue(service: string, priority?: 'normal' | 'priority' | 'vip'): string {
    const label = this.ok(priority ? { type: 'issue', service, priority } : { type: 'issue', service }).reply.ticket
      ?.label
    if (!label) throw new Error('no label')
    return label
  }

  /** The label the counter was given by callNext. */
  next(counter: string): string {
    return this.ok({ type: 'callNext', counter }).reply.ticket?.label ?? ''
  }

  ticket(label: string): Ticket {
    const id = this.state.byLabel[label]
    const t = id === undefined ? undefined : this.state.tickets[id]
    if (!t) throw new Error(`no ticket ${label}`)
    return t
  }

  advance(seconds: number): this {
    this.now += seconds * 1000
    return this
  }
}

/** Event types only, for compact assertions. */
export function types(events: Event[]): string[] {
  return events.map((e) => e.type)
}
