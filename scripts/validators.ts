/**
 * firmware/generated/validators.js: every schema the firmware checks data
 * against, compiled by Ajv into plain JavaScript (Ajv standalone), so the
 * appliance compiles no schema when it starts (docs/performance.md).
 * `npm run config-schema` writes it; test/config/validators.test.ts and the
 * build check that it is current.
 */
import { Ajv } from 'ajv'
import ajvErrors from 'ajv-errors'
import standaloneCode from 'ajv/dist/standalone/index.js'
import { BoardMapSchema } from '../firmware/boards/board-map-schema.ts'
import { ManifestSchema, SignatureSchema } from '../firmware/bundle/manifest-schema.ts'
import { CommandSchema } from '../firmware/bus/command-schema.ts'
import { ConfigSchema } from '../firmware/config/schema.ts'

export const VALIDATORS_JS = new URL('../firmware/generated/validators.js', import.meta.url)
export const VALIDATORS_DTS = new URL('../firmware/generated/validators.d.ts', import.meta.url)

/** Export name → schema. */
const SCHEMAS: Record<string, object> = {
  config: ConfigSchema,
  // `type` picks the branch (Ajv's discriminator), so errors name the field of that command.
  command: { type: 'object', discriminator: { propertyName: 'type' }, oneOf: CommandSchema.anyOf, required: ['type'] },
  boardMap: BoardMapSchema,
  manifest: ManifestSchema,
  signature: SignatureSchema,
}

const HEADER = '// Made by `npm run config-schema` (scripts/validators.ts) from the TypeBox schemas; do not edit.\n'

/**
 * One Ajv for all: `useDefaults` and `discriminator` change only the schemas
 * that carry defaults (the config) or a discriminator (the commands), and
 * ajv-errors only those with `errorMessage`.
 */
function compiledCode(): string {
  const ajv = new Ajv({ allErrors: true, useDefaults: true, discriminator: true, strict: false, code: { source: true, esm: true, lines: true } })
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
  if (/\brequire\(/.test(body)) throw new Error('the standalone validators require a module other than the Ajv runtime; import it too')
  const imports = [...names].map(([path, name]) => `import ${name} from '${path}.js'\n`).join('')
  return `${HEADER}${imports}${body.replace(/^"use strict";\n/, '')}\n`
}

export function validatorsModule(): { js: string; dts: string } {
  const types = Object.keys(SCHEMAS)
    .map((name) => `export declare const ${name}: ValidateFunction\n`)
    .join('')
  return { js: withImports(compiledCode()), dts: `${HEADER}import type { ValidateFunction } from 'ajv'\n${types}` }
}
