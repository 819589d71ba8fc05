/**
 * The topic contract, version 1, as data (in the manner of zigbee2mqtt's
 * event-bus map): each topic under `qms/v1/<site>/`, who sends it, whether
 * it is retained, and its payload's schema. The bus client publishes and
 * reads by these names (bus/client.ts), so a payload is typed inside and
 * checked at the edge; docs/mqtt.md's tables are made from it
 * (scripts/mqtt-doc.ts).
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox'
import { AnswerSchema } from './answers.ts'
import { CommandPayloadSchema } from './commands.ts'
import { ConfigStateSchema, type ImportOutcome } from './config-state.ts'
import { EventPayloadSchema, INCIDENT_EVENTS } from './events.ts'
import { DayHeadlineSchema, LiveFiguresSchema } from './reports.ts'
import {
  CallsStateSchema,
  CounterStateSchema,
  DeviceHealthSchema,
  DevicesStateSchema,
  IncidentsStateSchema,
  ModemStateSchema,
  PrinterAlertSchema,
  PrinterStateSchema,
  ServicesStateSchema,
} from './states.ts'

export interface TopicDef {
  /** Relative to the root; `<name>` is one level that varies (`+` in a filter). */
  topic: string
  from: string
  to: string
  retained: boolean
  schema: TSchema
  /** When it is sent and what else a reader should know, for the doc. */
  note?: string
  /** The doc's words for a payload whose fields its own table lists (commands, events), instead of every branch. */
  summary?: string
  /** Which table of docs/mqtt.md lists it. */
  table: 'topics' | 'call-points'
}

const notified = INCIDENT_EVENTS.find((e) => e.properties.type.const === 'incident.notified')!

export const TOPIC_MAP = {
  command: {
    topic: 'cmd/<device>',
    from: 'device',
    to: 'hub',
    retained: false,
    schema: CommandPayloadSchema,
    summary: '`{ "req", "type", …fields }`: a command (the tables of commands below)',
    table: 'topics',
  },
  reply: { topic: 'reply/<device>', from: 'hub', to: 'device', retained: false, schema: AnswerSchema, table: 'topics' },
  event: {
    topic: 'event/<type>',
    from: 'hub',
    to: 'all',
    retained: false,
    schema: EventPayloadSchema,
    summary:
      '`{ "seq", "type", "at", …fields, "label"? }`: the event (the table of events below) with its journal `seq` and the ticket’s `label` when it names one',
    note: 'one message per durable event, published only after its journal record is fdatasynced',
    table: 'topics',
  },
  counterState: {
    topic: 'state/counter/<counter>',
    from: 'hub',
    to: 'all',
    retained: true,
    schema: CounterStateSchema,
    table: 'topics',
  },
  servicesState: {
    topic: 'state/services',
    from: 'hub',
    to: 'all',
    retained: true,
    schema: ServicesStateSchema,
    table: 'topics',
  },
  callsState: {
    topic: 'state/calls',
    from: 'hub',
    to: 'all',
    retained: true,
    schema: CallsStateSchema,
    table: 'topics',
  },
  deviceHealth: {
    topic: 'state/device/<device>',
    from: 'device',
    to: 'all',
    retained: true,
    schema: DeviceHealthSchema,
    note: 'online on connect, every minute and when its problems change; its last will (and a clean stop) is `{ "device", "online": false }`',
    table: 'topics',
  },
  devicesState: {
    topic: 'state/devices',
    from: 'hub',
    to: 'all',
    retained: true,
    schema: DevicesStateSchema,
    table: 'topics',
  },
  printerState: {
    topic: 'state/printer/<device>',
    from: 'ticket box',
    to: 'all',
    retained: true,
    schema: PrinterStateSchema,
    table: 'topics',
  },
  printerAlert: {
    topic: 'alert/printer',
    from: 'ticket box',
    to: 'all',
    retained: false,
    schema: PrinterAlertSchema,
    table: 'topics',
  },
  reportLive: {
    topic: 'state/report/live',
    from: 'hub',
    to: 'all',
    retained: true,
    schema: LiveFiguresSchema,
    table: 'topics',
  },
  reportDay: {
    topic: 'state/report/day',
    from: 'hub',
    to: 'all',
    retained: true,
    schema: DayHeadlineSchema,
    note: 'a report row is what `qms report --format json` gives per row',
    table: 'topics',
  },
  configState: {
    topic: 'state/config',
    from: 'hub',
    to: 'all',
    retained: true,
    schema: ConfigStateSchema,
    note: 'at start and after each reload; `revision` null: not a bundle’s; `import` is the last USB import or rollback, `reload` the last reload ([config-bundles.md](config-bundles.md))',
    table: 'topics',
  },
  incidentsState: {
    topic: 'state/incidents',
    from: 'hub',
    to: 'all',
    retained: true,
    schema: IncidentsStateSchema,
    table: 'call-points',
  },
  modemState: {
    topic: 'state/modem',
    from: 'hub',
    to: 'all',
    retained: true,
    schema: ModemStateSchema,
    table: 'call-points',
  },
  smsAlert: {
    topic: 'alert/sms',
    from: 'hub',
    to: 'all',
    retained: false,
    schema: Type.Object(notified.properties, {
      description: 'the `incident.notified` event of every text that did not go out',
    }),
    table: 'call-points',
  },
} satisfies Record<string, TopicDef>

export type TopicMap = typeof TOPIC_MAP
export type TopicName = keyof TopicMap
/** What a topic carries, derived from its schema. */
export type TopicPayload<K extends TopicName> = Static<TopicMap[K]['schema']>
export const TOPIC_NAMES = Object.keys(TOPIC_MAP) as TopicName[]

/** The MQTT filter of a topic relative to the root: each `<name>` becomes `+`. */
export function topicFilter(name: TopicName): string {
  return TOPIC_MAP[name].topic.replace(/<[^>]+>/g, '+')
}

/** One of Ajv's errors, as much of it as a refusal names. */
export interface PayloadError {
  instancePath: string
  keyword: string
  message?: string
  params: Record<string, unknown>
}

/** A compiled check (firmware/generated/validators.js): a type guard that leaves its errors behind. */
export type PayloadCheck<T> = ((data: unknown) => data is T) & { errors?: PayloadError[] | null }

/** Everything checked against the contract: each topic's payload, and the import outcome file (config-state.ts). */
export type CheckedPayloads = { [K in TopicName]: TopicPayload<K> } & { importOutcome: ImportOutcome }
export type ContractChecks = { readonly [K in keyof CheckedPayloads]: PayloadCheck<CheckedPayloads[K]> }
