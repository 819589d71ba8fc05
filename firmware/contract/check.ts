/**
 * The edge of the contract: a payload from the bus (or the import outcome
 * file) is checked by its schema's compiled code before anything reads it,
 * and comes out typed, or refused with every problem named
 * (`counter: must be the id of one from the config`) — never an exception.
 */
import { commandTypes, contractChecks } from '../generated/validators.js'
import { readablePath } from './readable-path.ts'
import type { CheckedPayloads, PayloadCheck, PayloadError } from './topic-map.ts'

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: string[] }

export function check<K extends keyof CheckedPayloads>(name: K, payload: unknown): Checked<CheckedPayloads[K]> {
  const guard: PayloadCheck<CheckedPayloads[K]> = contractChecks[name]
  if (guard(payload)) return { ok: true, value: payload }
  return { ok: false, problems: describeAll(guard.errors ?? [], name === 'command' ? commandTypes : undefined) }
}

/** Each problem once, `path: what is wrong`; a union's own summary (`must match a schema in anyOf`) adds nothing to its branches'. */
export function describeAll(errors: readonly PayloadError[], types?: readonly string[]): string[] {
  return [
    ...new Set(errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf').map((e) => describe(e, types))),
  ]
}

function describe(e: PayloadError, types: readonly string[] | undefined): string {
  const path = readablePath(e.instancePath)
  if (e.keyword === 'additionalProperties') return `${path}: unknown field "${String(e.params.additionalProperty)}"`
  if (e.keyword === 'required') return `${path}: "${String(e.params.missingProperty)}" is missing`
  if (e.keyword === 'discriminator')
    return types
      ? `type: must be one of ${types.join(', ')}`
      : `type: ${JSON.stringify(e.params.tagValue)} is not one of the contract's`
  return `${path}: ${e.message ?? 'is not valid'}`
}
