/**
 * The schemas of a config bundle's manifest.json and manifest.sig (the
 * layout is in manifest.ts), compiled into firmware/generated/validators.js
 * (scripts/validators.ts).
 */
import { Type, type Static } from '@sinclair/typebox'

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
    revision: Type.Integer({
      minimum: 1,
      description: 'Bigger for every newer bundle of the site; an appliance refuses one older than it runs',
    }),
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
