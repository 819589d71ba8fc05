/**
 * How the last USB import ended, left by `qms usb-import` for the hub in the
 * config folder (`<config-dir>/last-import.json`; the hub reads
 * `<data>/config/`, the same folder by default). A file, not an MQTT
 * message: the import runs in its own sandboxed unit with no network
 * (RestrictAddressFamilies=AF_UNIX), the hub may not be running (a new
 * appliance, or a hub being restarted), and a one-box site's bus password is
 * made at each hub start and never leaves that process. The hub reads the
 * file at start and on every reload (SIGHUP) and publishes it, retained, on
 * `state/config`.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ifMissing } from '../../journal/segments.ts'
import { writeFileDurably } from '../../journal/durable-fs.ts'
import { check } from '../../contract/check.ts'
import type { ImportOutcome } from '../../contract/config-state.ts'

export const IMPORT_OUTCOME_FILE = 'last-import.json'

export function importOutcomeFile(configDir: string): string {
  return join(configDir, IMPORT_OUTCOME_FILE)
}

/** Written whole or not at all (temp, fsync, rename): the hub never reads half a file. */
export async function writeImportOutcome(configDir: string, outcome: ImportOutcome): Promise<void> {
  await writeFileDurably(importOutcomeFile(configDir), Buffer.from(`${JSON.stringify(outcome, null, 2)}\n`))
}

/** The last outcome; undefined when there was no import yet. A damaged file is an error naming it. */
export async function readImportOutcome(configDir: string): Promise<ImportOutcome | undefined> {
  const file = importOutcomeFile(configDir)
  const text = await readFile(file, 'utf8').catch(ifMissing(undefined))
  if (text === undefined) return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    throw new Error(`${file} is not JSON: ${(err as Error).message}`)
  }
  const outcome = check('importOutcome', value)
  if (!outcome.ok) throw new Error(`${file} is not an import outcome (outcome, at, reasons)`)
  return outcome.value
}
