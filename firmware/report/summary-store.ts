/**
 * Daily summaries on disk: `<data>/reports/days/YYYY-MM-DD.json`, each
 * written temp → fsync → rename → fsync(dir), outside the journal folder so
 * compaction never deletes them. They are kept `summaryRetentionDays`
 * (longer than the journal); a day whose summary is missing is folded from
 * its journal records, and the hub writes the summary of every closed day
 * before compaction may delete that day's journal.
 */
import { readFile, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { ensureDir, fsyncDir, writeFileDurably } from '../journal/durable-fs.ts'
import { readDay } from '../journal/day-reader.ts'
import { isDay, listDays, ifMissing } from '../journal/segments.ts'
import { dayMinus } from '../journal/compaction.ts'
import { DayFold } from './day-fold.ts'
import { SUMMARY_VERSION, type DaySummary } from './day-summary.ts'
import type { TimeZones } from '../time/local-time.ts'

export function summariesDir(dataDir: string): string {
  return join(dataDir, 'reports', 'days')
}

export class SummaryStore {
  constructor(
    private readonly dir: string,
    private readonly journalDir: string,
    private readonly timeZone: string,
    private readonly zones: TimeZones,
  ) {}

  /** The stored summary of `day`; undefined when there is none. A damaged file throws, naming it. */
  async read(day: string): Promise<DaySummary | undefined> {
    const path = join(this.dir, `${day}.json`)
    const text = await readFile(path, 'utf8').catch(ifMissing(undefined))
    if (text === undefined) return undefined
    let summary: Partial<DaySummary> | null
    try {
      summary = JSON.parse(text) as Partial<DaySummary> | null
    } catch (err) {
      throw new Error(
        `daily summary ${path} is damaged (${(err as Error).message}); delete it to fold the day again from its journal`,
      )
    }
    if (summary?.version !== SUMMARY_VERSION || summary.day !== day || !Array.isArray(summary.visits)) {
      throw new Error(
        `daily summary ${path} is not a version ${SUMMARY_VERSION} summary of ${day}; delete it to fold the day again from its journal`,
      )
    }
    return summary as DaySummary
  }

  /** The stored summary, or none when it is missing or damaged and the journal still has the day (it is folded again). */
  private async readUsable(day: string, journalHasDay: boolean): Promise<DaySummary | undefined> {
    try {
      return await this.read(day)
    } catch (err) {
      if (!journalHasDay) throw err
      return undefined
    }
  }

  async write(summary: DaySummary): Promise<void> {
    await ensureDir(this.dir)
    await writeFileDurably(join(this.dir, `${summary.day}.json`), Buffer.from(JSON.stringify(summary)))
  }

  /** Folds a day from its journal records (today's figures, or a day whose summary is missing). */
  async fold(day: string, closed: boolean): Promise<DaySummary> {
    const fold = new DayFold(day, this.timeZone, this.zones)
    await readDay(this.journalDir, day, (record) => fold.record(record))
    return fold.summary({ closed })
  }

  /** The newest stored summary (the last closed day), if any. */
  async newest(): Promise<DaySummary | undefined> {
    const last = (await this.storedDays()).sort().at(-1)
    return last === undefined ? undefined : this.read(last)
  }

  /** Days from..to (inclusive) that have a summary or journal records, summaries preferred. */
  async range(from: string, to: string): Promise<DaySummary[]> {
    const stored = await this.storedDays()
    const journalDays = await listDays(this.journalDir)
    const newest = journalDays.at(-1)
    const days = new Set([...stored, ...journalDays].filter((d) => isDay(d) && d >= from && d <= to))
    // A few files at a time: reading overlaps parsing. The newest journal day may still be going on: its unfinished visits stay open.
    const inJournal = new Set(journalDays)
    return mapLimited(
      [...days].sort(),
      8,
      async (day) => (await this.readUsable(day, inJournal.has(day))) ?? (await this.fold(day, day !== newest)),
    )
  }

  /** Writes the summary of every journal day before `today` that has none; returns the days written. */
  async summariseClosedDays(today: string): Promise<string[]> {
    // Names only: the hub does this each morning and need not parse a year of summaries.
    const stored = new Set(await this.storedDays())
    const written: string[] = []
    for (const day of await listDays(this.journalDir)) {
      if (day >= today || stored.has(day)) continue
      await this.write(await this.fold(day, true))
      written.push(day)
    }
    return written
  }

  private async storedDays(): Promise<string[]> {
    return (await readdir(this.dir).catch(ifMissing([] as string[])))
      .filter((n) => n.endsWith('.json'))
      .map((n) => n.slice(0, -5))
  }

  /** Deletes summaries older than `today` minus `days`. */
  async prune(today: string, days: number): Promise<number> {
    const cutoff = dayMinus(today, days)
    let deleted = 0
    for (const name of await readdir(this.dir).catch(ifMissing([] as string[]))) {
      if (name.endsWith('.json') && name.slice(0, -5) < cutoff) {
        await unlink(join(this.dir, name))
        deleted++
      }
    }
    if (deleted > 0) await fsyncDir(this.dir)
    return deleted
  }
}

/** `fn` over `items` with at most `limit` running at once; results in the items' order. */
async function mapLimited<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}
