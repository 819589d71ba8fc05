/**
 * `qms config sign`: makes a bundle folder from a config (checked first: an
 * invalid config is never signed), an optional ticket logo and an optional
 * folder of the site's recordings (<lang>/<clip>.wav), with the manifest of
 * their hashes and an Ed25519 signature over the manifest.
 */
import { createPublicKey, sign } from 'node:crypto'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { checkConfig, parseConfigText } from '../config/load.ts'
import {
  BUNDLE_FORMAT,
  BUNDLE_PATH,
  CONFIG_FILE,
  MANIFEST_FILE,
  MAX_FILE_BYTES,
  SIGNATURE_FILE,
  sha256,
  type Manifest,
  type SignatureFile,
} from './manifest.ts'
import { keyId, readPrivateKey } from './signing-keys.ts'
import type { TimeZones } from '../../time/local-time.ts'

export interface SignOptions {
  configFile: string
  keyFile: string
  /** The bundle folder to create; it must not exist or be empty. */
  outDir: string
  logoFile?: string
  /** A folder of <lang>/<clip>.wav recordings. */
  audioDir?: string
  /** Default: the signing time in seconds, so a later bundle has a bigger revision. */
  revision?: number
  now?: Date
  /** The command's time zones: the config's zone must be one they tell. */
  zones: TimeZones
}

async function audioFiles(dir: string): Promise<Array<{ path: string; file: string }>> {
  const found: Array<{ path: string; file: string }> = []
  for (const lang of (await readdir(dir, { withFileTypes: true })).filter((e) => e.isDirectory())) {
    for (const clip of await readdir(join(dir, lang.name))) {
      const path = `audio/${lang.name}/${clip}`
      if (!BUNDLE_PATH.test(path))
        throw new Error(`${join(dir, lang.name, clip)}: a recording must be <lang>/<clip>.wav in lower case`)
      found.push({ path, file: join(dir, lang.name, clip) })
    }
  }
  return found
}

export async function signBundle(options: SignOptions): Promise<{ manifest: Manifest; key: string }> {
  const key = await readPrivateKey(options.keyFile)
  const configText = await readFile(options.configFile)
  const config = checkConfig(parseConfigText(configText.toString('utf8')), options.configFile, options.zones)

  const sources: Array<{ path: string; bytes: Buffer }> = [{ path: CONFIG_FILE, bytes: configText }]
  if (options.logoFile) sources.push({ path: 'logo.png', bytes: await readFile(options.logoFile) })
  for (const { path, file } of options.audioDir ? await audioFiles(options.audioDir) : [])
    sources.push({ path, bytes: await readFile(file) })

  const now = options.now ?? new Date()
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    site: config.site.id,
    revision: options.revision ?? Math.floor(now.getTime() / 1000),
    signedAt: now.toISOString(),
    files: {},
  }
  for (const { path, bytes } of sources) {
    if (bytes.length > MAX_FILE_BYTES)
      throw new Error(`${path}: ${bytes.length} bytes is more than a bundle file may hold (${MAX_FILE_BYTES})`)
    manifest.files[path] = { sha256: sha256(bytes), bytes: bytes.length }
  }
  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)
  // Ed25519 takes no digest name: the algorithm hashes internally (RFC 8032).
  const signature: SignatureFile = {
    key: keyId(createPublicKey(key)),
    signature: sign(null, manifestBytes, key).toString('base64'),
  }

  await mkdir(options.outDir, { recursive: true })
  if ((await readdir(options.outDir)).length > 0)
    throw new Error(`${options.outDir} is not empty; sign into a new folder`)
  for (const { path, bytes } of sources) {
    await mkdir(dirname(join(options.outDir, path)), { recursive: true })
    await writeFile(join(options.outDir, path), bytes)
  }
  await writeFile(join(options.outDir, MANIFEST_FILE), manifestBytes)
  await writeFile(join(options.outDir, SIGNATURE_FILE), `${JSON.stringify(signature)}\n`)
  return { manifest, key: signature.key }
}
