/**
 * The config a board runs, read once: the parsed config, its hash (as on the
 * health topics) and, when the file is an applied bundle's
 * (`<config-dir>/current/config.yaml`), the bundle's revision. The revision
 * is taken from the manifest beside the file only if the manifest's SHA-256
 * of config.yaml is that of the very bytes loaded, so a hub never reports a
 * revision it does not run (an import may swap `current` at any moment).
 */
import { readFile, realpath } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { ifMissing } from '../../journal/segments.ts'
import { checkConfig, ConfigError, parseConfigText } from '../config/load.ts'
import { configHash } from '../config/config-hash.ts'
import type { SiteConfig } from '../config/schema.ts'
import { CONFIG_FILE, MANIFEST_FILE, parseManifest, sha256 } from './manifest.ts'
import type { TimeZones } from '../../time/local-time.ts'

export interface RunningConfig {
  config: SiteConfig
  /** 12 hex digits of the SHA-256 of the parsed config: equal hashes, same config. */
  hash: string
  /** The bundle revision, or null when the file is not a verified bundle's config. */
  revision: number | null
}

async function bundleRevision(dir: string, bytes: Buffer): Promise<number | null> {
  const text = await readFile(join(dir, MANIFEST_FILE), 'utf8').catch(ifMissing(undefined))
  if (text === undefined) return null
  const manifest = parseManifest(text)
  if (!manifest.ok || manifest.value.files[CONFIG_FILE]?.sha256 !== sha256(bytes)) return null
  return manifest.value.revision
}

/** Like loadConfig (the same ConfigError for a file that cannot run), plus hash and revision. */
export async function loadRunningConfig(file: string, zones: TimeZones, boardId?: string): Promise<RunningConfig> {
  let real: string
  let bytes: Buffer
  try {
    // One folder for the config and its manifest, even if `current` is re-pointed meanwhile.
    real = await realpath(file)
    bytes = await readFile(real)
  } catch (err) {
    throw new ConfigError(file, [`cannot read the file: ${(err as Error).message}`])
  }
  let document: unknown
  try {
    document = parseConfigText(bytes.toString('utf8'))
  } catch (err) {
    throw new ConfigError(file, [`not valid YAML/JSON: ${(err as Error).message}`])
  }
  const config = checkConfig(document, file, zones, boardId)
  const revision = basename(real) === CONFIG_FILE ? await bundleRevision(dirname(real), bytes) : null
  return { config, hash: configHash(config), revision }
}
