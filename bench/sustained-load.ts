/**
 * The hub process under sustained load (issue 14): 50 mqtt.js devices, each
 * sending its next command as soon as the previous one is answered, for
 * 60 s — half of them ticket boxes issuing, half counter keypads calling
 * the next customer (a call finishes the one before), so every ticket is
 * issued, called and finished and the day's waiting line stays short, as
 * at a branch; the rate is whatever the hub takes. The hub's VmRSS is read
 * from /proc every 250 ms: the figure is the value right after the last
 * answer, the peak beside it.
 */
import { join } from 'node:path'
import { boxDevice, hubConfigDocument, HubProcess, keypadDevice, writeHubConfig } from '../test/harness/hub-process.ts'
import { MqttDevice } from '../test/harness/mqtt-device.ts'
import { benchDir } from './bench-dir.ts'
import { SERVICES } from './bench-site.ts'

export type SustainedLoadResult = {
  rss_load_mb: number
  rss_load_peak_mb: number
  rss_load_start_mb: number
  load_answers_per_s: number
  /** Tickets issued during the load (each one also called and, but for the last few, finished). */
  load_tickets: number
}

export interface SustainedLoadOptions {
  seconds?: number
  devices?: number
  /** Called with each RSS sample (seconds since the load began, MiB), for a live view. */
  onSample?: (seconds: number, mb: number) => void
  /** Runs once the load is over, before the hub is stopped (to take a heap snapshot, say). */
  atEnd?: (hub: HubProcess) => Promise<void>
}

export async function measureSustainedLoad(options: SustainedLoadOptions = {}): Promise<SustainedLoadResult> {
  const seconds = options.seconds ?? 60
  const devices = options.devices ?? 50
  const half = Math.floor(devices / 2)
  const counters = Array.from({ length: devices - half }, (_, i) => `c${i + 1}`)
  const site = hubConfigDocument({ site: 'bench', services: SERVICES, counters, boxes: half })
  const dir = await benchDir('sustained')
  const hub = await HubProcess.start(await writeHubConfig(dir, site), join(dir, 'data'))
  const boxes = Array.from({ length: half }, (_, i) => new MqttDevice(boxDevice(i), site.site.id))
  const keypads = counters.map((c) => new MqttDevice(keypadDevice(c), site.site.id))
  const all = [...boxes, ...keypads]
  try {
    await Promise.all(all.map((d) => d.connect(hub.port)))
    const rss_load_start_mb = await hub.rssMb()
    let peak = rss_load_start_mb
    const t0 = performance.now()
    const end = t0 + seconds * 1000
    const sampler = setInterval(() => {
      void hub.rssMb().then((mb) => {
        peak = Math.max(peak, mb)
        options.onSample?.((performance.now() - t0) / 1000, mb)
      })
    }, 250)
    // "issue ok", "callNext queue-empty", ...: printed, so that a run that only met refusals shows.
    const outcomes = new Map<string, number>()
    let answers = 0
    let n = 0
    try {
      const run = async (device: MqttDevice, command: () => Record<string, unknown>) => {
        while (performance.now() < end) {
          const sent = command()
          const outcome = await device.request(sent)
          if (outcome === 'lost') throw new Error('the hub stopped answering under load')
          answers += 1
          const key = `${String(sent.type)} ${outcome.status === 'ok' ? 'ok' : outcome.error.code}`
          outcomes.set(key, (outcomes.get(key) ?? 0) + 1)
        }
      }
      await Promise.all([
        ...boxes.map((box) => run(box, () => ({ type: 'issue', service: SERVICES[n++ % SERVICES.length]! }))),
        ...keypads.map((keypad, i) => run(keypad, () => ({ type: 'callNext', counter: counters[i]! }))),
      ])
    } finally {
      clearInterval(sampler)
    }
    const rss_load_mb = await hub.rssMb()
    peak = Math.max(peak, rss_load_mb)
    await options.atEnd?.(hub)
    process.stderr.write(` [${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}]`)
    return {
      rss_load_mb,
      rss_load_peak_mb: peak,
      rss_load_start_mb,
      load_answers_per_s: answers / seconds,
      load_tickets: outcomes.get('issue ok') ?? 0,
    }
  } finally {
    for (const device of all) device.drop()
    await hub.stop()
  }
}
