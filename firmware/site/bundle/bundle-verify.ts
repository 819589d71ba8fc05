/**
 * Checks a config bundle before anything is applied, and says in words a
 * technician can act on why one is refused: unsigned, signed by a key this
 * site does not trust, changed or cut short after signing, carrying files
 * the manifest does not list, an invalid config, one for another site, or
 * one older than (or the same as) the config running now.
 *
 * The files are read once into memory and checked there: what is applied is
 * exactly the bytes that were verified, even if the stick changes meanwhile.
 */
import { verify, type KeyObject } from 'node:crypto'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { checkConfig, ConfigError, parseConfigText } from '../config/load.ts'
import type { SiteConfig } from '../config/schema.ts'
import type { TimeZones } from '../../time/local-time.ts'
import type { Refusal } from '../../contract/config-state.ts'
import {
  CONFIG_FILE,
  MANIFEST_FILE,
  MAX_FILE_BYTES,
  SIGNATURE_FILE,
  parseManifest,
  parseSignature,
  sha256,
  type Manifest,
} from './manifest.ts'

/** The config format this firmware reads (site/config/schema.ts `version`). */
export const CONFIG_FORMAT = 1

export interface RunningConfig {
  site: string
  revision: number
}

export interface VerifiedBundle {
  manifest: Manifest
  /** The verified bytes of every file, by bundle path. */
  files: Map<string, Buffer>
  config: SiteConfig
  /** Kept with the applied release, so it can be checked again later. */
  manifestBytes: Buffer
  signatureBytes: Buffer
}

/** `refusal` is the first check that failed, in one word for the hall display (contract/config-state.ts). */
export type Verification = { ok: true; bundle: VerifiedBundle } | { ok: false; reasons: string[]; refusal: Refusal }

/** manifest.json and manifest.sig are small; a huge one is not read into memory. */
const MAX_MANIFEST_BYTES = 1024 * 1024

async function readIfThere(path: string): Promise<Buffer | undefined> {
  try {
    const { size } = await stat(path)
    if (size > MAX_MANIFEST_BYTES)
      throw new Error(
        `${path} is ${size} bytes, far larger than a bundle's ${MAX_MANIFEST_BYTES} at most: this is not a qms bundle`,
      )
    return await readFile(path)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw err
  }
}

async function listFiles(dir: string, root = dir): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    // A Mac copying onto a FAT stick adds ._<name> and .DS_Store; a hidden file is never a bundle path, so never applied.
    if (entry.name.startsWith('.')) continue
    const full = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await listFiles(full, root)))
    else out.push(relative(root, full).split('\\').join('/'))
  }
  return out
}

function refuse(refusal: Refusal, ...reasons: string[]): Verification {
  return { ok: false, reasons, refusal }
}

/** The signature: present, by a trusted key, over these exact manifest bytes. */
function signatureProblems(
  manifestBytes: Buffer,
  signatureBytes: Buffer,
  trusted: Map<string, KeyObject>,
  keysDir: string,
): string[] {
  const parsed = parseSignature(signatureBytes.toString('utf8'))
  if (!parsed.ok) return [`the signature file is damaged: ${parsed.problems.join('; ')} — sign the bundle again`]
  const key = trusted.get(parsed.value.key)
  if (trusted.size === 0)
    return [`this appliance trusts no signing key yet: put the site's public key (*.pub) into ${keysDir}`]
  if (!key)
    return [
      `signed with key ${parsed.value.key}, which this appliance does not trust (it trusts ${[...trusted.keys()].join(', ')} in ${keysDir}); sign with the site's key`,
    ]
  const signature = Buffer.from(parsed.value.signature, 'base64')
  if (!verify(null, manifestBytes, key, signature))
    return [
      `the signature does not match ${MANIFEST_FILE}: the manifest was changed after signing — sign the bundle again`,
    ]
  return []
}

