/**
 * The queue as the running hub holds it, read from its journal without
 * disturbing it (journal/peek.ts): the snapshot's state, then every record
 * after it applied with the running config's engine slice. The fold is the
 * hub's own (hub.ts start()), so what a tool sees is what the hub has.
 */
import { apply, businessDay, initialState, type EngineConfig, type QueueState } from '../core/index.ts'
import { peekJournal, type PeekReport } from '../journal/peek.ts'
import type { HubSnapshot, JournalRecord } from './hub.ts'

export interface LiveQueue {
  state: QueueState
  report: PeekReport
  /** False once the business day has turned since the last record: yesterday's waiting tickets are gone at the next command. */
  today: boolean
}

export async function readLiveQueue(journalDir: string, engine: EngineConfig, now: number): Promise<LiveQueue> {
  let state = initialState(engine)
  const report = await peekJournal(journalDir, {
    onSnapshot: (data) => {
      state = (data as HubSnapshot).state
    },
    onRecord: (data) => {
      for (const event of (data as JournalRecord).ev) apply(engine, state, event)
    },
  })
  return { state, report, today: state.day === businessDay(now, engine.timeZone, engine.dayStartsAt, engine.zones) }
}
