/** Shared set-up for the journal tests: temp folders and recovery into arrays. */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { Journal, type RecoveryReport } from '../../firmware/journal/index.ts'

export const logger = pino({ level: 'silent' })

export async function tempJournalDir(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'qms-journal-')), 'journal')
}

export interface Opened {
  journal: Journal
  report: RecoveryReport
  records: Array<{ seq: number; record: unknown }>
  snapshot?: { seq: number; data: unknown }
}

export async function openJournal(dir: string, segmentBytes?: number): Promise<Opened> {
  const journal = new Journal({ dir, logger, ...(segmentBytes ? { segmentBytes } : {}) })
  const opened: Omit<Opened, 'report'> = { journal, records: [] }
  const report = await journal.open({
    onSnapshot: (data, seq) => {
      if (opened.snapshot) throw new Error('onSnapshot called twice')
      opened.snapshot = { seq, data }
    },
    onRecord: (record, seq) => opened.records.push({ seq, record }),
  })
  return { ...opened, report }
}

export const record = (i: number) => ({
  at: 1763791200000 + i,
  dev: 'box1',
  req: `r${i}`,
  ev: [{ type: 'ticket.issued', label: `A${i}` }],
})

/** Appends `count` records one after another (each its own write unit). */
export async function appendEach(journal: Journal, from: number, count: number, day = '2026-11-22'): Promise<number[]> {
  const seqs: number[] = []
  for (let i = from; i < from + count; i++) seqs.push(await journal.append(record(i), day))
  return seqs
}
