/**
 * Generated traffic for the report tests: a branch run through the real
 * engine (decide → apply), with staff, ratings and incidents added as the
 * helpers' event contract says. Alongside the journal records it keeps its
 * own account of every visit — when it entered its queue, when the
 * generator's counter called it, how it ended — from the commands it sent,
 * so expectations never come from the report code.
 */
import {
  apply,
  businessDay,
  decide,
  initialState,
  type Command,
  type EngineConfig,
  type Event,
} from '../../firmware/core/index.ts'
import { seededRandom } from '../harness/ticket-load.ts'
import { intlZones } from '../fixtures/zones.ts'

export interface TrueVisit {
  day: string
  service: string
  entry: 'issued' | 'transferred' | 'nextStep'
  enteredAt: number
  calledAt?: number
  startedAt?: number
  endedAt?: number
  outcome: 'served' | 'noShow' | 'transferred' | 'cancelled' | 'open'
  counter?: string
  staff?: string
}

export interface TrueRating {
  day: string
  counter: string
  staff: string
  service: string
  score: number
  scale: number
}

export interface TrueIncident {
  day: string
  location: string
  kind: string
  raisedAt: number
  ackAt?: number
  clearedAt: number
  escalations: number
}

export interface Traffic {
  records: Array<{ day: string; record: { at: number; ev: Array<Record<string, unknown>> } }>
  visits: TrueVisit[]
  ratings: TrueRating[]
  incidents: TrueIncident[]
}

export function engineFor(timeZone: string, dayStartsAt = '04:00'): EngineConfig {
  const services = ['deposits', 'loans', 'accounts']
  return {
    timeZone,
    zones: intlZones,
    dayStartsAt,
    services: services.map((id, i) => ({
      id,
      prefix: 'ABC'[i]!,
      names: { en: id },
      range: { from: 1, to: 999 },
      digits: 3,
    })),
    counters: ['c1', 'c2', 'c3'].map((id, i) => ({ id, name: String(i + 1), services })),
    noShow: { minCalls: 2, minSeconds: 30 },
    transfer: { position: 'arrival' },
    priority: { maxConsecutive: 0 },
    estimate: { window: 5, defaultServiceSeconds: 300 },
  }
}

const STEP = 20_000

