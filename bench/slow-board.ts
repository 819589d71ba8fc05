/**
 * The press and start benches on a Pi-class core (bench/slow-core.ts): the
 * ticket box's press to print, and the hub's spawn to ready at its second
 * start (the first may write what later starts reuse).
 */
import { join } from 'node:path'
import { HubProcess, writeHubConfig } from '../test/harness/hub-process.ts'
import { benchDir } from './bench-dir.ts'
import { siteDocument } from './bench-site.ts'
import { measurePressToPrint } from './press-to-print.ts'
import { slowCore } from './slow-core.ts'

export async function measureSlowBoard(presses = 1000): Promise<Record<string, number>> {
  const core = await slowCore()
  if (!core) {
    process.stderr.write(' (no writable cgroup with a CPU quota: slow-board figures left out)')
    return {}
  }
  try {
    const dir = await benchDir('slow-start')
    const config = await writeHubConfig(dir, siteDocument)
    const starts: number[] = []
    for (let i = 0; i < 2; i++) {
      const hub = await HubProcess.start(config, join(dir, 'data'), 60_000, core.prefix)
      starts.push(hub.readyMs)
      await hub.stop()
    }
    const press = await measurePressToPrint({ samples: presses, prefix: core.prefix, suffix: '_slow' })
    return { start_ready_slow_first_ms: starts[0]!, start_ready_slow_ms: starts[1]!, ...press }
  } finally {
    await core.remove()
  }
}
