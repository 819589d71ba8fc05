/**
 * Crash states enumerated (ALICE, OSDI '14; CrashMonkey, OSDI '18): the
 * bundle's hub over a day roll-over, compaction, a ticket lifecycle and two
 * snapshots, and its USB import, traced with strace; every crash state the
 * weak persistence model allows at every prefix recovered and checked
 * (test/harness/crash-states/, docs/reliability.md). Violations are printed.
 */
import { checkCrashStates } from '../test/harness/crash-states/check-all.ts'

export async function measureCrashStates(): Promise<Record<string, number>> {
  const { violations, ...figures } = await checkCrashStates()
  for (const v of violations.slice(0, 20))
    process.stderr.write(
      `\ncrash state (${v.workload}, after trace line ${v.at}, ${v.dropped} unsynced dropped): ${v.problems.join('; ')}`,
    )
  return figures
}
