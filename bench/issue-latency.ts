/**
 * Hub.execute of one issue command to its answer, one at a time: decide,
 * apply, journal append, fdatasync, answer. The figure rule 2 puts on every
 * ticket the box prints.
 */
import { join } from 'node:path'
import { benchDir } from './bench-dir.ts'
import { req, SERVICES, startHub } from './bench-site.ts'
import { percentile } from './stats.ts'

export type IssueLatencyResult = {
  issue_p50_ms: number
  issue_p99_ms: number
}

export async function measureIssueLatency(samples = 2000): Promise<IssueLatencyResult> {
  const hub = await startHub(join(await benchDir('issue'), 'journal'))
  const ms: number[] = []
  try {
    // Warm-up: the first command starts the business day and opens the segment.
    for (let i = 0; i < 50; i++) await hub.execute({ req: req(), type: 'issue', service: SERVICES[i % SERVICES.length] }, 'box')
    for (let i = 0; i < samples; i++) {
      const t0 = performance.now()
      const answer = await hub.execute({ req: req(), type: 'issue', service: SERVICES[i % SERVICES.length] }, 'box')
      ms.push(performance.now() - t0)
      if (answer.status !== 'ok') throw new Error(`issue refused: ${JSON.stringify(answer)}`)
    }
  } finally {
    await hub.stop()
  }
  return { issue_p50_ms: percentile(ms, 50), issue_p99_ms: percentile(ms, 99) }
}
