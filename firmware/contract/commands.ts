/**
 * Every command of the contract (docs/mqtt.md), one TypeBox schema each: the
 * source of the `Command` type the engine decides on (core/types.ts), of the
 * check a payload passes on the hub's command topic (compiled by Ajv into
 * firmware/generated/validators.js), and of the doc's table of commands.
 * `answer` and `description` are for the doc only; Ajv ignores them.
 */
import { Type, type Static, type TProperties } from '@sinclair/typebox'
import { Channel, Id, Incident, Label, Position, Priority, Req, Via, Who } from './fields.ts'

interface CommandDoc {
  /** The answer's `data`, as the doc shows it. */
  answer: string
  description?: string
}

function command<T extends string, F extends TProperties>(type: T, fields: F, doc: CommandDoc) {
  return Type.Object({ type: Type.Literal(type), ...fields }, { additionalProperties: false, ...doc })
}

const counter = { counter: Id }
const ticket = { answer: '`{ ticket }`' }
const none = { answer: '`{}`' }
const incident = { answer: '`{ incident }`' }

/** 128 bits of randomness as base64url is 22 characters; anything shorter is guessable. */
const Token = Type.String({
  pattern: '^[A-Za-z0-9_-]{22,64}$',
  errorMessage: 'must be 22–64 letters, digits, _ or - (a random status-page token)',
})

export const QUEUE_COMMANDS = [
  command(
    'issue',
    { service: Id, priority: Type.Optional(Priority), token: Type.Optional(Token) },
    {
      answer: '`{ ticket, ahead, estimatedWaitSeconds }`',
      description: '`token`: the random status-page token the box prints in the QR code; journaled on `ticket.issued`',
    },
  ),
  command('callNext', counter, ticket),
  command('recall', counter, ticket),
  command('noShow', counter, ticket),
  command('start', counter, ticket),
  command('finish', counter, ticket),
  command('hold', counter, ticket),
  command('pause', counter, none),
  command('resume', counter, none),
  command(
    'transfer',
    {
      ...counter,
      to: Type.Union(
        [
          Type.Object({ service: Id }, { additionalProperties: false }),
          Type.Object({ counter: Id }, { additionalProperties: false }),
        ],
        {
          errorMessage: 'must be {"service": id} or {"counter": id}',
        },
      ),
      position: Type.Optional(Position),
    },
    ticket,
  ),
  command('callTicket', { ...counter, label: Label }, ticket),
  command('cancel', { label: Label }, ticket),
  command(
    'markUnprinted',
    { label: Label, reason: Type.Optional(Type.String({ maxLength: 200 })) },
    { ...ticket, description: 'sent by the ticket box when its printer failed' },
  ),
  command('reprint', { label: Label }, { ...ticket, description: 'of an unprinted ticket' }),
  command('markPrinted', { label: Label }, { ...ticket, description: 'the box printed it after all; it waits again' }),
  command('tick', {}, { ...none, description: "the hub's clock: starts a new business day when it is due" }),
  command(
    'login',
    { ...counter, pin: Type.String({ pattern: '^[0-9]{4,8}$', errorMessage: 'must be a PIN of 4–8 digits' }) },
    {
      answer: '`{ staff: { id, name } }`',
      description: 'a counter keypad, its own counter only; logs out whoever was there',
    },
  ),
  command('logout', counter, none),
]

/** Call points and ratings (issue 9). */
export const CALL_POINT_COMMANDS = [
  command(
    'raiseIncident',
    { point: Id, complaint: Type.Optional(Type.Boolean()) },
    {
      answer: '`{ incident }`; `incident-open` while the point has an open call',
      description: '`complaint`: a customer registers dissatisfaction (the cancel key held), apart from the call',
    },
  ),
  command(
    'escalateIncident',
    { incident: Type.Optional(Incident), point: Type.Optional(Id), by: Who },
    {
      answer: '`{ incident }`',
      description:
        'a caller not served asks again (a hold while open): the next level is told now; `incident` or `point`',
    },
  ),
  command(
    'acknowledgeIncident',
    { incident: Type.Optional(Incident), point: Type.Optional(Id), by: Who, via: Via },
    { answer: '`{ incident }`; `already-acknowledged` the second time', description: '`incident` or `point`' },
  ),
  command(
    'clearIncident',
    { incident: Type.Optional(Incident), point: Type.Optional(Id), by: Type.Optional(Who) },
    { ...incident, description: '`incident` or `point`' },
  ),
  command(
    'recordNotification',
    {
      incident: Incident,
      level: Type.Integer({ minimum: 0, maximum: 32 }),
      to: Type.Array(Type.String({ maxLength: 32 }), { maxItems: 32 }),
      channel: Channel,
      delivered: Type.Boolean(),
      detail: Type.Optional(Type.String({ maxLength: 500 })),
    },
    { ...incident, description: 'hub only' },
  ),
  command(
    'rate',
    { ...counter, score: Type.Integer({ minimum: 1, maximum: 5, errorMessage: 'must be a whole number from 1 to 5' }) },
    {
      answer: '`{}`; `already-rated` for a second rating of the same visit',
      description: '`score`: 1 … the configured scale',
    },
  ),
]

/** What the engine is told: every command names who sent it; the hub adds the request id. */
export const CommandSchema = Type.Union([...QUEUE_COMMANDS, ...CALL_POINT_COMMANDS])
export type Command = Static<typeof CommandSchema>
export type CommandType = Command['type']

/**
 * A command as it arrives on `cmd/<device>`: the same, with its request id.
 * The hub checks it with Ajv's discriminator on `type` (scripts/validators.ts),
 * so an error names the fields of that command.
 */
export const COMMAND_PAYLOADS = CommandSchema.anyOf.map((c) =>
  Type.Object({ req: Req, ...c.properties }, { additionalProperties: false }),
)
export type CommandPayload = Command & { req: string }
/** Mapped branches lose their own types in TypeBox; `Unsafe` names the type they have, each command's with `req`. */
export const CommandPayloadSchema = Type.Unsafe<CommandPayload>(Type.Union(COMMAND_PAYLOADS))

export type IncidentCommand = Extract<
  Command,
  { type: 'raiseIncident' | 'escalateIncident' | 'acknowledgeIncident' | 'clearIncident' | 'recordNotification' }
>
export type RatingCommand = Extract<Command, { type: 'rate' }>
