/**
 * Staff at the counters: logging in with a PIN and out again. While someone
 * is logged in, the counter serves only the services both it and they serve,
 * and its events carry their id for the reports.
 */
import type { Command, CounterDef, Decision, EngineConfig, Event, QueueState } from './types.ts'
import { refuse } from './errors.ts'
import { counterOf, peekCounter } from './state.ts'
import { counterName, findCounter } from './wording.ts'

type StaffCommand = Extract<Command, { type: 'login' | 'logout' }>
type StaffEvent = Extract<Event, { type: 'staff.loggedIn' | 'staff.loggedOut' }>

/** The counter operation events that name the person who did them. */
const STAFFED = new Set<Event['type']>([
  'ticket.called',
  'ticket.started',
  'ticket.finished',
  'ticket.noShow',
  'ticket.held',
  'ticket.transferred',
])

export function decideStaff(config: EngineConfig, state: QueueState, cmd: StaffCommand, now: number): Decision {
  const def = findCounter(config, cmd.counter)
  if (!def) return refuse('unknown-counter', `There is no counter "${cmd.counter}"`)
  const here = peekCounter(state, def.id).staff
  if (cmd.type === 'logout') {
    // Logging out an empty counter is answered, and changes nothing.
    return {
      ok: true,
      events: here === undefined ? [] : [{ type: 'staff.loggedOut', at: now, counter: def.id, staff: here }],
      reply: {},
    }
  }
  const person = (config.staff ?? []).find((p) => p.pin === cmd.pin)
  if (!person) return refuse('wrong-pin', 'No one has that PIN; type it again')
  if (!def.services.some((s) => person.services.includes(s))) {
    return refuse('no-common-service', `${person.name} serves none of the services of ${counterName(config, def.id)}`)
  }
  const reply = { staff: { id: person.id, name: person.name } }
  if (here === person.id) return { ok: true, events: [], reply }
  const events: Event[] = []
  if (here !== undefined) events.push({ type: 'staff.loggedOut', at: now, counter: def.id, staff: here })
  // One person, one counter: logging in here logs them out where they were.
  for (const c of Object.values(state.counters)) {
    if (c.id !== def.id && c.staff === person.id)
      events.push({ type: 'staff.loggedOut', at: now, counter: c.id, staff: person.id })
  }
  events.push({ type: 'staff.loggedIn', at: now, counter: def.id, staff: person.id })
  return { ok: true, events, reply }
}

export function applyStaff(state: QueueState, event: StaffEvent): void {
  const counter = counterOf(state, event.counter)
  if (event.type === 'staff.loggedIn') counter.staff = event.staff
  else if (counter.staff === event.staff) delete counter.staff
}

/**
 * The counter as it serves now: its services narrowed to the logged-in
 * person's. Nobody logged in (or a person since removed from the config)
 * leaves the counter's own services.
 */
export function servingDef(config: EngineConfig, state: QueueState, def: CounterDef): CounterDef {
  const id = peekCounter(state, def.id).staff
  const person = id === undefined ? undefined : config.staff?.find((p) => p.id === id)
  if (!person) return def
  return { ...def, services: def.services.filter((s) => person.services.includes(s)) }
}

/** Puts the logged-in person's id on the counter's operation events. */
export function withStaff(state: QueueState, counter: string, decision: Decision): Decision {
  const staff = peekCounter(state, counter).staff
  if (!decision.ok || staff === undefined) return decision
  const events = decision.events.map((e) =>
    STAFFED.has(e.type) && 'counter' in e && e.counter === counter ? { ...e, staff } : e,
  )
  return { ...decision, events }
}
