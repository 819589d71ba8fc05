/**
 * Every event of the contract: the facts the engine folds into state, the
 * records the journal keeps (core/types.ts derives `Event` from here) and,
 * with the journal's `seq` and the ticket's `label`, the payload of
 * `event/<type>`. `at` is epoch milliseconds.
 */
import { Type, type Static, type TProperties } from '@sinclair/typebox'
import { Channel, Position, Priority, Via, Words } from './fields.ts'

function event<T extends string, F extends TProperties>(type: T, fields: F, description?: string) {
  return Type.Object(
    { type: Type.Literal(type), at: Type.Number(), ...fields },
    description === undefined ? {} : { description },
  )
}

const S = Type.String()
const ticket = {
  id: S,
  counter: S,
  staff: Type.Optional(Type.String({ description: 'the staff id logged in at the counter' })),
}
const IncidentKind = Words(['staff', 'manager', 'complaint', 'emergency'])
const Extra = Type.Record(Type.String(), Type.String())

export const QUEUE_EVENTS = [
  event('day.started', { day: S }),
  event('ticket.issued', {
    id: S,
    label: S,
    service: S,
    priority: Priority,
    number: Type.Integer({ description: 'the number part, for wrapping and caps' }),
    token: Type.Optional(S),
  }),
  event('ticket.called', { ...ticket, recall: Type.Boolean() }, '`recall: true` for a recall'),
  event('ticket.started', ticket),
  event('ticket.finished', ticket),
  event('ticket.noShow', ticket),
  event('ticket.held', ticket),
  event('ticket.transferred', {
    ...ticket,
    toService: Type.Optional(S),
    toCounter: Type.Optional(S),
    position: Position,
  }),
  event(
    'ticket.nextStep',
    { id: S, service: S },
    'the ticket enters a service’s queue again (the next step of a multi-step visit)',
  ),
  event('ticket.cancelled', { id: S, reason: Words(['cancelled', 'day-end']) }),
  event('ticket.unprinted', { id: S, reason: S }),
  event('ticket.reprintRequested', { id: S, service: S, token: Type.Optional(S) }, 'for the ticket box'),
  event('ticket.printed', { id: S }),
  event('counter.paused', { counter: S }),
  event('counter.resumed', { counter: S }),
  event('staff.loggedIn', { counter: S, staff: S }),
  event('staff.loggedOut', { counter: S, staff: S }),
]

export const INCIDENT_EVENTS = [
  event('incident.raised', {
    incident: S,
    point: S,
    kind: IncidentKind,
    location: S,
    board: S,
    /** Every number the chain may text, level by level (journals from before this field lack it). */
    notify: Type.Optional(Type.Array(S)),
    extra: Type.Optional(Extra),
    /** A complaint registered at the point, apart from its call; its chain is `chain`. */
    complaint: Type.Optional(Type.Literal(true)),
    /** The chain followed, when not the point's own (a complaint's). */
    chain: Type.Optional(S),
  }),
  event('incident.notified', {
    incident: S,
    level: Type.Integer(),
    to: Type.Array(S),
    channel: Channel,
    delivered: Type.Boolean(),
    detail: Type.Optional(S),
  }),
  event(
    'incident.escalated',
    { incident: S, level: Type.Integer(), by: Type.Optional(S) },
    '`by`: the caller asked again; any acknowledgement is void, the chain goes on',
  ),
  event('incident.acknowledged', { incident: S, by: S, via: Via }),
  event('incident.cleared', { incident: S, by: Type.Optional(S) }),
]

export const RATING_EVENTS = [
  event(
    'rating.recorded',
    {
      counter: S,
      score: Type.Integer(),
      scale: Type.Integer(),
      id: Type.Optional(S),
      service: Type.Optional(S),
      staff: Type.Optional(S),
    },
    '`id` absent: no ticket was finished at that counter recently',
  ),
]

export const EventSchema = Type.Union([...QUEUE_EVENTS, ...INCIDENT_EVENTS, ...RATING_EVENTS])
export type Event = Static<typeof EventSchema>
export type EventType = Event['type']
export type IncidentEvent = Extract<Event, { type: `incident.${string}` }>
export type RatingEvent = Extract<Event, { type: 'rating.recorded' }>
export type IncidentKind = Static<typeof IncidentKind>
export { IncidentKind as IncidentKindSchema }

/** What `event/<type>` carries: the event, its journal record's `seq`, and the ticket's `label` when it names one. */
export const EVENT_PAYLOADS = EventSchema.anyOf.map((e) =>
  Type.Object(
    { seq: Type.Integer({ minimum: 0 }), ...e.properties, label: Type.Optional(Type.String()) },
    { description: e.description },
  ),
)
export type EventPayload = Event & { seq: number; label?: string }
/** Mapped branches lose their own types in TypeBox; `Unsafe` names the type they have, each event's with `seq` and `label`. */
export const EventPayloadSchema = Type.Unsafe<EventPayload>(Type.Union(EVENT_PAYLOADS))
