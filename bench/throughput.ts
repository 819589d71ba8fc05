/**
 * Sustained tickets per second with many commands in flight at once, so that
 * group commit shares one write + fdatasync among many records.
 */
import { join } from 'node:path'
import { benchDir } from './bench-dir.ts'
import { req, SERVICES, startHub } from './bench-site.ts'

export type ThroughputResult = {
  tickets_per_s: number
  /** Commands outstanding at any moment. */
  in_flight: number
}

/**
 * `tickets` issue commands into a fresh business day, `inFlight` of them
 * outstanding at any moment. 5,000 is a very busy branch's whole day; the
 * figure falls as the day fills (see docs/performance.md), so the day size
 * is part of the result.
 */
export async function measureThroughput(tickets = 5000, inFlight = 256): Promise<ThroughputResult> {
  const hub = await startHub(join(await benchDir('throughput'), 'journal'))
  let next = 0
  const device = async (box: number) => {
    while (next < tickets) {
      const i = next++
      const answer = await hub.execute(
        { req: req(), type: 'issue', service: SERVICES[i % SERVICES.length] },
        `box${box}`,
      )
      if (answer.status !== 'ok') throw new Error(`issue refused: ${JSON.stringify(answer)}`)
    }
  }
  try {
    await hub.execute({ req: req(), type: 'tick' }, 'clock')
    const t0 = performance.now()
    await Promise.all(Array.from({ length: inFlight }, (_, box) => device(box)))
    const seconds = (performance.now() - t0) / 1000
    return { tickets_per_s: tickets / seconds, in_flight: inFlight }
  } finally {
    await hub.stop()
  }
}
