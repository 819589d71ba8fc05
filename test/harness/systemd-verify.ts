/**
 * `systemd-analyze verify` on a unit as it would be installed, with its
 * installed paths (/usr/lib/qms/…) pointed at files that exist here, since
 * verify checks that each ExecStart= command exists.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Writes `source` as unit `as` in a new folder, each key of `paths` replaced by its value; returns the unit's path. */
export async function installedUnit(source: string, as: string, paths: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'qms-units-'))
  let text = await readFile(source, 'utf8')
  for (const [from, to] of Object.entries(paths)) text = text.replaceAll(from, to)
  await writeFile(join(dir, as), text)
  return join(dir, as)
}

export function verifyUnit(file: string): SpawnSyncReturns<string> {
  return spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8', timeout: 30_000 })
}
