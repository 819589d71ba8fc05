/**
 * ALICE/CrashMonkey-style crash states of what ships: the built bundle's
 * hub (a new business day: snapshot, summary, compaction; then tickets
 * issued, called and finished up to a second snapshot) and its
 * `qms usb-import`, traced with strace; every crash state the weak
 * persistence model allows at every prefix is recovered and checked
 * (test/harness/crash-states/, docs/reliability.md).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { checkWorkloads, traceWorkloads, type Workloads } from '../harness/crash-states/check-all.ts'
import type { Trace } from '../harness/crash-states/fs-ops.ts'

const work = await mkdtemp(join(tmpdir(), 'qms-crash-test-'))
let runs: Workloads
t.teardown(async () => {
  await runs?.usbImport.dispose()
  await rm(work, { recursive: true, force: true })
})

t.before(async () => {
  runs = await traceWorkloads(work)
})

/** The trace as if the writer had not made `what` durable: those syncs removed. */
function withoutSyncs(trace: Trace, what: RegExp): Trace {
  const inodes = new Set<number>()
  for (const op of trace.ops) if (op.t === 'name' && what.test(op.path)) inodes.add(op.ino)
  for (const [path, ino] of trace.startInodes) if (what.test(path)) inodes.add(ino)
  return { ...trace, ops: trace.ops.filter((op) => op.t !== 'sync' || !inodes.has(op.ino)) }
}

t.test(
  'every crash state of a ticket lifecycle, snapshot, compaction, day roll-over and USB import recovers with every answer kept',
  async (t) => {
    t.ok(
      runs.hub.answered.size === 100 && runs.hub.trace.ops.filter((op) => op.t === 'ack').length >= 100,
      'each answer is found in the trace',
    )
    const figures = await checkWorkloads(runs, join(work, 'real'))
    t.comment(JSON.stringify({ ...figures, violations: undefined }))
    t.ok(figures.crash_states_checked > 300, `${figures.crash_states_checked} crash states checked`)
    t.equal(figures.crash_states_bundle_started, 3, 'a sample of the states starts the bundle to ready')
    t.same(figures.violations.slice(0, 10), [], `${figures.crash_state_violations} violations`)
  },
)

t.test('the check catches a writer that forgot its syncs', async (t) => {
  // The journal's segments never fdatasynced, and config/ never fsynced after the links are swapped.
  // Without syncs every crash point has hundreds of unsynced operations: 12 points each are enough to see it.
  const traces = {
    hub: withoutSyncs(runs.hub.trace, /\.seg$/),
    usbImport: withoutSyncs(runs.usbImport.trace, /^config$/),
  }
  const figures = await checkWorkloads(runs, join(work, 'mutated'), { traces, bundleSample: 0, points: 12 })
  const problems = figures.violations.flatMap((v) => v.problems.map((p) => `${v.workload}: ${p}`))
  t.ok(
    problems.some((p) => /^hub: issue of \S+ .* was answered but is not in the recovered queue/.test(p)),
    'a lost ticket that had been answered',
  )
  t.ok(
    problems.some((p) => /given twice/.test(p)),
    'a number given twice',
  )
  t.ok(
    problems.some((p) => /^usb import: APPLIED was printed but current is revision 1/.test(p)),
    'an import reported applied but not in force',
  )
})
