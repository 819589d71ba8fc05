/**
 * What a teller's keys do: call, recall, start, finish, no-show, hold,
 * transfer, pause, resume; and cancelling a ticket by label.
 */
import type { Command, CounterDef, Decision, EngineConfig, Event, QueueState, Ticket } from './types.ts'
import { nextTicket } from './call-order.ts'
import { either, plural, refuse } from './errors.ts'
import { isOpenTicket } from './day-rollover.ts'
import { servingDef, withStaff } from './staff.ts'
import { peekCounter } from './state.ts'
import { ticketOfLabel } from './closed-tickets.ts'
import { foldTicket, type TicketEvent } from './ticket-fold.ts'
import { ticketView } from './views.ts'
import { counterName, findCounter, findService, serviceName } from './wording.ts'

type CounterCommand = Exclude<
  Command,
  | { type: 'issue' | 'cancel' | 'tick' | 'markUnprinted' | 'reprint' | 'markPrinted' | 'login' | 'logout' }
  | {
      type:
        | 'raiseIncident'
        | 'escalateIncident'
        | 'acknowledgeIncident'
        | 'clearIncident'
        | 'recordNotification'
        | 'rate'
    }
>
type At = { config: EngineConfig; state: QueueState; def: CounterDef; now: number }

export function decideAtCounter(config: EngineConfig, state: QueueState, cmd: CounterCommand, now: number): Decision {
  const def = findCounter(config, cmd.counter)
  if (!def) {
    const known = config.counters.map((c) => c.id).join(', ')
    return refuse('unknown-counter', `There is no counter "${cmd.counter}"; the counters are ${known}`)
  }
  // The person logged in narrows what the counter serves; their id goes on its events.
  const at: At = { config, state, def: servingDef(config, state, def), now }
  return withStaff(state, def.id, decideAt(at, cmd))
}

function decideAt(at: At, cmd: CounterCommand): Decision {
  const { config, state, def, now } = at
  switch (cmd.type) {
    case 'callNext':
      return callNext(at)
    case 'callTicket':
      return callTicket(at, cmd.label)
    case 'pause':
    case 'resume':
      return setPaused(at, cmd.type === 'pause')
  }
  const t = currentTicket(state, def.id)
  if (!t)
    return refuse('no-current-ticket', `${capital(counterName(config, def.id))} has no ticket called or being served`)
  const counter = def.id
  switch (cmd.type) {
    case 'recall':
      if (t.state !== 'called') return alreadyServing(at, t, 'recall is for a called customer who has not come yet')
      return done(t, [{ type: 'ticket.called', at: now, id: t.id, counter, recall: true }])
    case 'start':
      if (t.state !== 'called') return alreadyServing(at, t, 'finish it when done')
      return done(t, [{ type: 'ticket.started', at: now, id: t.id, counter }])
    case 'finish':
      return done(t, finishEvents(at, t))
    case 'noShow':
      return noShow(at, t)
    case 'hold':
      return done(t, [{ type: 'ticket.held', at: now, id: t.id, counter }])
    case 'transfer':
      return transfer(at, t, cmd)
  }
}

export function decideCancel(state: QueueState, label: string, now: number): Decision {
  const t = ticketByLabel(state, label)
  if (!t) return unknownTicket(label)
  if (!isOpenTicket(t)) return refuse('ticket-finished', `${t.label} is already ${t.state}; there is nothing to cancel`)
  return done(t, [{ type: 'ticket.cancelled', at: now, id: t.id, reason: 'cancelled' }])
}

function callNext(at: At): Decision {
  const { config, state, def, now } = at
  if (peekCounter(state, def.id).paused) return paused(at)
  const next = nextTicket(config, state, def)
  if (!next)
    return refuse('queue-empty', `No one is waiting for ${either(def.services.map((s) => serviceName(config, s)))}`)
  return done(next, [
    ...finishCurrent(at),
    { type: 'ticket.called', at: now, id: next.id, counter: def.id, recall: false },
  ])
}

function callTicket(at: At, label: string): Decision {
  const { state, def, now } = at
  if (peekCounter(state, def.id).paused) return paused(at)
  const t = ticketByLabel(state, label)
  if (!t) return unknownTicket(label)
  if (t.state === 'called' || t.state === 'serving') {
    return refuse('ticket-not-waiting', `${t.label} is already at ${counterName(at.config, t.counter ?? '')}`)
  }
  if (t.state !== 'waiting' && t.state !== 'held') return refuse('ticket-finished', `${t.label} is already ${t.state}`)
  return done(t, [...finishCurrent(at), { type: 'ticket.called', at: now, id: t.id, counter: def.id, recall: false }])
}

