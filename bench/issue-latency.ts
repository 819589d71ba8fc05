/**
 * Hub.execute of one issue command to its answer, one at a time: decide,
 * apply, journal append, fdatasync, answer. The figure rule 2 puts on every
 * ticket the box prints.
 *
 * Two figures. Cold: the first 2,000 commands after start, while V8's
 * optimising compiler is still compiling the hub's code — each of those
 * compilations pauses the command it lands in by 1–9 ms, at the same
 * command counts run after run (with --no-opt the cold p99 falls from ~1.6
 * to ~0.7 ms). Steady: 2,000 commands once 6,000 have run and the code is
 * compiled, which is how a hub serves for the rest of its life; the target
 * is held to this one (docs/performance.md).
 */
import { join } from 'node:path'
import { benchDir } from './bench-dir.ts'
import { req, SERVICES, startHub } from './bench-site.ts'
import { percentile } from './stats.ts'
import type { Hub } from '../firmware/hub/hub.ts'

export type IssueLatencyResult = {
  issue_p50_ms: number
  issue_p99_ms: number
  issue_cold_p99_ms: number
}

async function issues(hub: Hub, count: number): Promise<number[]> {
  const ms: number[] = []
  for (let i = 0; i < count; i++) {
    const t0 = performance.now()
    const answer = await hub.execute({ req: req(), type: 'issue', service: SERVICES[i % SERVICES.length] }, 'box')
    ms.push(performance.now() - t0)
    if (answer.status !== 'ok') throw new Error(`issue refused: ${JSON.stringify(answer)}`)
  }
  return ms
}

export async function measureIssueLatency(samples = 2000): Promise<IssueLatencyResult> {
  const hub = await startHub(join(await benchDir('issue'), 'journal'))
  try {
    // The first command starts the business day and opens the segment: not a ticket's path.
    await issues(hub, 1)
    const cold = await issues(hub, samples)
    await issues(hub, 4000)
    const steady = await issues(hub, samples)
    return { issue_p50_ms: percentile(steady, 50), issue_p99_ms: percentile(steady, 99), issue_cold_p99_ms: percentile(cold, 99) }
  } finally {
    await hub.stop()
  }
}
