/**
 * firmware/generated/validators.js: every schema the firmware checks data
 * against, compiled by Ajv into plain JavaScript (Ajv standalone), so the
 * appliance compiles no schema when it starts; with the list of command types,
 * so naming them needs no TypeBox at start either.
 * Every build writes it (`npm run build`, git-ignored); test/site/config/validators.test.ts
 * checks that it is current.
 */
import { Ajv } from 'ajv'
import ajvErrors from 'ajv-errors'
import standaloneCode from 'ajv/dist/standalone/index.js'
import { dirname, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { BoardMapSchema } from '../firmware/site/boards/board-map-schema.ts'
import { ManifestSchema, SignatureSchema } from '../firmware/site/bundle/manifest-schema.ts'
import { COMMAND_PAYLOADS } from '../firmware/contract/commands.ts'
import { ConfigStateSchema, ImportOutcomeSchema } from '../firmware/contract/config-state.ts'
import { EVENT_PAYLOADS } from '../firmware/contract/events.ts'
import { TOPIC_MAP, TOPIC_NAMES, type TopicName } from '../firmware/contract/topic-map.ts'
import { ConfigSchema } from '../firmware/site/config/schema.ts'

export const VALIDATORS_JS = new URL('../firmware/generated/validators.js', import.meta.url)
export const VALIDATORS_DTS = new URL('../firmware/generated/validators.d.ts', import.meta.url)

type Node = { [key: string]: unknown }

/** A subschema at least this long (as JSON) becomes a function of its own. */
const PART_CHARS = 2000

/** Keywords whose value is a subschema (or a list of them), and those whose value maps names to subschemas. */
const SUBSCHEMAS = new Set([
  'items',
  'additionalProperties',
  'anyOf',
  'oneOf',
  'allOf',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
])
const SCHEMA_MAPS = new Set(['properties', 'patternProperties'])

/** Object subschemas where a part may be cut out: not the root, and not inside a schema with an `errorMessage`. */
function* parts(node: unknown, isRoot = true, underMessage = false): Generator<Node> {
  if (node === null || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const item of node) yield* parts(item, false, underMessage)
    return
  }
  const n = node as Node
  if (!isRoot && !underMessage && !('$ref' in n)) yield n
  const below = underMessage || 'errorMessage' in n
  for (const [key, value] of Object.entries(n)) {
    if (SCHEMA_MAPS.has(key)) for (const sub of Object.values(value as Node)) yield* parts(sub, false, below)
    else if (SUBSCHEMAS.has(key)) yield* parts(value, false, below)
  }
}

function withoutDefault(node: Node): Node {
  const { default: _default, ...rest } = node
  return rest
}

/**
 * The config schema with its big subschemas moved to `definitions` and named by `$ref`. Inlined, as Ajv
 * does by default, the boards' schema is compiled twice (`board` and `boards`) and the whole config is one
 * function that V8 compiles in full at its first call; as separate functions, a part is compiled once, and
 * only when a config has it. Errors stay the same: only parts outside every `errorMessage` move (ajv-errors
 * matches errors by their schema path), and a part's `default` stays where Ajv's useDefaults reads it.
 */
function withParts(schema: object): object {
  const root = JSON.parse(JSON.stringify(schema)) as Node
  const definitions: Record<string, Node> = {}
  for (;;) {
    const big = new Set<string>()
    for (const tree of [root, ...Object.values(definitions)]) {
      for (const node of parts(tree)) {
        const text = JSON.stringify(withoutDefault(node))
        if (text.length >= PART_CHARS) big.add(text)
      }
    }
    // The biggest first: a part inside it moves along with it, and is cut out of the definition after.
    const biggest = [...big].sort((a, b) => b.length - a.length)[0]
    if (biggest === undefined) break
    const name = `part${Object.keys(definitions).length}`
    for (const tree of [root, ...Object.values(definitions)]) {
      for (const node of [...parts(tree)]) {
        if (JSON.stringify(withoutDefault(node)) !== biggest) continue
        const fallback = node.default
        for (const key of Object.keys(node)) delete node[key]
        Object.assign(node, { $ref: `#/definitions/${name}` }, fallback === undefined ? {} : { default: fallback })
      }
    }
    definitions[name] = JSON.parse(biggest) as Node
  }
  return { ...root, definitions }
}

