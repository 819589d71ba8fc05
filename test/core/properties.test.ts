/**
 * Random command sequences over several business days (across a DST night),
 * checking after every step the promises the rest of the system builds on.
 */
import t from 'tap'
import fc from 'fast-check'
import { apply, decide, initialState, recentCalls, ticketView, waitingByService } from '../../firmware/core/index.ts'
import type { Command, EngineConfig, Event, QueueState, Ticket, TicketState } from '../../firmware/core/index.ts'
import { nextTicket } from '../../firmware/core/call-order.ts'
import { cloneState } from '../../firmware/core/state.ts'
import { testConfig } from './harness.ts'

const config: EngineConfig = testConfig((c) => {
  c.timeZone = 'Europe/Berlin'
  c.dayStartsAt = '02:30'
  c.services[0]!.range = { from: 1, to: 6 } // small, so numbers run out and wrapping is tried
  c.services[1]!.dailyCap = 4
  c.services[2]!.nextStep = 'deposits'
  c.services[2]!.hours = [{ days: [1, 2, 3, 4, 5, 6], from: '08:00', to: '20:00' }]
  c.priority.maxConsecutive = 2
  c.noShow = { minCalls: 2, minSeconds: 20 }
})

const COUNTERS = ['c1', 'c2', 'c3', 'c9']
const SERVICES = ['deposits', 'loans', 'accounts', 'cash']
const LABELS = ['A001', 'A002', 'A003', 'A006', 'B001', 'B002', 'C001', 'C002', 'Z001']

const counter = fc.constantFrom(...COUNTERS)
const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('issue' as const),
      service: fc.constantFrom(...SERVICES),
      priority: fc.constantFrom('normal' as const, 'priority' as const, 'vip' as const),
    }),
  },
  { weight: 5, arbitrary: fc.record({ type: fc.constant('callNext' as const), counter }) },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constantFrom(
        'recall' as const,
        'noShow' as const,
        'start' as const,
        'finish' as const,
        'hold' as const,
        'pause' as const,
        'resume' as const,
      ),
      counter,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('transfer' as const),
      counter,
      to: fc.oneof(fc.record({ service: fc.constantFrom(...SERVICES) }), fc.record({ counter })),
      position: fc.constantFrom('front' as const, 'arrival' as const),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('callTicket' as const), counter, label: fc.constantFrom(...LABELS) }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('cancel' as const), label: fc.constantFrom(...LABELS) }) },
  { weight: 1, arbitrary: fc.constant({ type: 'tick' as const }) },
)
/** Mostly seconds apart, sometimes hours, so a run crosses several business days. */
const gap = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 90_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 3_600_000, max: 30 * 3_600_000 }) },
)
const START = fc.constantFrom(
  Date.UTC(2026, 9, 24, 6), // Saturday morning before the fall-back night
  Date.UTC(2026, 2, 28, 6), // Saturday morning before the spring-forward night
  Date.UTC(2026, 10, 23, 6), // an ordinary Monday
)

const OPEN: TicketState[] = ['waiting', 'called', 'serving', 'held']
const FINAL: TicketState[] = ['done', 'no-show', 'cancelled']

function checkInvariants(state: QueueState, issuedToday: number): void {
  const tickets = Object.values(state.tickets)
  const byState = new Map<TicketState, number>()
  for (const ticket of tickets) {
    if (![...OPEN, ...FINAL].includes(ticket.state)) throw new Error(`${ticket.label} is in state ${ticket.state}`)
    byState.set(ticket.state, (byState.get(ticket.state) ?? 0) + 1)
    if (!ticket.id.startsWith(`${state.day}/`)) throw new Error(`${ticket.id} is not of day ${state.day}`)
    if (state.byLabel[ticket.label] !== ticket.id) throw new Error(`byLabel does not point at ${ticket.id}`)
    if (ticket.history.at(-1)?.state !== ticket.state)
      throw new Error(`${ticket.label}: history ends elsewhere than its state`)
    const atCounter = ticket.state === 'called' || ticket.state === 'serving'
    if (atCounter && state.counters[ticket.counter ?? '']?.current !== ticket.id)
      throw new Error(`${ticket.label} is ${ticket.state} but not at its counter`)
  }
  const current = Object.values(state.counters).flatMap((c) => (c.current ? [c.current] : []))
  if (new Set(current).size !== current.length) throw new Error('two counters share a ticket')
  for (const c of Object.values(state.counters)) {
    if (c.current === undefined) continue
    const ticket = state.tickets[c.current]
    if (!ticket || (ticket.state !== 'called' && ticket.state !== 'serving') || ticket.counter !== c.id) {
      throw new Error(`counter ${c.id} points at ${c.current} in state ${ticket?.state}`)
    }
  }
  const sum = [...byState.values()].reduce((a, b) => a + b, 0)
  const issuedByStats = Object.values(state.services).reduce((a, s) => a + s.issued, 0)
  if (sum !== issuedByStats || sum !== issuedToday || Object.keys(state.byLabel).length !== sum) {
    throw new Error(
      `counts disagree: ${sum} tickets by state, ${issuedByStats} by stats, ${issuedToday} issued events today`,
    )
  }
}

