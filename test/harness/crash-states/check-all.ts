/**
 * The whole check, shared by the test and `npm run bench`: trace each
 * workload through the built bundle, enumerate its crash states, recover
 * each one and count what did not hold. A sample of the states is also
 * started with the bundle itself (`qms run` to "ready").
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadConfig } from '../../../firmware/site/config/load.ts'
import { engineConfig } from '../../../firmware/site/config/engine-slice.ts'
import { HubProcess } from '../hub-process.ts'
import { enumerateCrashStates, type CrashState } from './crash-model.ts'
import { checkHubState } from './hub-check.ts'
import { traceHubRun, type HubRun } from './hub-workload.ts'
import { writeTree } from './tree-io.ts'
import { checkImportState, traceImportRun, type ImportRun } from './import-workload.ts'
import type { Trace } from './fs-ops.ts'
import { intlZones } from '../../fixtures/zones.ts'

export interface Violation {
  workload: string
  /** Trace position of the crash point, and how many unsynced operations the state dropped. */
  at: number
  dropped: number
  problems: string[]
}

export interface CrashFigures {
  crash_points: number
  crash_subsets_tried: number
  crash_states_checked: number
  crash_state_violations: number
  crash_states_bundle_started: number
  violations: Violation[]
}

/** States started through the bundle too: the ones that dropped the most, from the latest crash points. */
const BUNDLE_SAMPLE = 3

async function eachState(
  states: CrashState[],
  work: string,
  check: (dir: string, state: CrashState) => Promise<string[]>,
  workload: string,
  out: Violation[],
): Promise<void> {
  for (const [i, state] of states.entries()) {
    const dir = join(work, `state-${i}`)
    await writeTree(dir, state.tree)
    const problems = await check(dir, state)
    if (problems.length > 0) out.push({ workload, at: state.at, dropped: state.dropped, problems })
    await rm(dir, { recursive: true, force: true })
  }
}

export interface Workloads {
  hub: HubRun
  usbImport: ImportRun
}

export async function traceWorkloads(work: string): Promise<Workloads> {
  return { hub: await traceHubRun(join(work, 'hub')), usbImport: await traceImportRun() }
}

/**
 * Enumerates and checks the crash states of both traces. `traces` may
 * replace a workload's trace (the test removes syncs from one, to see the
 * check catch a writer that forgot them).
 */
export interface CheckOptions {
  traces?: { hub?: Trace; usbImport?: Trace }
  /** States started through the bundle. */
  bundleSample?: number
  /** Crash points per workload, evenly spread (default: every one). */
  points?: number
}

export async function checkWorkloads(runs: Workloads, work: string, options: CheckOptions = {}): Promise<CrashFigures> {
  const traces = options.traces ?? {}
  const violations: Violation[] = []
  const hubRun = runs.hub
  const hubStates = enumerateCrashStates(traces.hub ?? hubRun.trace, { points: options.points })
  const engine = engineConfig(await loadConfig(hubRun.configFile, intlZones, 'hub-board'), intlZones)
  const answers = (state: CrashState) => [...state.acked].flatMap((req) => hubRun.answered.get(req) ?? [])
  await eachState(
    hubStates.states,
    join(work, 'hub-states'),
    (dir, state) => checkHubState(dir, engine, answers(state), hubRun.endedAt),
    'hub',
    violations,
  )

  const sample = [...hubStates.states]
    .sort((a, b) => b.dropped - a.dropped || b.at - a.at)
    .slice(0, options.bundleSample ?? BUNDLE_SAMPLE)
  let started = 0
  for (const [i, state] of sample.entries()) {
    const dir = join(work, 'bundle-states', String(i))
    await writeTree(dir, state.tree)
    try {
      const hub = await HubProcess.start(hubRun.configFile, dir)
      await hub.stop()
      started += 1
    } catch (err) {
      violations.push({
        workload: 'hub through the bundle',
        at: state.at,
        dropped: state.dropped,
        problems: [(err as Error).message],
      })
    }
  }

  const importStates = enumerateCrashStates(traces.usbImport ?? runs.usbImport.trace, { points: options.points })
  await eachState(
    importStates.states,
    join(work, 'import-states'),
    (dir, state) => checkImportState(dir, runs.usbImport, state),
    'usb import',
    violations,
  )

  return {
    crash_points: hubStates.points + importStates.points,
    crash_subsets_tried: hubStates.tried + importStates.tried,
    crash_states_checked: hubStates.states.length + importStates.states.length + started,
    crash_state_violations: violations.length,
    crash_states_bundle_started: started,
    violations,
  }
}

/** Both workloads traced and checked, in a temp folder removed afterwards (`npm run bench`). */
export async function checkCrashStates(): Promise<CrashFigures> {
  const work = await mkdtemp(join(tmpdir(), 'qms-crash-'))
  try {
    const runs = await traceWorkloads(work)
    try {
      return await checkWorkloads(runs, work)
    } finally {
      await runs.usbImport.dispose()
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
