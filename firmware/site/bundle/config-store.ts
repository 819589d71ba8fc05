/**
 * Where an appliance keeps its applied configs, so that a switch is atomic
 * and a rollback is one step:
 *
 *   <dir>/releases/<revision>/   the verified files of each bundle applied,
 *                                with its manifest.json and manifest.sig
 *   <dir>/current  -> releases/<revision>   what the hub runs
 *                                (qms run --config <dir>/current/config.yaml)
 *   <dir>/previous -> releases/<revision>   what rollback returns to
 *
 * A release is written in a temp folder, every file and folder fsynced, then
 * renamed into place; the `current` link is replaced by a rename of a new
 * link, then the folder is fsynced. After a power cut at any instant
 * `current` names either the old release or the new one, whole.
 * Releases that neither link names are removed, so the SD card holds two.
 */
import { readdir, readFile, readlink, rename, rm, symlink } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import { ensureDir, fsyncDir, removeDirDurably, writeFileSynced } from '../../journal/durable-fs.ts'
import { MANIFEST_FILE, parseManifest, SIGNATURE_FILE } from './manifest.ts'
import type { VerifiedBundle } from './bundle-verify.ts'

export const DEFAULT_CONFIG_DIR = '/var/lib/qms/config'

export interface Release {
  revision: number
  site: string
  /** The release folder. */
  dir: string
}

async function writeSynced(path: string, bytes: Uint8Array): Promise<void> {
  // Every new level's name fsynced in its parent, not only the folders files sit in (audio/en/ under audio/).
  await ensureDir(dirname(path))
  await writeFileSynced(path, bytes)
}

export class ConfigStore {
  constructor(readonly dir: string) {}

  /** The config file the hub runs. */
  get configFile(): string {
    return join(this.dir, 'current', 'config.yaml')
  }

  private async release(link: 'current' | 'previous'): Promise<Release | undefined> {
    let target: string
    try {
      target = await readlink(join(this.dir, link))
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined
      throw err
    }
    const dir = join(this.dir, target)
    const parsed = parseManifest(await readFile(join(dir, MANIFEST_FILE), 'utf8'))
    if (!parsed.ok) throw new Error(`${dir}: ${parsed.problems.join('; ')}`)
    return { revision: parsed.value.revision, site: parsed.value.site, dir }
  }

  current(): Promise<Release | undefined> {
    return this.release('current')
  }

  previous(): Promise<Release | undefined> {
    return this.release('previous')
  }

  /** Makes the bundle the current config; the one it replaces becomes `previous`. */
  async apply(bundle: VerifiedBundle): Promise<{ applied: Release; previous?: Release }> {
    const releases = join(this.dir, 'releases')
    await ensureDir(releases)
    const name = String(bundle.manifest.revision)
    const temp = join(releases, `${name}.tmp`)
    await rm(temp, { recursive: true, force: true })
    const written = new Set<string>([temp])
    for (const [path, bytes] of [
      ...bundle.files,
      [MANIFEST_FILE, bundle.manifestBytes] as const,
      [SIGNATURE_FILE, bundle.signatureBytes] as const,
    ]) {
      await writeSynced(join(temp, path), bytes)
      written.add(dirname(join(temp, path)))
    }
    for (const folder of [...written].sort().reverse()) await fsyncDir(folder)
    // A release of this revision exists when a rollback went back past it; its files are the same signed bytes.
    await rm(join(releases, name), { recursive: true, force: true })
    await rename(temp, join(releases, name))
    await fsyncDir(releases)

    const before = await this.current()
    if (before) await this.point('previous', before.dir)
    await this.point('current', join(releases, name))
    await this.prune()
    const applied = (await this.current())!
    return before ? { applied, previous: before } : { applied }
  }

  /**
   * Swaps `current` and `previous`: a second rollback undoes the first. A
   * power cut between the two renames leaves both links on one release; the
   * other release is still kept (prune runs only after an apply), so that is
   * the one to go back to.
   */
  async rollback(): Promise<{ from: Release; to: Release }> {
    const from = await this.current()
    let to = await this.previous()
    if (from && to && to.dir === from.dir) to = await this.otherRelease(from.dir)
    if (!from || !to) throw new Error(`no previous config in ${this.dir} to roll back to`)
    await this.point('current', to.dir)
    await this.point('previous', from.dir)
    return { from, to }
  }

  /** The newest whole release other than `dir`, if any. */
  private async otherRelease(dir: string): Promise<Release | undefined> {
    const releases = join(this.dir, 'releases')
    let best: Release | undefined
    for (const entry of await readdir(releases)) {
      const path = join(releases, entry)
      if (path === dir || entry.endsWith('.tmp')) continue
      const parsed = parseManifest(await readFile(join(path, MANIFEST_FILE), 'utf8'))
      if (parsed.ok && (!best || parsed.value.revision > best.revision))
        best = { revision: parsed.value.revision, site: parsed.value.site, dir: path }
    }
    return best
  }

  /** Replaces link `name` by a new symlink to `target` (relative), via rename. */
  private async point(name: 'current' | 'previous', target: string): Promise<void> {
    const temp = join(this.dir, `${name}.new`)
    await rm(temp, { force: true })
    await symlink(relative(this.dir, target), temp)
    await rename(temp, join(this.dir, name))
    await fsyncDir(this.dir)
  }

  private async prune(): Promise<void> {
    const keep = new Set([(await this.current())?.dir, (await this.previous())?.dir])
    const releases = join(this.dir, 'releases')
    for (const entry of await readdir(releases)) {
      if (!keep.has(join(releases, entry))) await removeDirDurably(join(releases, entry))
    }
  }
}
