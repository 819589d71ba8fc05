/**
 * Whether a config file may replace the running config in-process (SIGHUP):
 * it must load and validate, be for the same site (another site is another
 * journal, topic root and set of devices: that is a new installation, not a
 * reload), and not strand a customer holding a ticket — the same dry run as
 * a USB import (hub/dry-run.ts), against the queue in the hub's journal.
 */
import { join } from 'node:path'
import { ConfigError } from '../../site/config/load.ts'
import { engineConfig } from '../../site/config/engine-slice.ts'
import type { SiteConfig } from '../../site/config/schema.ts'
import { dryRun } from '../../hub/dry-run.ts'
import { loadRunningConfig, type RunningConfig } from '../../site/bundle/running-config.ts'
import { readLiveQueue } from '../../hub/live-queue.ts'
import type { TimeZones } from '../../time/local-time.ts'

export type ReloadCheck =
  | { kind: 'unchanged' }
  | { kind: 'refused'; problems: string[] }
  | { kind: 'changed'; next: RunningConfig }

export async function checkReloadFile(
  file: string,
  board: string | undefined,
  running: RunningConfig,
  zones: TimeZones,
): Promise<ReloadCheck> {
  let next: RunningConfig
  try {
    next = await loadRunningConfig(file, zones, board)
  } catch (err) {
    if (!(err instanceof ConfigError)) return { kind: 'refused', problems: [`${file}: ${(err as Error).message}`] }
    return { kind: 'refused', problems: err.problems.map((p) => `${file}: ${p}`) }
  }
  if (next.hash === running.hash) return { kind: 'unchanged' }
  const [was, now] = [running.config.site.id, next.config.site.id]
  if (was !== now)
    return {
      kind: 'refused',
      problems: [
        `${file} is for site "${now}", this appliance runs site "${was}": another site is installed by a restart, not a reload`,
      ],
    }
  return { kind: 'changed', next }
}

/**
 * What the new config would strand in the hub's queue; empty when nothing,
 * or when this board runs no hub. Read from the journal on disk, so it can
 * run while the hub writes (journal/peek.ts) and again once it has stopped.
 */
export async function queueRefusals(
  running: SiteConfig,
  next: SiteConfig,
  dataDir: string,
  now: number,
  zones: TimeZones,
): Promise<string[]> {
  if (!running.board.roles.includes('hub')) return []
  const live = await readLiveQueue(join(dataDir, 'journal'), engineConfig(running, zones), now)
  return dryRun(running, next, live).refusals
}