async function fileProblems(dir: string, manifest: Manifest, files: Map<string, Buffer>): Promise<string[]> {
  const problems: string[] = []
  for (const [path, entry] of Object.entries(manifest.files)) {
    const full = join(dir, path)
    const size = await stat(full).then(
      (s) => s.size,
      () => undefined,
    )
    if (size === undefined) {
      problems.push(`${path} is missing from the bundle — copy the whole bundle folder again`)
      continue
    }
    if (size > MAX_FILE_BYTES || size !== entry.bytes) {
      const how = size < entry.bytes ? 'cut short (the copy was interrupted)' : 'longer than signed'
      problems.push(`${path} is ${size} bytes but was signed at ${entry.bytes}: ${how} — copy the bundle again`)
      continue
    }
    const bytes = await readFile(full)
    if (sha256(bytes) !== entry.sha256)
      problems.push(`${path} was changed after signing (its SHA-256 differs) — sign the bundle again`)
    else files.set(path, bytes)
  }
  const listed = new Set([...Object.keys(manifest.files), MANIFEST_FILE, SIGNATURE_FILE])
  for (const path of await listFiles(dir)) {
    if (!listed.has(path))
      problems.push(`${path} is in the bundle but not in its signed manifest — remove it or sign the bundle again`)
  }
  if (!manifest.files[CONFIG_FILE]) problems.push(`the bundle carries no ${CONFIG_FILE}`)
  return problems
}

function configOf(
  text: string,
  running: RunningConfig | undefined,
  manifest: Manifest,
  zones: TimeZones,
): { config?: SiteConfig; problems: string[]; refusal?: Refusal } {
  let document: unknown
  try {
    document = parseConfigText(text)
  } catch (err) {
    return { problems: [`${CONFIG_FILE} is not valid YAML: ${(err as Error).message}`], refusal: 'invalid' }
  }
  const version = (document as { version?: unknown } | null)?.version
  if (typeof version === 'number' && version > CONFIG_FORMAT) {
    return {
      problems: [
        `${CONFIG_FILE} is config format ${version}, written for newer firmware; this firmware reads format ${CONFIG_FORMAT} — update the firmware first`,
      ],
      refusal: 'invalid',
    }
  }
  let config: SiteConfig
  try {
    config = checkConfig(document, CONFIG_FILE, zones)
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    return { problems: err.problems.map((p) => `${CONFIG_FILE}: ${p}`), refusal: 'invalid' }
  }
  const problems: string[] = []
  if (config.site.id !== manifest.site)
    problems.push(`the manifest names site "${manifest.site}" but ${CONFIG_FILE} is for site "${config.site.id}"`)
  if (running && running.site !== config.site.id)
    problems.push(`this bundle is for site "${config.site.id}"; this appliance runs site "${running.site}"`)
  if (running && manifest.revision < running.revision)
    problems.push(
      `bundle revision ${manifest.revision} is older than the running revision ${running.revision}; use a newer bundle (or qms config rollback on the appliance)`,
    )
  if (running && manifest.revision === running.revision)
    problems.push(`bundle revision ${manifest.revision} is the one running already; nothing to apply`)
  const refusal: Refusal = problems.some((p) => p.includes('site "')) ? 'site' : 'older'
  return { config, problems, refusal }
}

export interface VerifyOptions {
  /** The bundle folder. */
  dir: string
  trusted: Map<string, KeyObject>
  /** Named in messages: where the appliance's public keys live. */
  keysDir: string
  /** The config running now; absent on a new appliance. */
  running?: RunningConfig
  /** The command's time zones: the bundle's zone must be one they tell. */
  zones: TimeZones
}

export async function verifyBundle(options: VerifyOptions): Promise<Verification> {
  const { dir } = options
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  )
  if (!isDir) return refuse('no-bundle', `no bundle folder ${dir} — make one with qms config sign`)
  const manifestBytes = await readIfThere(join(dir, MANIFEST_FILE))
  if (!manifestBytes)
    return refuse('unsigned', `unsigned: the bundle has no ${MANIFEST_FILE} — make it with qms config sign`)
  const signatureBytes = await readIfThere(join(dir, SIGNATURE_FILE))
  if (!signatureBytes)
    return refuse('unsigned', `unsigned: the bundle has no ${SIGNATURE_FILE} — make it with qms config sign`)

  // Nothing in an unverified manifest is trusted, not even its file list.
  const signature = signatureProblems(manifestBytes, signatureBytes, options.trusted, options.keysDir)
  if (signature.length > 0) return refuse('signature', ...signature)
  const manifest = parseManifest(manifestBytes.toString('utf8'))
  if (!manifest.ok) return refuse('files', ...manifest.problems)

  const files = new Map<string, Buffer>()
  const damaged = await fileProblems(dir, manifest.value, files)
  if (damaged.length > 0) return refuse('files', ...damaged)

  const { config, problems, refusal } = configOf(
    files.get(CONFIG_FILE)!.toString('utf8'),
    options.running,
    manifest.value,
    options.zones,
  )
  if (!config || problems.length > 0) return refuse(refusal ?? 'invalid', ...problems)
  return { ok: true, bundle: { manifest: manifest.value, files, config, manifestBytes, signatureBytes } }
}
