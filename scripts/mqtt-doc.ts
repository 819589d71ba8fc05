// Writes the tables of docs/mqtt.md — topics, commands, events — from the contract (firmware/contract/),
// between `<!-- contract:NAME -->` and `<!-- /contract:NAME -->`; the prose around them is the doc's own.
// --check: write nothing, exit 1 when the doc is stale (test/contract/mqtt-doc.test.ts runs the same check).
import { readFileSync, writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { Kind } from '@sinclair/typebox'
import { CALL_POINT_COMMANDS, QUEUE_COMMANDS } from '../firmware/contract/commands.ts'
import { EventSchema } from '../firmware/contract/events.ts'
import { TOPIC_MAP, TOPIC_NAMES, type TopicDef } from '../firmware/contract/topic-map.ts'

export const MQTT_DOC = new URL('../docs/mqtt.md', import.meta.url)

// biome-ignore lint/suspicious/noExplicitAny: a TypeBox schema is walked by its JSON Schema keywords, whatever each holds
type Node = { [key: string | symbol]: any }

const cell = (text: string) => text.replace(/\|/g, '\\|')
const isOptional = (parent: Node, key: string) => !(parent.required ?? []).includes(key)

/** A payload's shape in the doc's short hand: `{ "counter", "paused", "ticket": { … } | null }`. */
export function shape(schema: Node): string {
  switch (schema[Kind]) {
    case 'Object':
      return `{ ${Object.entries(schema.properties as Record<string, Node>)
        .map(([key, sub]) => field(schema, key, sub))
        .join(', ')} }`
    case 'Intersect':
      return shape({
        [Kind]: 'Object',
        properties: Object.assign({}, ...schema.allOf.map((s: Node) => s.properties)),
        required: schema.allOf.flatMap((s: Node) => s.required ?? []),
      })
    case 'Union':
      return schema.anyOf.map(shape).join(' | ')
    case 'Array':
      return `[ ${shape(schema.items)} ]`
    case 'Record':
      return `{ "<id>": ${shape(Object.values(schema.patternProperties as Record<string, Node>)[0]!)} }`
    case 'Literal':
      return JSON.stringify(schema.const)
    case 'Null':
      return 'null'
    default:
      return String(schema.type ?? schema[Kind])
  }
}

function field(parent: Node, key: string, sub: Node): string {
  const name = `"${key}"${isOptional(parent, key) ? '?' : ''}`
  const simple = ['String', 'Number', 'Integer', 'Boolean'].includes(String(sub[Kind]))
  return simple ? name : `${name}: ${shape(sub)}`
}

function topicRow(def: TopicDef): string {
  const payload = [def.summary ?? `\`${shape(def.schema)}\``, def.schema.description, def.note]
    .filter(Boolean)
    .join('; ')
  return `| \`${def.topic}\` | ${def.from} → ${def.to} | 1 | ${def.retained ? 'yes' : 'no'} | ${cell(payload)} |`
}

function topicTable(table: TopicDef['table']): string {
  const rows = TOPIC_NAMES.map((name): TopicDef => TOPIC_MAP[name])
    .filter((def) => def.table === table)
    .map(topicRow)
  return ['| topic | direction | QoS | retained | payload |', '| --- | --- | --- | --- | --- |', ...rows].join('\n')
}

/** A command's fields as the doc lists them: `counter`, `to`: `{ "service" }` or …, optional `position`: `front` | `arrival`. */
function commandFields(command: Node): string {
  const fields = Object.entries(command.properties as Record<string, Node>).filter(([key]) => key !== 'type')
  const named = fields.map(([key, sub]) => {
    const literals = sub[Kind] === 'Union' && sub.anyOf.every((s: Node) => s[Kind] === 'Literal')
    const detail = literals
      ? `: ${sub.anyOf.map((s: Node) => `\`${s.const}\``).join(' | ')}`
      : sub[Kind] === 'Object' || sub[Kind] === 'Union'
        ? `: \`${shape(sub)}\``
        : ''
    return `${isOptional(command, key) ? 'optional ' : ''}\`${key}\`${detail}`
  })
  const text = named.length > 0 ? named.join(', ') : '—'
  return command.description ? `${text} (${command.description})` : text
}

function commandTable(commands: readonly Node[]): string {
  const rows = commands.map((c) => `| \`${c.properties.type.const}\` | ${cell(commandFields(c))} | ${cell(c.answer)} |`)
  return ['| `type` | fields | answer `data` |', '| --- | --- | --- |', ...rows].join('\n')
}

function eventTable(): string {
  const rows = (EventSchema.anyOf as Node[]).map((e) => {
    const { type: _type, ...fields } = e.properties as Record<string, Node>
    const text = `\`${shape({ ...e, properties: fields })}\`${e.description ? `; ${e.description}` : ''}`
    return `| \`${e.properties.type.const}\` | ${cell(text)} |`
  })
  return ['| `type` | fields |', '| --- | --- |', ...rows].join('\n')
}

export const TABLES: Record<string, () => string> = {
  topics: () => topicTable('topics'),
  commands: () => commandTable(QUEUE_COMMANDS),
  events: eventTable,
  'call-point-topics': () => topicTable('call-points'),
  'call-point-commands': () => commandTable(CALL_POINT_COMMANDS),
}

/** The doc with every marked table made afresh; a marker missing from the doc is an error. */
export function currentDoc(doc: string): string {
  let out = doc
  for (const [name, table] of Object.entries(TABLES)) {
    const open = `<!-- contract:${name} -->`
    const close = `<!-- /contract:${name} -->`
    const from = out.indexOf(open)
    const to = out.indexOf(close)
    if (from < 0 || to < from) throw new Error(`docs/mqtt.md has no ${open} … ${close}`)
    out = `${out.slice(0, from + open.length)}\n${table()}\n${out.slice(to)}`
  }
  return out
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const doc = readFileSync(MQTT_DOC, 'utf8')
  const fresh = currentDoc(doc)
  if (process.argv.includes('--check')) {
    if (fresh !== doc) {
      console.error("docs/mqtt.md: its tables are not the contract's; run `npm run mqtt-doc`")
      process.exitCode = 1
    }
  } else if (fresh !== doc) {
    writeFileSync(MQTT_DOC, fresh)
    console.log(`wrote ${MQTT_DOC.pathname}`)
  }
}
