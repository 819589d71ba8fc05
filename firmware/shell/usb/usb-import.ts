/**
 * `qms usb-import`: the bundle on a stick, from signature to running config.
 * Verify (bundle-verify.ts) against the appliance's trusted keys, dry-run
 * against the live queue (dry-run.ts, read from the hub's journal), then
 * apply atomically (config-store.ts). Every step that refuses leaves the
 * running config untouched and says why; the outcome is one report a
 * technician reads on the stick.
 */
import { join } from 'node:path'
import { ConfigError, loadConfig } from '../../site/config/load.ts'
import { engineConfig } from '../../site/config/engine-slice.ts'
import { readLiveQueue } from '../../hub/live-queue.ts'
import { verifyBundle } from '../../site/bundle/bundle-verify.ts'
import { ConfigStore } from '../../site/bundle/config-store.ts'
import { dryRun } from '../../hub/dry-run.ts'
import { BUNDLE_DIR } from '../../site/bundle/manifest.ts'
import { readTrustedKeys } from '../../site/bundle/signing-keys.ts'
import type { Refusal } from '../../contract/config-state.ts'
import { writeImportOutcome } from '../../site/bundle/import-outcome.ts'
import { ImportLock } from '../../site/bundle/import-lock.ts'
import type { TimeZones } from '../../time/local-time.ts'

export const DEFAULT_KEYS_DIR = '/etc/qms/keys'
export const REPORT_FILE = 'qms-report.txt'

export interface ImportOptions {
  /** Where the stick is mounted (or any folder holding a qms-bundle/ folder). */
  mount: string
  keysDir: string
  configDir: string
  /** The hub's data folder; its journal holds the live queue. */
  dataDir: string
  now?: () => number
  /** The command's time zones: the bundle's zone is checked and the live queue's day told with them. */
  zones: TimeZones
}

export interface ImportResult {
  outcome: 'applied' | 'refused'
  /** Why it was refused, in one word (contract/config-state.ts). */
  refusal?: Refusal
  /** Refusal reasons, or what was applied. */
  lines: string[]
  notes: string[]
  revision?: number
}

/**
 * Never throws: a step that fails (an unreadable stick, a full disk) is
 * reported like a refusal, with the revision that runs after it, so the
 * technician still finds a report on the stick.
 */
export async function usbImport(options: ImportOptions): Promise<ImportResult> {
  const notes: string[] = []
  const now = options.now ?? Date.now
  // Two sticks, or two udev events for one, never apply at once; the second is told so and changes nothing.
  const lock = new ImportLock(options.configDir)
  let held
  try {
    held = await lock.acquire(options.mount, now())
  } catch (err) {
    return stoppedWithError(options, err as Error, notes)
  }
  if (!held.ok) {
    return {
      outcome: 'refused',
      refusal: 'busy',
      lines: [
        `another import is running (${held.holder}): nothing was changed — wait until it has finished, then insert this stick again`,
      ],
      notes,
    }
  }
  try {
    const result = await guardedSteps(options, notes)
    await recordOutcome(options.configDir, result, now())
    return result
  } finally {
    await lock.release()
  }
}

async function guardedSteps(options: ImportOptions, notes: string[]): Promise<ImportResult> {
  try {
    return await importSteps(options, notes)
  } catch (err) {
    return stoppedWithError(options, err as Error, notes)
  }
}

async function stoppedWithError(options: ImportOptions, err: Error, notes: string[]): Promise<ImportResult> {
  const after = await new ConfigStore(options.configDir).current().then(
    (r) => (r ? `revision ${r.revision} runs` : 'no imported config runs'),
    (e: Error) => `the config folder cannot be read either (${e.message})`,
  )
  return {
    outcome: 'refused',
    refusal: 'error',
    lines: [`the import stopped with an error: ${err.message}; after it, ${after}`],
    notes,
  }
}

/** Left for the hub, which shows it on the hall display and the status slip; a failure is a note, not a second error. */
async function recordOutcome(configDir: string, result: ImportResult, at: number): Promise<void> {
  try {
    await writeImportOutcome(configDir, {
      outcome: result.outcome,
      at,
      ...(result.revision !== undefined ? { revision: result.revision } : {}),
      ...(result.refusal ? { refusal: result.refusal } : {}),
      reasons: result.lines.slice(0, 64).map((l) => l.slice(0, 2000)),
    })
  } catch (err) {
    result.notes.push(`the outcome was not left for the hub's display (${(err as Error).message})`)
  }
}

async function importSteps(options: ImportOptions, notes: string[]): Promise<ImportResult> {
  const now = options.now ?? Date.now
  const refused = (refusal: Refusal, ...lines: string[]): ImportResult => ({
    outcome: 'refused',
    refusal,
    lines,
    notes,
  })
  const { keys, skipped } = await readTrustedKeys(options.keysDir)
  notes.push(...skipped.map((s) => `key file skipped: ${s}`))

  const store = new ConfigStore(options.configDir)
  const running = await store.current()
  if (running) notes.push(`running: site "${running.site}" revision ${running.revision}`)
  else notes.push(`running: no imported config yet in ${options.configDir}`)

  const verified = await verifyBundle({
    dir: join(options.mount, BUNDLE_DIR),
    trusted: keys,
    keysDir: options.keysDir,
    zones: options.zones,
    ...(running ? { running: { site: running.site, revision: running.revision } } : {}),
  })
  if (!verified.ok) return refused(verified.refusal, ...verified.reasons)
  const { bundle } = verified
  notes.push(
    `bundle: site "${bundle.manifest.site}" revision ${bundle.manifest.revision}, signed ${bundle.manifest.signedAt}, files ${Object.keys(bundle.manifest.files).join(', ')}`,
  )

  const runningConfig = running
    ? await loadConfig(store.configFile, options.zones).catch((err: unknown) => {
        // A config the hub cannot run is no queue to protect, and a stick is how it gets fixed.
        if (!(err instanceof ConfigError)) throw err
        notes.push(
          `the running config does not load, so no hub runs it and there is no live queue to check: ${err.problems.join('; ')}`,
        )
        return undefined
      })
    : undefined
  if (runningConfig) {
    const live = await readLiveQueue(
      join(options.dataDir, 'journal'),
      engineConfig(runningConfig, options.zones),
      now(),
    )
    const check = dryRun(runningConfig, bundle.config, live)
    notes.push(...check.notes)
    if (check.refusals.length > 0) return refused('queue', ...check.refusals)
  }

  const { applied, previous } = await store.apply(bundle)
  const lines = [`revision ${applied.revision} of site "${applied.site}" is now the config (${store.configFile})`]
  lines.push(
    previous
      ? `revision ${previous.revision} is kept: qms config rollback returns to it`
      : 'no earlier config to keep for rollback',
  )
  return { outcome: 'applied', lines, notes, revision: applied.revision }
}

/** The report file written back onto the stick. */
export function reportText(result: ImportResult, at: Date): string {
  const head =
    result.outcome === 'applied'
      ? ['APPLIED', ...result.lines.map((l) => `  ${l}`)]
      : ['REFUSED — the running config is unchanged. Every reason:', ...result.lines.map((l) => `  - ${l}`)]
  return [
    `qms usb-import ${at.toISOString()}`,
    '',
    ...head,
    '',
    'Details:',
    ...result.notes.map((n) => `  ${n}`),
    '',
  ].join('\n')
}
