/**
 * Builds a hub journal of a given number of events fast. One business day
 * of a busy branch (1,000 tickets, each issued, called and finished, after
 * the clock's day.started) is decided and applied by the engine in memory,
 * as the hub would; the following days are that day's records with the day
 * and the times moved on (deciding every command costs ~70 µs, too slow for
 * a million events in a benchmark run). Every record is applied again here
 * to track the state for a snapshot, and appended straight to the Journal in
 * large concurrent batches (group commit writes each batch with one fdatasync).
 */
import { randomUUID } from 'node:crypto'
import { apply, businessDay, decide, initialState, type Command } from '../firmware/core/index.ts'
import type { JournalRecord } from '../firmware/hub/hub.ts'
import { encodeSnapshot, Journal } from '../firmware/journal/index.ts'
import type { JsonChunks } from '../firmware/journal/json-chunks.ts'
import { COUNTERS, engine, SERVICES } from './bench-site.ts'

const TICKETS_PER_DAY = 1000
const BATCH = 20_000
const DAY_MS = 24 * 3600 * 1000

export interface BuiltJournal {
  events: number
  records: number
  /** JSON bytes of the records, frames not counted. */
  bytes: number
  /** The state as of record `seq`, serialised as the hub serialises it for a snapshot. */
  snapshot?: { seq: number; payload: JsonChunks }
}

/** One day's records as the engine decides them, as JSON text. */
function templateDay(start: number): string[] {
  const state = initialState(engine)
  const records: string[] = []
  let now = start
  const run = (command: Command, dev: string) => {
    const decision = decide(engine, state, command, now)
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.error.message}`)
    for (const event of decision.events) apply(engine, state, event)
    if (decision.events.length > 0)
      records.push(JSON.stringify({ at: now, dev, req: randomUUID(), ev: decision.events }))
    now += 1000
  }
  run({ type: 'tick' }, 'hub-clock')
  for (let ticket = 0; ticket < TICKETS_PER_DAY; ticket++) {
    const counter = COUNTERS[ticket % COUNTERS.length]!
    run({ type: 'issue', service: SERVICES[ticket % SERVICES.length]! }, 'all-in-one-dispenser')
    run({ type: 'callNext', counter }, `all-in-one-counter-${counter}`)
    run({ type: 'finish', counter }, `all-in-one-counter-${counter}`)
  }
  return records
}

/** `snapshotBefore`: capture the state that many events before the end, for a snapshot. */
export async function buildJournal(dir: string, events: number, snapshotBefore?: number): Promise<BuiltJournal> {
  // A day's first minute after the day starts, a year back, so each day's records stay in one business day.
  const dayStart = Number(engine.dayStartsAt.slice(0, 2))
  const first = new Date()
  first.setUTCFullYear(first.getUTCFullYear() - 1)
  first.setUTCHours(dayStart, 1, 0, 0)
  const template = templateDay(first.getTime())
  const templateDayName = businessDay(first.getTime(), engine.timeZone, engine.dayStartsAt, engine.zones)

  const journal = new Journal({ dir })
  await journal.open({ onSnapshot: () => undefined, onRecord: () => undefined })
  const state = initialState(engine)
  const built: BuiltJournal = { events: 0, records: 0, bytes: 0 }
  let batch: Array<Promise<number>> = []
  try {
    for (let day = 0; built.events < events; day++) {
      const shift = day * DAY_MS
      const dayName = businessDay(first.getTime() + shift, engine.timeZone, engine.dayStartsAt, engine.zones)
      for (const text of template) {
        if (built.events >= events) break
        const json = text.replaceAll(templateDayName, dayName)
        const record = JSON.parse(json) as JournalRecord
        record.at += shift
        record.req = randomUUID()
        for (const event of record.ev) {
          event.at += shift
          apply(engine, state, event)
        }
        batch.push(journal.append(record, state.day))
        built.bytes += Buffer.byteLength(json)
        built.events += record.ev.length
        built.records += 1
        if (snapshotBefore !== undefined && !built.snapshot && built.events >= events - snapshotBefore) {
          built.snapshot = { seq: journal.lastSeq, payload: encodeSnapshot({ state, requests: [] }) }
        }
        if (batch.length >= BATCH) {
          await Promise.all(batch)
          batch = []
        }
      }
    }
    await Promise.all(batch)
  } finally {
    await journal.close()
  }
  return built
}
