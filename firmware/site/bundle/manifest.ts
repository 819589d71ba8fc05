/**
 * The manifest of a config bundle: every file of the bundle with its size
 * and SHA-256, the site it is for and its revision. The Ed25519 signature in
 * manifest.sig covers the exact bytes of manifest.json, so a file cannot be
 * changed, added or cut short without the check failing.
 *
 *   qms-bundle/manifest.json      this
 *   qms-bundle/manifest.sig       {"key": "<key id>", "signature": "<base64>"}
 *   qms-bundle/config.yaml        the site config
 *   qms-bundle/logo.png           optional: the ticket logo
 *   qms-bundle/audio/<lang>/<clip>.wav   optional: the site's own recordings
 */
import { createHash } from 'node:crypto'
import type { ValidateFunction } from 'ajv'
import { manifest as checkManifest, signature as checkSignature } from '../../generated/validators.js'
import type { Manifest, SignatureFile } from './manifest-schema.ts'
import { readablePath } from '../config/validate.ts'

export const BUNDLE_DIR = 'qms-bundle'
export const MANIFEST_FILE = 'manifest.json'
export const SIGNATURE_FILE = 'manifest.sig'
export const CONFIG_FILE = 'config.yaml'
export { BUNDLE_FORMAT, BUNDLE_PATH, MAX_FILE_BYTES, type Manifest, type SignatureFile } from './manifest-schema.ts'

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Parses JSON and checks it against a schema; the problems read as `path: what is wrong`. */
function parseAs<T>(
  text: string,
  check: ValidateFunction,
  name: string,
): { ok: true; value: T } | { ok: false; problems: string[] } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    return { ok: false, problems: [`${name} is not valid JSON (${(err as Error).message})`] }
  }
  if (check(value)) return { ok: true, value: value as T }
  return {
    ok: false,
    problems: (check.errors ?? []).map(
      (e) => `${name} ${readablePath(e.instancePath)}: ${e.message ?? 'is not valid'}`,
    ),
  }
}

export function parseManifest(text: string) {
  return parseAs<Manifest>(text, checkManifest, MANIFEST_FILE)
}

export function parseSignature(text: string) {
  return parseAs<SignatureFile>(text, checkSignature, SIGNATURE_FILE)
}