/** A union told apart by `type` (Ajv's discriminator): one branch is checked, and its errors name its fields. */
function byType(branches: object[]): object {
  return { type: 'object', discriminator: { propertyName: 'type' }, oneOf: branches, required: ['type'] }
}

/** Topics whose payload is checked by an export made for it already. */
const TOPIC_EXPORTS: Partial<Record<TopicName, string>> = { command: 'command', configState: 'configState' }

function topicSchema(name: TopicName): object {
  return name === 'event' ? byType(EVENT_PAYLOADS) : TOPIC_MAP[name].schema
}

/** The checks firmware/contract/check.ts looks up by name: every topic of the contract's map, and the import outcome. */
function contractChecksCode(): string {
  const names = TOPIC_NAMES.map((name) => `${name}: ${TOPIC_EXPORTS[name] ?? `topic_${name}`}`)
  return `export const contractChecks = { ${[...names, 'importOutcome: importOutcome'].join(', ')} };\n`
}

/** Export name → schema. */
const SCHEMAS: Record<string, object> = {
  config: withParts(ConfigSchema),
  // `type` picks the branch (Ajv's discriminator), so errors name the field of that command.
  command: byType(COMMAND_PAYLOADS),
  boardMap: BoardMapSchema,
  manifest: ManifestSchema,
  signature: SignatureSchema,
  configState: ConfigStateSchema,
  importOutcome: ImportOutcomeSchema,
  ...Object.fromEntries(
    TOPIC_NAMES.filter((name) => !(name in TOPIC_EXPORTS)).map((name) => [`topic_${name}`, topicSchema(name)]),
  ),
}

const HEADER = '// Made by `npm run build` (scripts/validators.ts) from the TypeBox schemas; do not edit.\n'

/**
 * One Ajv for all: `useDefaults` and `discriminator` change only the schemas
 * that carry defaults (the config) or a discriminator (the commands), and
 * ajv-errors only those with `errorMessage`.
 */
function compiledCode(): string {
  const ajv = new Ajv({
    allErrors: true,
    useDefaults: true,
    discriminator: true,
    strict: false,
    inlineRefs: false,
    code: { source: true, esm: true, lines: true },
  })
  ajvErrors.default(ajv)
  for (const [name, schema] of Object.entries(SCHEMAS)) ajv.addSchema(schema, name)
  return standaloneCode.default(ajv, Object.fromEntries(Object.keys(SCHEMAS).map((name) => [name, name])))
}

/**
 * Ajv's ES-module output still calls require() for its runtime helpers
 * (ucs2length, equal, …); an ES module has no require, so each becomes an import.
 */
function withImports(code: string): string {
  const names = new Map<string, string>()
  const body = code.replace(/require\("(ajv\/dist\/runtime\/\w+)"\)/g, (_, path: string) => {
    if (!names.has(path)) names.set(path, `runtime${names.size}`)
    return names.get(path)!
  })
  if (/\brequire\(/.test(body))
    throw new Error('the standalone validators require a module other than the Ajv runtime; import it too')
  const imports = [...names].map(([path, name]) => `import ${name} from '${path}.js'\n`).join('')
  return `${HEADER}${imports}${body.replace(/^"use strict";\n/, '')}\n`
}

export function validatorsModule(): { js: string; dts: string } {
  const types = Object.keys(SCHEMAS)
    .map((name) => `export declare const ${name}: ValidateFunction\n`)
    .join('')
  // The command types as data, so that naming them in an error does not take building the TypeBox schema at start.
  const commandTypes = COMMAND_PAYLOADS.map((s) => s.properties.type.const as string)
  // The contract's checks typed by what each lets through (firmware/contract/topic-map.ts).
  const contract = relative(
    dirname(fileURLToPath(VALIDATORS_DTS)),
    fileURLToPath(new URL('../firmware/contract/topic-map.ts', import.meta.url)),
  )
  return {
    js: `${withImports(compiledCode())}export const commandTypes = ${JSON.stringify(commandTypes)};\n${contractChecksCode()}`,
    dts:
      `${HEADER}import type { ValidateFunction } from 'ajv'\nimport type { ContractChecks } from '${contract}'\n${types}` +
      `export declare const commandTypes: readonly string[]\nexport declare const contractChecks: ContractChecks\n`,
  }
}
