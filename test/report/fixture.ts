/** A generated day written to a real journal in a data folder, as the hub would have left it. */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Journal } from '../../firmware/journal/index.ts'
import type { Traffic } from './traffic.ts'

export async function journalOf(traffic: Traffic): Promise<{ dataDir: string; journalDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'qms-report-'))
  const journalDir = join(dataDir, 'journal')
  const journal = new Journal({ dir: journalDir })
  await journal.open({ onSnapshot: () => undefined, onRecord: () => undefined })
  // All at once: the journal's group commit syncs them in a few writes.
  await Promise.all(traffic.records.map(({ day, record }) => journal.append(record, day)))
  await journal.close()
  return { dataDir, journalDir }
}