/** Runs the branch from `from` to `until` (epoch ms), then ticks into the next business day at `nextDay`. */
export function generate(engine: EngineConfig, from: number, until: number, nextDay: number, seed = 1): Traffic {
  const rnd = seededRandom(seed)
  const state = initialState(engine)
  const traffic: Traffic = { records: [], visits: [], ratings: [], incidents: [] }
  const open = new Map<string, TrueVisit>()
  const counters = engine.counters.map((c) => c.id)
  const staffOf = (c: string) => `staff-${c}`
  const busy = new Map<string, { id: string; until: number; plan: 'serve' | 'noShow' | 'transfer'; started: boolean }>()
  let now = from

  const record = (ev: Array<Record<string, unknown>>, at = now) =>
    traffic.records.push({ day: state.day, record: { at, ev } })
  /** Incident steps still to come, journaled when their time comes. */
  let later: Array<Record<string, unknown>> = []
  const run = (command: Command) => {
    const d = decide(engine, state, command, now)
    if (!d.ok) return undefined
    for (const e of d.events) apply(engine, state, e)
    // The staff helper's hub stamps counter events with the staff member logged in there.
    const ev = d.events.map((e: Event) =>
      'counter' in e && e.type.startsWith('ticket.') ? { ...e, staff: staffOf(e.counter) } : { ...e },
    )
    if (ev.length > 0) record(ev)
    return d
  }
  const must = (command: Command) => {
    if (!run(command)) throw new Error(`generator: ${command.type} refused at ${new Date(now).toISOString()}`)
  }
  const enter = (id: string, service: string, entry: TrueVisit['entry']) => {
    const v: TrueVisit = { day: state.day, service, entry, enteredAt: now, outcome: 'open' }
    traffic.visits.push(v)
    open.set(id, v)
  }
  const end = (id: string, outcome: TrueVisit['outcome'], counter?: string) => {
    const v = open.get(id)!
    v.outcome = outcome
    v.endedAt = now
    if (counter) {
      v.counter = counter
      v.staff = staffOf(counter)
    }
    open.delete(id)
  }

  run({ type: 'tick' })
  for (const c of counters) record([{ type: 'staff.loggedIn', at: now, counter: c, staff: staffOf(c) }])
  const rollover = () => {
    const day = state.day
    run({ type: 'tick' })
    if (state.day === day) return
    // The engine cancelled every open ticket of the day that ended.
    for (const id of [...open.keys()]) end(id, 'cancelled')
    busy.clear()
  }
  for (; now < until; now += STEP) {
    rollover()
    if (rnd() < 0.45) {
      const service = engine.services[Math.floor(rnd() * engine.services.length)]!.id
      const d = run({ type: 'issue', service })
      if (d?.ok) enter(d.reply.ticket!.id, service, 'issued')
    }
    if (rnd() < 0.01) {
      const waiting = [...open.entries()].find(([, v]) => v.calledAt === undefined)
      if (waiting && run({ type: 'cancel', label: state.tickets[waiting[0]]!.label })) end(waiting[0], 'cancelled')
    }
    for (const c of counters) step(c)
    for (const e of later.filter((e) => (e.at as number) <= now)) record([e], e.at as number)
    later = later.filter((e) => (e.at as number) > now)
    // An incident is raised only when it will be over within the business day (see the note in docs/reports.md).
    const over = now + 12 * 60_000
    if (
      rnd() < 0.01 &&
      over < until &&
      businessDay(over, engine.timeZone, engine.dayStartsAt, engine.zones) === state.day
    )
      incident()
  }
  now = nextDay
  rollover()
  return traffic

  /** A call point pressed: answered after 20 s–10 min (escalating every 2 min unanswered), or never, then cleared. */
  function incident(): void {
    const id = `inc-${traffic.incidents.length + 1}`
    const location = ['room 315', 'table 12', 'cardiology'][Math.floor(rnd() * 3)]!
    const kind = (['staff', 'manager', 'complaint'] as const)[Math.floor(rnd() * 3)]!
    const answered = rnd() < 0.8
    const delay = STEP * (1 + Math.floor(rnd() * 30))
    const escalations = Math.floor(delay / 120_000)
    const truth: TrueIncident = {
      day: state.day,
      location,
      kind,
      raisedAt: now,
      clearedAt: now + delay + 60_000,
      escalations,
      ...(answered ? { ackAt: now + delay } : {}),
    }
    traffic.incidents.push(truth)
    record([
      { type: 'incident.raised', at: now, incident: id, point: `p-${location}`, kind, location, board: 'b1' },
      {
        type: 'incident.notified',
        at: now,
        incident: id,
        level: 0,
        to: ['+971500000001'],
        channel: 'sms',
        delivered: rnd() < 0.9,
      },
    ])
    for (let level = 1; level <= escalations; level++)
      later.push({ type: 'incident.escalated', at: now + level * 120_000, incident: id, level })
    if (answered) later.push({ type: 'incident.acknowledged', at: now + delay, incident: id, by: 'nurse', via: 'key' })
    later.push({ type: 'incident.cleared', at: truth.clearedAt, incident: id })
  }

  function step(c: string): void {
    const b = busy.get(c)
    if (!b) {
      const d = run({ type: 'callNext', counter: c })
      if (!d?.ok || !d.reply.ticket) return
      const id = d.reply.ticket.id
      const v = open.get(id)!
      v.calledAt ??= now
      v.counter = c
      v.staff = staffOf(c)
      const r = rnd()
      const plan = r < 0.08 ? 'noShow' : r < 0.14 ? 'transfer' : 'serve'
      busy.set(c, { id, until: now + STEP * (2 + Math.floor(rnd() * 12)), plan, started: false })
      return
    }
    if (now < b.until) {
      if (b.plan === 'serve' && !b.started && run({ type: 'start', counter: c })) {
        b.started = true
        open.get(b.id)!.startedAt = now
      }
      if (b.plan === 'noShow') run({ type: 'recall', counter: c })
      return
    }
    busy.delete(c)
    const v = open.get(b.id)!
    if (b.plan === 'noShow') {
      must({ type: 'noShow', counter: c })
      end(b.id, 'noShow', c)
    } else if (b.plan === 'transfer') {
      const to = engine.services.find((s) => s.id !== v.service)!.id
      must({ type: 'transfer', counter: c, to: { service: to } })
      end(b.id, 'transferred', c)
      enter(b.id, to, 'transferred')
    } else {
      must({ type: 'finish', counter: c })
      end(b.id, 'served', c)
      if (rnd() < 0.5) {
        const score = 1 + Math.floor(rnd() * 5)
        record([
          {
            type: 'rating.recorded',
            at: now,
            counter: c,
            score,
            scale: 5,
            id: b.id,
            service: v.service,
            staff: staffOf(c),
          },
        ])
        traffic.ratings.push({ day: state.day, counter: c, staff: staffOf(c), service: v.service, score, scale: 5 })
      }
    }
  }
}
