/**
 * Reads a stopped hub's journal with the project's own Journal class and
 * folds it with the engine, twice: the way the hub recovers (newest snapshot,
 * then the records after it) and from nothing, every record of every day.
 * The full replay also lists every ticket issued, call and finish, to hold
 * the ledger of acknowledged answers against. Both pack closed tickets as
 * the hub does (core/closed-tickets.ts), so the two states compare equal.
 */
import {
  apply,
  initialState,
  packAllClosed,
  ReplayPacking,
  type EngineConfig,
  type Event,
  type QueueState,
} from '../../firmware/core/index.ts'
import type { HubSnapshot, JournalRecord } from '../../firmware/hub/hub.ts'
import { Journal, type RecoveryReport } from '../../firmware/journal/index.ts'

export interface JournalAudit {
  report: RecoveryReport
  /** State as the hub rebuilds it: snapshot + tail. */
  recovered: QueueState
  /** State folded from initialState over every record. */
  replayed: QueueState
  records: number
  /** Ticket id → label, for every ticket.issued in the journal. */
  issued: Map<string, string>
  /** Ids that a second ticket.issued named again: a label issued twice in a day. */
  issuedTwice: string[]
  /** `id@counter` for every ticket.called and ticket.finished. */
  called: Set<string>
  finished: Set<string>
  /** `dev req` → the events of each record that command left: more than one record is a command done twice. */
  effects: Map<string, Event[][]>
}

/** The key a command's records are found by in `effects`. */
export const requestKey = (device: string, req: string) => `${device} ${req}`

export async function auditJournal(dir: string, engine: EngineConfig): Promise<JournalAudit> {
  const journal = new Journal({ dir })
  let recovered = initialState(engine)
  const packing = new ReplayPacking()
  const report = await journal.open({
    onSnapshot: (data) => {
      recovered = (data as HubSnapshot).state
      packAllClosed(recovered)
    },
    onRecord: (record) => {
      for (const event of (record as JournalRecord).ev) apply(engine, recovered, event)
      packing.record(recovered, (record as JournalRecord).ev)
    },
  })
  packing.flush(recovered)
  const audit: JournalAudit = {
    report,
    recovered,
    replayed: initialState(engine),
    records: 0,
    issued: new Map(),
    issuedTwice: [],
    called: new Set(),
    finished: new Set(),
    effects: new Map(),
  }
  const replayPacking = new ReplayPacking()
  try {
    for (const day of await journal.days()) {
      await journal.readDay(day, (record) => {
        audit.records += 1
        const { dev, req, ev } = record as JournalRecord
        if (dev !== undefined && req !== undefined) {
          const key = requestKey(dev, req)
          audit.effects.set(key, [...(audit.effects.get(key) ?? []), ev])
        }
        for (const event of ev) note(audit, engine, event)
        replayPacking.record(audit.replayed, ev)
      })
    }
    replayPacking.flush(audit.replayed)
  } finally {
    await journal.close()
  }
  return audit
}

function note(audit: JournalAudit, engine: EngineConfig, event: Event): void {
  if (event.type === 'ticket.issued') {
    if (audit.issued.has(event.id)) audit.issuedTwice.push(event.id)
    audit.issued.set(event.id, event.label)
  }
  if (event.type === 'ticket.called') audit.called.add(`${event.id}@${event.counter}`)
  if (event.type === 'ticket.finished') audit.finished.add(`${event.id}@${event.counter}`)
  apply(engine, audit.replayed, event)
}
