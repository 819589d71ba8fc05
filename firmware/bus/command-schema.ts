/**
 * The command payloads of the contract (docs/mqtt.md), as a schema in the
 * same library as the config (TypeBox → Ajv): one place that says what each
 * command carries, and errors that name the field (command-problems.ts).
 */
import { Type, type TSchema } from '@sinclair/typebox'

const Id = Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,31}$', errorMessage: 'must be the id of one from the config' })
const Req = Type.String({ pattern: '^[\\w.:-]{1,64}$' })
const Label = Type.String({ minLength: 1, maxLength: 8, errorMessage: 'must be a ticket label such as A023' })

function command<T extends string>(type: T, fields: Record<string, TSchema> = {}) {
  return Type.Object({ req: Req, type: Type.Literal(type), ...fields }, { additionalProperties: false })
}

const counter = { counter: Id }

/** Call points and ratings (issue 9). */
const Incident = Type.String({ pattern: '^inc-[0-9]{1,12}$', errorMessage: 'must be an incident id such as inc-12' })
const Who = Type.String({ minLength: 1, maxLength: 64 })
const INCIDENT_COMMANDS = [
  command('raiseIncident', { point: Id, complaint: Type.Optional(Type.Boolean()) }),
  command('escalateIncident', { incident: Type.Optional(Incident), point: Type.Optional(Id), by: Who }),
  command('acknowledgeIncident', {
    incident: Type.Optional(Incident),
    point: Type.Optional(Id),
    by: Who,
    via: Type.Union([Type.Literal('key'), Type.Literal('keypad'), Type.Literal('sms')]),
  }),
  command('clearIncident', { incident: Type.Optional(Incident), point: Type.Optional(Id), by: Type.Optional(Who) }),
  command('recordNotification', {
    incident: Incident,
    level: Type.Integer({ minimum: 0, maximum: 32 }),
    to: Type.Array(Type.String({ maxLength: 32 }), { maxItems: 32 }),
    channel: Type.Union([Type.Literal('sms'), Type.Literal('mqtt')]),
    delivered: Type.Boolean(),
    detail: Type.Optional(Type.String({ maxLength: 500 })),
  }),
  command('rate', { ...counter, score: Type.Integer({ minimum: 1, maximum: 5, errorMessage: 'must be a whole number from 1 to 5' }) }),
]

export const CommandSchema = Type.Union([
  command('issue', {
    service: Id,
    priority: Type.Optional(Type.Union([Type.Literal('normal'), Type.Literal('priority'), Type.Literal('vip')])),
    token: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{22,64}$', errorMessage: 'must be 22–64 letters, digits, _ or - (a random status-page token)' })),
  }),
  command('callNext', counter),
  command('recall', counter),
  command('noShow', counter),
  command('start', counter),
  command('finish', counter),
  command('hold', counter),
  command('pause', counter),
  command('resume', counter),
  command('transfer', {
    ...counter,
    to: Type.Union([Type.Object({ service: Id }, { additionalProperties: false }), Type.Object({ counter: Id }, { additionalProperties: false })], {
      errorMessage: 'must be {"service": id} or {"counter": id}',
    }),
    position: Type.Optional(Type.Union([Type.Literal('front'), Type.Literal('arrival')])),
  }),
  command('callTicket', { ...counter, label: Label }),
  command('cancel', { label: Label }),
  command('markUnprinted', { label: Label, reason: Type.Optional(Type.String({ maxLength: 200 })) }),
  command('reprint', { label: Label }),
  command('markPrinted', { label: Label }),
  command('tick'),
  command('login', { ...counter, pin: Type.String({ pattern: '^[0-9]{4,8}$', errorMessage: 'must be a PIN of 4–8 digits' }) }),
  command('logout', counter),
  ...INCIDENT_COMMANDS,
])
