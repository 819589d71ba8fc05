/**
 * The hub process over MQTT: one device's issue round trip (as the firmware's
 * BusClient sends, Nagle on, and with TCP_NODELAY), then 10,000 tickets from
 * 50 devices at once and the process's VmRSS after them (`rss_hub_mb`: the
 * hub alone; the all-in-one board's is `rss_mb`, bench/all-in-one.ts).
 */
import { join } from 'node:path'
import { boxDevice, HubProcess, writeHubConfig } from '../test/harness/hub-process.ts'
import { MqttDevice } from '../test/harness/mqtt-device.ts'
import { benchDir } from './bench-dir.ts'
import { SERVICES, siteDocument } from './bench-site.ts'
import { median } from './stats.ts'

export type MqttLoadResult = {
  mqtt_issue_p50_ms: number
  mqtt_issue_nodelay_p50_ms: number
  rss_hub_mb: number
  rss_ready_mb: number
}

async function issue(device: MqttDevice, service: string): Promise<void> {
  const outcome = await device.request({ type: 'issue', service })
  if (outcome === 'lost' || outcome.status !== 'ok')
    throw new Error(`issue over MQTT failed: ${JSON.stringify(outcome)}`)
}

async function roundTrip(port: number, noDelay: boolean, samples = 40): Promise<number> {
  const device = new MqttDevice(boxDevice(noDelay ? 1 : 0), siteDocument.site.id)
  await device.connect(port, { noDelay })
  const ms: number[] = []
  try {
    for (let i = 0; i < samples; i++) {
      const t0 = performance.now()
      await issue(device, SERVICES[i % SERVICES.length]!)
      ms.push(performance.now() - t0)
    }
  } finally {
    device.drop()
  }
  return median(ms)
}

export async function measureMqttLoad(tickets = 10_000, devices = 50): Promise<MqttLoadResult> {
  const dir = await benchDir('mqtt')
  const hub = await HubProcess.start(await writeHubConfig(dir, siteDocument), join(dir, 'data'))
  try {
    const rss_ready_mb = await hub.rssMb()
    const mqtt_issue_p50_ms = await roundTrip(hub.port, false)
    const mqtt_issue_nodelay_p50_ms = await roundTrip(hub.port, true)
    const boxes = Array.from({ length: devices }, (_, i) => new MqttDevice(boxDevice(i), siteDocument.site.id))
    await Promise.all(boxes.map((b) => b.connect(hub.port)))
    let next = 0
    await Promise.all(
      boxes.map(async (box) => {
        while (next < tickets) await issue(box, SERVICES[next++ % SERVICES.length]!)
      }),
    )
    const rss_hub_mb = await hub.rssMb()
    for (const box of boxes) box.drop()
    return { mqtt_issue_p50_ms, mqtt_issue_nodelay_p50_ms, rss_hub_mb, rss_ready_mb }
  } finally {
    await hub.stop()
  }
}
