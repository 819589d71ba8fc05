/**
 * The retained state of the bus (docs/mqtt.md): what a display, counter or
 * ticket box reads after any restart (rule 6), and what devices say about
 * themselves. Objects admit fields they do not name, so a newer hub's extra
 * field is not refused by an older device.
 */
import { Type, type Static } from '@sinclair/typebox'
import { IncidentKindSchema } from './events.ts'
import { TicketViewSchema } from './ticket-view.ts'

const S = Type.String()
const Count = Type.Integer({ minimum: 0 })

export const CounterStateSchema = Type.Object({
  counter: S,
  paused: Type.Boolean(),
  ticket: Type.Union([TicketViewSchema, Type.Null()]),
})
export type CounterStatePayload = Static<typeof CounterStateSchema>

export const ServicesStateSchema = Type.Object({
  day: S,
  services: Type.Record(S, Type.Object({ waiting: Count, estimatedWaitSeconds: Type.Number({ minimum: 0 }) })),
})
export type ServicesState = Static<typeof ServicesStateSchema>

export const CallsStateSchema = Type.Object(
  { day: S, calls: Type.Array(Type.Object({ label: S, counter: S, at: Type.Number() })) },
  { description: 'newest first, at most 8' },
)
export type CallsState = Static<typeof CallsStateSchema>

export const DeviceHealthSchema = Type.Object({
  device: S,
  online: Type.Boolean(),
  /** Firmware version. */
  version: Type.Optional(S),
  /** First 12 hex digits of the SHA-256 of the config it runs: boards on different configs show at once. */
  config: Type.Optional(S),
  uptimeSeconds: Type.Optional(Type.Number({ minimum: 0 })),
  /** Problems the device wants staff to see (printer out of paper, modem without signal). */
  problems: Type.Optional(Type.Array(S)),
  /** Offline because it was stopped in order (its goodbye), not vanished (its last will). */
  stopped: Type.Optional(Type.Literal(true)),
  /** Counts staff may look at (`pressesInCooldown`: presses a ticket box answered with no ticket, the button having just given one). */
  counts: Type.Optional(Type.Record(S, Count)),
})
export type DeviceHealth = Static<typeof DeviceHealthSchema>

export const DevicesStateSchema = Type.Object(
  {
    devices: Type.Array(Type.Intersect([DeviceHealthSchema, Type.Object({ role: S, board: S })])),
    missing: Type.Array(S),
  },
  { description: 'every device the config names' },
)
export type DevicesState = Static<typeof DevicesStateSchema>

export const PrinterStateSchema = Type.Object({
  device: S,
  canPrint: Type.Boolean(),
  /** The status in words, for staff. */
  words: S,
  /** False when the printer is off line or did not answer at all. */
  online: Type.Boolean(),
  answered: Type.Boolean(),
  coverOpen: Type.Boolean(),
  paperOut: Type.Boolean(),
  paperNearEnd: Type.Boolean(),
  at: Type.Number(),
})
export type PrinterState = Static<typeof PrinterStateSchema>

/** A ticket the box issued and could not print. */
export const UnprintedAlertSchema = Type.Object({
  device: S,
  label: S,
  unprinted: Type.Literal(true),
  reason: S,
  at: Type.Number(),
})

export const PrinterAlertSchema = Type.Union([PrinterStateSchema, UnprintedAlertSchema], {
  description: 'the printer state when the printer cannot print or is near its paper end, or a ticket it failed on',
})
export type PrinterAlert = Static<typeof PrinterAlertSchema>

export const OpenIncidentSchema = Type.Object({
  id: S,
  point: S,
  kind: IncidentKindSchema,
  location: S,
  board: S,
  extra: Type.Optional(Type.Record(S, S)),
  complaint: Type.Optional(Type.Literal(true)),
  /** The chain followed, when not the point's own. */
  chain: Type.Optional(S),
  raisedAt: Type.Number(),
  /** The escalation level told last, and when. */
  level: Count,
  levelAt: Type.Number(),
  acknowledgedAt: Type.Optional(Type.Number()),
  acknowledgedBy: Type.Optional(S),
})
export type OpenIncident = Static<typeof OpenIncidentSchema>

export const IncidentsStateSchema = Type.Object(
  { incidents: Type.Array(OpenIncidentSchema) },
  { description: 'the open calls, oldest first, republished after every incident event' },
)
export type IncidentsState = Static<typeof IncidentsStateSchema>

export const ModemStateSchema = Type.Object(
  {
    ok: Type.Boolean(),
    /** +CPIN answer: READY, SIM PIN, … or 'unknown'. */
    sim: S,
    /** +CREG stat: 1 home, 5 roaming count as registered. */
    registered: Type.Boolean(),
    /** +CSQ RSSI 0–31, absent when the modem does not know (99). */
    signal: Type.Optional(Type.Integer({ minimum: 0, maximum: 31 })),
    problem: Type.Optional(S),
  },
  { description: 'as the hub last checked the SMS modem' },
)
export type ModemState = Static<typeof ModemStateSchema>
