/**
 * The journal alone under the same load as the throughput figure: ticket-sized
 * records appended with many in flight, group commit sharing each fdatasync.
 * What the hub could reach if deciding a command cost nothing.
 */
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { businessDay } from '../firmware/core/index.ts'
import { Journal } from '../firmware/journal/index.ts'
import { benchDir } from './bench-dir.ts'
import { engine } from './bench-site.ts'

export type JournalAppendsResult = {
  journal_records_per_s: number
}

export async function measureJournalAppends(records = 50_000, inFlight = 256): Promise<JournalAppendsResult> {
  const journal = new Journal({ dir: join(await benchDir('appends'), 'journal') })
  await journal.open({ onSnapshot: () => undefined, onRecord: () => undefined })
  const day = businessDay(Date.now(), engine.timeZone, engine.dayStartsAt, engine.zones)
  let next = 0
  const device = async () => {
    while (next < records) {
      const n = next++
      const at = Date.now()
      const ev = [
        { type: 'ticket.issued', at, id: `${day}/A${n}`, label: `A${n}`, service: 's0', priority: 'normal', number: n },
      ]
      await journal.append({ at, dev: 'all-in-one-dispenser', req: randomUUID(), ev }, day)
    }
  }
  try {
    const t0 = performance.now()
    await Promise.all(Array.from({ length: inFlight }, device))
    return { journal_records_per_s: records / ((performance.now() - t0) / 1000) }
  } finally {
    await journal.close()
  }
}
