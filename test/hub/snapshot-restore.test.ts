/**
 * The record salvage rebuilds from a snapshot: for a log cut after any
 * record, the report of the kept records plus the restored one is the
 * report of the whole log (hub/snapshot-restore.ts).
 */
import t from 'tap'
import type { Command, Event } from '../../firmware/core/index.ts'
import { restoreFromSnapshot } from '../../firmware/hub/snapshot-restore.ts'
import { DayFold } from '../../firmware/report/day-fold.ts'
import { Branch } from '../core/harness.ts'
import { intlZones } from '../fixtures/zones.ts'

interface Stored {
  seq: number
  record: { at: number; ev: Event[] }
}

/** A morning at the branch, one record per command, as the hub journals them. */
function morning(): { branch: Branch; records: Stored[] } {
  const branch = new Branch()
  const records: Stored[] = []
  const run = (cmd: Command, seconds = 20) => {
    branch.advance(seconds)
    const { events } = branch.ok(cmd)
    if (events.length > 0) records.push({ seq: records.length + 1, record: { at: branch.now, ev: events } })
  }
  for (const service of ['deposits', 'deposits', 'loans', 'deposits', 'accounts', 'deposits'])
    run({ type: 'issue', service })
  run({ type: 'callNext', counter: 'c1' })
  run({ type: 'start', counter: 'c1' })
  run({ type: 'finish', counter: 'c1' })
  run({ type: 'callNext', counter: 'c2' })
  run({ type: 'recall', counter: 'c2' }, 40)
  run({ type: 'noShow', counter: 'c2' }, 40)
  run({ type: 'callNext', counter: 'c1' })
  run({ type: 'transfer', counter: 'c1', to: { service: 'accounts' } })
  run({ type: 'markUnprinted', label: 'A004', reason: 'paper out' })
  run({ type: 'markPrinted', label: 'A004' })
  run({ type: 'cancel', label: 'B001' })
  run({ type: 'callNext', counter: 'c3' })
  run({ type: 'finish', counter: 'c3' })
  run({ type: 'issue', service: 'loans' })
  run({ type: 'callNext', counter: 'c2' })
  return { branch, records }
}

function fold(day: string, records: Array<{ ev: unknown[] }>): unknown {
  const f = new DayFold(day, 'Asia/Dubai', intlZones)
  for (const r of records) f.record(r)
  const { visits, ...rest } = f.summary()
  return { ...rest, visits: [...visits].sort() }
}

t.test('for a cut after every record, kept + restored records fold to the report of the whole log', async (t) => {
  const { branch, records } = morning()
  const day = branch.state.day
  const whole = fold(
    day,
    records.map((r) => r.record),
  )
  const data = { state: branch.state, requests: {} }
  const last = records.length
  for (let keep = 1; keep < last; keep++) {
    const kept = records.slice(0, keep)
    const restored = await restoreFromSnapshot({
      data,
      snapshotSeq: last,
      from: keep + 1,
      to: last,
      readDay: async (d, onRecord) => {
        if (d === day) for (const r of records) onRecord(r.record, r.seq)
      },
    })
    if (!restored) {
      t.fail(`cut after ${keep}: nothing restored`)
      continue
    }
    t.equal(restored.day, day)
    t.same(fold(day, [...kept.map((r) => r.record), restored.record]), whole, `cut after record ${keep}`)
  }
  t.equal(
    await restoreFromSnapshot({
      data,
      snapshotSeq: last,
      from: last + 1,
      to: last,
      readDay: async (_d, on) => records.forEach((r) => on(r.record, r.seq)),
    }),
    undefined,
    'nothing lost: nothing restored',
  )
})
