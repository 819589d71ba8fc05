/**
 * Hub.start() on a journal alone (no snapshot), then with a snapshot near
 * the end: the time from a power cut to the hub knowing its queue again.
 * The journal was just written, so it is read from the page cache: a cold
 * boot from an SD card adds the card's read time.
 */
import { join } from 'node:path'
import { Journal } from '../firmware/journal/index.ts'
import { benchDir } from './bench-dir.ts'
import { startHub } from './bench-site.ts'
import { buildJournal } from './journal-builder.ts'
import { median } from './stats.ts'

/** Median of `runs` recoveries; checks that every event was folded. */
async function timeRecovery(dir: string, events: number, runs: number): Promise<number> {
  const ms: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const hub = await startHub(dir)
    ms.push(performance.now() - t0)
    const folded = hub.state.events
    await hub.stop()
    if (folded !== events) throw new Error(`recovered ${folded} events, the journal holds ${events}`)
  }
  return median(ms)
}

export type RecoveryResult = {
  recover_100k_ms: number
  recover_1m_ms: number
  recover_1m_snap_ms: number
  journal_1m_mb: number
}

export async function measureRecovery(): Promise<RecoveryResult> {
  const small = join(await benchDir('recover-100k'), 'journal')
  const built100k = await buildJournal(small, 100_000)
  const recover_100k_ms = await timeRecovery(small, built100k.events, 5)

  const big = join(await benchDir('recover-1m'), 'journal')
  const built = await buildJournal(big, 1_000_000, 2000)
  const recover_1m_ms = await timeRecovery(big, built.events, 3)

  // As the hub does (hub.ts snapshot()): the state serialised at its record's seq.
  const journal = new Journal({ dir: big })
  await journal.writeSnapshot(built.snapshot!.seq, built.snapshot!.payload)
  const recover_1m_snap_ms = await timeRecovery(big, built.events, 3)
  return { recover_100k_ms, recover_1m_ms, recover_1m_snap_ms, journal_1m_mb: built.bytes / 2 ** 20 }
}
