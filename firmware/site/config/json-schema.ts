/**
 * config/schema.json, the schema editors check a site config against as the
 * technician types (`# yaml-language-server: $schema=./schema.json`), made
 * from the same TypeBox schema that types and validates the config.
 */
import { ConfigSchema } from './schema.ts'

type Node = { [key: string]: unknown }

/**
 * The validator fills defaults before it checks `required` (Ajv useDefaults);
 * an editor does not, so a setting with a default is not required there.
 */
function withoutDefaultedRequired(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutDefaultedRequired)
  if (node === null || typeof node !== 'object') return node
  const out: Node = {}
  for (const [key, value] of Object.entries(node as Node)) out[key] = withoutDefaultedRequired(value)
  const properties = out.properties as Record<string, Node> | undefined
  if (Array.isArray(out.required) && properties) {
    out.required = (out.required as string[]).filter((name) => properties[name]?.default === undefined)
    if ((out.required as string[]).length === 0) delete out.required
  }
  return out
}

export function publishedSchema(): string {
  const schema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'qms site config',
    description:
      'A site config of the customer-queue appliance (config/*.yaml). Made by `npm run config-schema` from firmware/site/config/schema.ts; do not edit.',
    // JSON drops TypeBox's symbol keys; what is left is plain JSON Schema.
    ...(withoutDefaultedRequired(JSON.parse(JSON.stringify(ConfigSchema))) as object),
  }
  return `${JSON.stringify(schema, null, 2)}\n`
}
