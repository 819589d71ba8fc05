/**
 * Checks a command payload against the contract's schema (command-schema.ts),
 * compiled at build time (firmware/generated/validators.js), and says what
 * is wrong field by field.
 */
import type { ErrorObject } from 'ajv'
import { readablePath } from '../site/config/validate.ts'
import { command as check, commandTypes } from '../generated/validators.js'

function describe(e: ErrorObject): string {
  const path = readablePath(e.instancePath)
  if (e.keyword === 'additionalProperties') return `${path}: unknown field "${String(e.params.additionalProperty)}"`
  if (e.keyword === 'required') return `${path}: "${String(e.params.missingProperty)}" is missing`
  if (e.keyword === 'discriminator') return `type: must be one of ${commandTypes.join(', ')}`
  return `${path}: ${e.message ?? 'is not valid'}`
}

/** Problems with a command payload, each `path: what is wrong`; empty when it is well formed. */
export function commandProblems(payload: unknown): string[] {
  if (check(payload)) return []
  return [...new Set((check.errors ?? []).filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf').map(describe))]
}
