/**
 * Checks a parsed config document against the schema and returns either the
 * typed config (defaults filled in) or every problem, each as
 * `path: what is wrong`, e.g. `services[2].prefix: must be one letter A–Z`.
 */
import type { ErrorObject, ValidateFunction } from 'ajv'
import { config } from '../../generated/validators.js'
import type { SiteDocument } from './schema.ts'
import { readablePath } from '../../contract/readable-path.ts'

// ConfigSchema (schema.ts) compiled at build time by Ajv, defaults filled in
// (useDefaults), ajv-errors' messages: the appliance compiles no schema when it starts.
const check = config as ValidateFunction<SiteDocument>

export { readablePath }

function describe(error: ErrorObject): string {
  const path = readablePath(error.instancePath)
  switch (error.keyword) {
    case 'additionalProperties':
      return `${path}: unknown setting "${String(error.params.additionalProperty)}"`
    case 'required':
      return `${path}: "${String(error.params.missingProperty)}" is missing`
    case 'const':
      return `${path}: must be ${JSON.stringify(error.params.allowedValue)}`
    default:
      return `${path}: ${error.message ?? 'is not valid'}`
  }
}

export type Validation = { ok: true; config: SiteDocument } | { ok: false; errors: string[] }

export function validateConfig(document: unknown): Validation {
  const copy = structuredClone(document)
  if (check(copy)) return { ok: true, config: copy }
  const errors = (check.errors ?? [])
    // A failed union reports each branch and then "must match a schema in anyOf";
    // the branch errors are noise to a technician when the const/literal message says it all.
    .filter((e) => e.keyword !== 'anyOf')
    .map(describe)
  return { ok: false, errors: [...new Set(errors)] }
}