const RANK = { vip: 2, priority: 1, normal: 0 }

/** The call order of docs/queue-rules.md, by scanning every ticket: the oracle for the engine's index. */
function scanNext(state: QueueState, counterId: string): string | undefined {
  const def = config.counters.find((c) => c.id === counterId)!
  const serviceAt = (t: Ticket) =>
    def.services.includes(t.service) ? def.services.indexOf(t.service) : def.services.length
  const key = (t: Ticket) => [-RANK[t.priority], serviceAt(t), t.queueKey, t.issuedAt] as const
  const earlier = (a: Ticket, b: Ticket) => {
    const [ka, kb] = [key(a), key(b)]
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]!
    return a.id < b.id
  }
  const waiting = Object.values(state.tickets).filter(
    (t) =>
      t.state === 'waiting' &&
      (t.forCounter !== undefined ? t.forCounter === def.id : def.services.includes(t.service)),
  )
  const best = (list: Ticket[]) => list.reduce<Ticket | undefined>((b, t) => (!b || earlier(t, b) ? t : b), undefined)
  const streak = state.counters[def.id]?.priorityStreak ?? 0
  const normal = best(waiting.filter((t) => t.priority === 'normal'))
  if (config.priority.maxConsecutive > 0 && streak >= config.priority.maxConsecutive && normal) return normal.id
  return best(waiting)?.id
}

/** The index apply() keeps must answer as one built afresh from the tickets, and as the scan. */
function checkIndex(state: QueueState): void {
  const fresh = cloneState(state)
  for (const c of config.counters) {
    const kept = nextTicket(config, state, c)?.id
    if (kept !== nextTicket(config, fresh, c)?.id || kept !== scanNext(state, c.id)) {
      throw new Error(`next ticket for ${c.id}: index says ${kept}, the scan says ${scanNext(state, c.id)}`)
    }
  }
  if (JSON.stringify(waitingByService(config, state)) !== JSON.stringify(waitingByService(config, fresh)))
    throw new Error('waiting counts drifted')
  if (JSON.stringify(recentCalls(state, 8)) !== JSON.stringify(recentCalls(fresh, 8)))
    throw new Error('recent calls drifted')
}

function fold(from: QueueState, events: Event[]): QueueState {
  for (const event of events) apply(config, from, event)
  return from
}

t.test('random command sequences keep every promise', async (t) => {
  let decisions = 0
  let refused = 0
  let days = 0
  fc.assert(
    fc.property(
      START,
      fc.array(fc.tuple(gap, command), { minLength: 1, maxLength: 250, size: 'max' }),
      fc.nat(),
      (start, steps, cut) => {
        const state = initialState(config)
        const log: Event[] = []
        const labelsOfDay = new Map<string, Set<string>>()
        let issuedToday = 0
        let now = start
        const snapshotAt = cut % steps.length
        let snapshot: { json: string; events: number } | undefined
        steps.forEach(([dt, cmd], step) => {
          if (step === snapshotAt) snapshot = { json: JSON.stringify(state), events: log.length }
          now += dt
          const before = JSON.stringify(state)
          const decision = decide(config, state, cmd, now)
          if (JSON.stringify(state) !== before) throw new Error(`decide mutated the state: ${JSON.stringify(cmd)}`)
          decisions += 1
          if (!decision.ok) {
            if (decision.error.code === 'engine-error') throw new Error(decision.error.message)
            refused += 1
            return
          }
          for (const event of decision.events) {
            apply(config, state, event)
            log.push(event)
            if (event.type === 'day.started') {
              issuedToday = 0
              days += 1
            }
            if (event.type === 'ticket.issued') {
              issuedToday += 1
              const labels = labelsOfDay.get(state.day) ?? new Set()
              if (labels.has(event.label)) throw new Error(`${event.label} issued twice on ${state.day}`)
              labelsOfDay.set(state.day, labels.add(event.label))
            }
          }
          const replied = decision.reply.ticket
          if (replied) {
            const live = state.tickets[replied.id]
            if (!live || JSON.stringify(ticketView(live)) !== JSON.stringify(replied))
              throw new Error(`the reply for ${replied.label} is not its state`)
          }
          checkInvariants(state, issuedToday)
          checkIndex(state)
        })
        const live = JSON.stringify(state)
        if (JSON.stringify(fold(initialState(config), log)) !== live)
          throw new Error('folding the events from the start does not give the live state')
        if (snapshot && JSON.stringify(fold(JSON.parse(snapshot.json), log.slice(snapshot.events))) !== live) {
          throw new Error('a snapshot plus the later events does not give the live state')
        }
      },
    ),
    { numRuns: 300 },
  )
  t.ok(decisions > 10_000, `${decisions} commands decided`)
  t.ok(refused > 0 && refused < decisions, `${refused} refused, the rest accepted`)
  t.ok(days > 300, `${days} business days started`)
})
