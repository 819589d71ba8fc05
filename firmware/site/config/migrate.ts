/**
 * Config format versions. A config file says which format it is written in
 * (`version`); one written for an older format is brought up to the current
 * one here, step by step, before it is validated, so a technician's file
 * keeps working after a firmware update. A file written for a newer format
 * than this firmware reads is refused with words that say what to do.
 *
 * Version 1 is the only format there has been so far, so MIGRATIONS is
 * empty: the first change to the format adds its step here (and the schema's
 * `version` moves to 2).
 */

export const CONFIG_VERSION = 1

export interface Migration {
  /** The version this step reads; it writes `from + 1`. */
  from: number
  /** What it changed, in words, for `qms config validate`. */
  says: string
  up(document: Record<string, unknown>): Record<string, unknown>
}

/** Oldest first; one per format change. */
export const MIGRATIONS: readonly Migration[] = []

export type Migrated = { ok: true; document: unknown; steps: string[] } | { ok: false; problem: string }

/**
 * The document in the current format, and what was changed to get there.
 * A document without a readable version is passed on untouched: the
 * schema then says what is wrong with it.
 */
export function migrateConfig(
  document: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  current = CONFIG_VERSION,
): Migrated {
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    return { ok: true, document, steps: [] }
  const version = (document as { version?: unknown }).version
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: true, document, steps: [] }
  if (version > current) {
    return {
      ok: false,
      problem: `version: ${version} is a newer config format than this firmware reads (up to ${current}); update the firmware, or write the config for version ${current}`,
    }
  }
  let doc = structuredClone(document) as Record<string, unknown>
  const steps: string[] = []
  for (let from = version; from < current; from++) {
    const step = migrations.find((m) => m.from === from)
    if (!step)
      return { ok: false, problem: `version: no way from config format ${from} to ${from + 1} in this firmware` }
    doc = { ...step.up(doc), version: from + 1 }
    steps.push(`version ${from} → ${from + 1}: ${step.says}`)
  }
  return { ok: true, document: doc, steps }
}
