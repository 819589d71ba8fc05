/**
 * `node dist/qms.mjs run --no-panel` with a hub-only config, from spawn to
 * its "ready" line: Node's own start, loading the bundle, config, journal
 * recovery, the broker listening. The journal is empty unless `journal`
 * asks for one of that many events (built once, copied fresh for each run,
 * since a start may write summaries or compact), with a snapshot
 * `snapshotBefore` events before its end when given — as a hub that takes
 * one every `hub.snapshotEvery` events leaves it.
 */
import { cp } from 'node:fs/promises'
import { join } from 'node:path'
import { Journal } from '../firmware/journal/index.ts'
import { HubProcess, writeHubConfig } from '../test/harness/hub-process.ts'
import { benchDir } from './bench-dir.ts'
import { siteDocument } from './bench-site.ts'
import { buildJournal } from './journal-builder.ts'
import { median } from './stats.ts'

export type StartResult = {
  start_ready_ms: number
  start_ready_min_ms: number
}

export interface StartJournal {
  events: number
  snapshotBefore?: number
}

async function journalTemplate({ events, snapshotBefore }: StartJournal): Promise<string> {
  const dir = join(await benchDir('start-journal'), 'journal')
  const built = await buildJournal(dir, events, snapshotBefore)
  if (built.snapshot) await new Journal({ dir }).writeSnapshot(built.snapshot.seq, built.snapshot.payload)
  return dir
}

export async function measureStartReady(runs = 7, journal?: StartJournal): Promise<StartResult> {
  const template = journal && (await journalTemplate(journal))
  const ms: number[] = []
  for (let i = 0; i < runs; i++) {
    const dir = await benchDir('start')
    if (template) await cp(template, join(dir, 'data', 'journal'), { recursive: true })
    const hub = await HubProcess.start(await writeHubConfig(dir, siteDocument), join(dir, 'data'))
    ms.push(hub.readyMs)
    await hub.stop()
  }
  return { start_ready_ms: median(ms), start_ready_min_ms: Math.min(...ms) }
}