function setPaused(at: At, pause: boolean): Decision {
  const { state, def, now } = at
  // Pausing twice (or resuming a counter that is open) is answered, and changes nothing.
  if (peekCounter(state, def.id).paused === pause) return { ok: true, events: [], reply: {} }
  return {
    ok: true,
    events: [{ type: pause ? 'counter.paused' : 'counter.resumed', at: now, counter: def.id }],
    reply: {},
  }
}

function noShow(at: At, t: Ticket): Decision {
  const { config, now, def } = at
  if (t.state !== 'called') return alreadyServing(at, t, 'finish it instead')
  const calls = Math.max(0, config.noShow.minCalls - t.calls)
  const seconds = Math.max(0, Math.ceil((config.noShow.minSeconds * 1000 - (now - (t.firstCalledAt ?? now))) / 1000))
  if (calls > 0 || seconds > 0) {
    const wait = [calls > 0 ? plural(calls, 'more call') : '', seconds > 0 ? plural(seconds, 'more second') : '']
    return refuse('not-yet-no-show', `${t.label} can be marked no-show after ${wait.filter(Boolean).join(' and ')}`)
  }
  return done(t, [{ type: 'ticket.noShow', at: now, id: t.id, counter: def.id }])
}

function transfer(at: At, t: Ticket, cmd: Extract<Command, { type: 'transfer' }>): Decision {
  const { config, def, now } = at
  const position = cmd.position ?? config.transfer.position
  const event: Extract<Event, { type: 'ticket.transferred' }> = {
    type: 'ticket.transferred',
    at: now,
    id: t.id,
    counter: def.id,
    position,
  }
  if ('service' in cmd.to) {
    if (!findService(config, cmd.to.service))
      return refuse('unknown-service', `Cannot transfer ${t.label}: there is no service "${cmd.to.service}"`)
    event.toService = cmd.to.service
  } else {
    if (!findCounter(config, cmd.to.counter))
      return refuse('unknown-counter', `Cannot transfer ${t.label}: there is no counter "${cmd.to.counter}"`)
    event.toCounter = cmd.to.counter
  }
  return done(t, [event])
}

/** Finishing a ticket; a multi-step visit sends it on to its next service. */
function finishEvents(at: At, t: Ticket): Event[] {
  const events: Event[] = [{ type: 'ticket.finished', at: at.now, id: t.id, counter: at.def.id }]
  const next = findService(at.config, t.service)?.nextStep
  if (next !== undefined) events.push({ type: 'ticket.nextStep', at: at.now, id: t.id, service: next })
  return events
}

/** "Next" while a customer is still at the counter finishes that customer first. */
function finishCurrent(at: At): Event[] {
  const t = currentTicket(at.state, at.def.id)
  return t ? finishEvents(at, t) : []
}

function currentTicket(state: QueueState, counter: string): Ticket | undefined {
  const id = state.counters[counter]?.current
  return id === undefined ? undefined : state.tickets[id]
}

/** A label's ticket today; a closed one rebuilt from its packed form (closed-tickets.ts), which every command refuses. */
export function ticketByLabel(state: QueueState, label: string): Ticket | undefined {
  return ticketOfLabel(state, label.trim().toUpperCase()) ?? ticketOfLabel(state, label)
}

/** The answer: the events, and the ticket as it stands after them. */
export function done(t: Ticket, events: Event[]): Decision {
  const after = structuredClone(t)
  for (const e of events) if ('id' in e && e.id === t.id) foldTicket(after, e as TicketEvent)
  return { ok: true, events, reply: { ticket: ticketView(after) } }
}

function paused(at: At): Decision {
  return refuse('counter-paused', `${capital(counterName(at.config, at.def.id))} is paused; resume it to call tickets`)
}

function alreadyServing(at: At, t: Ticket, advice: string): Decision {
  return refuse('already-serving', `${t.label} is being served at ${counterName(at.config, at.def.id)}; ${advice}`)
}

export function unknownTicket(label: string): Decision {
  return refuse('unknown-ticket', `There is no ticket ${label} today`)
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1)
}
