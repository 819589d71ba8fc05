/**
 * `node dist/qms.mjs run --no-panel` with a hub-only config, from spawn to
 * its "ready" line: Node's own start, loading the bundle, config, journal
 * recovery (empty here), the broker listening.
 */
import { join } from 'node:path'
import { HubProcess, writeHubConfig } from '../test/harness/hub-process.ts'
import { benchDir } from './bench-dir.ts'
import { siteDocument } from './bench-site.ts'
import { median } from './stats.ts'

export type StartResult = {
  start_ready_ms: number
  start_ready_min_ms: number
}

export async function measureStartReady(runs = 7): Promise<StartResult> {
  const ms: number[] = []
  for (let i = 0; i < runs; i++) {
    const dir = await benchDir('start')
    const hub = await HubProcess.start(await writeHubConfig(dir, siteDocument), join(dir, 'data'))
    ms.push(hub.readyMs)
    await hub.stop()
  }
  return { start_ready_ms: median(ms), start_ready_min_ms: Math.min(...ms) }
}
