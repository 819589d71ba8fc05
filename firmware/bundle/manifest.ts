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
import { Type, type Static } from '@sinclair/typebox'
import { Ajv } from 'ajv'
import { readablePath } from '../config/validate.ts'

export const BUNDLE_DIR = 'qms-bundle'
export const MANIFEST_FILE = 'manifest.json'
export const SIGNATURE_FILE = 'manifest.sig'
export const CONFIG_FILE = 'config.yaml'
export const BUNDLE_FORMAT = 1
/** A clip or a logo is far smaller; a bigger file is a wrong file. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024

/** The only paths a bundle may carry besides the manifest and its signature. */
export const BUNDLE_PATH = /^(config\.yaml|logo\.png|audio\/[a-z]{2,3}\/[a-z0-9][a-z0-9_-]{0,63}\.wav)$/

const FileEntry = Type.Object(
  {
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    bytes: Type.Integer({ minimum: 0, maximum: MAX_FILE_BYTES }),
  },
  { additionalProperties: false },
)

export const ManifestSchema = Type.Object(
  {
    format: Type.Literal(BUNDLE_FORMAT),
    site: Type.String({ minLength: 1 }),
    revision: Type.Integer({ minimum: 1, description: 'Bigger for every newer bundle of the site; an appliance refuses one older than it runs' }),
    signedAt: Type.String({ minLength: 1 }),
    files: Type.Record(Type.String({ pattern: BUNDLE_PATH.source }), FileEntry),
  },
  { additionalProperties: false },
)
export type Manifest = Static<typeof ManifestSchema>

export const SignatureSchema = Type.Object(
  { key: Type.String({ pattern: '^[0-9a-f]{16}$' }), signature: Type.String({ minLength: 1 }) },
  { additionalProperties: false },
)
export type SignatureFile = Static<typeof SignatureSchema>

const ajv = new Ajv({ allErrors: true, strict: false })
const checkManifest = ajv.compile<Manifest>(ManifestSchema)
const checkSignature = ajv.compile<SignatureFile>(SignatureSchema)

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Parses JSON and checks it against a schema; the problems read as `path: what is wrong`. */
function parseAs<T>(text: string, check: typeof checkManifest | typeof checkSignature, name: string): { ok: true; value: T } | { ok: false; problems: string[] } {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (err) {
    return { ok: false, problems: [`${name} is not valid JSON (${(err as Error).message})`] }
  }
  if (check(value)) return { ok: true, value: value as T }
  return { ok: false, problems: (check.errors ?? []).map((e) => `${name} ${readablePath(e.instancePath)}: ${e.message ?? 'is not valid'}`) }
}

export function parseManifest(text: string) {
  return parseAs<Manifest>(text, checkManifest, MANIFEST_FILE)
}

export function parseSignature(text: string) {
  return parseAs<SignatureFile>(text, checkSignature, SIGNATURE_FILE)
}
