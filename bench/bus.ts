/**
 * The bus between processes, as boards use it: the firmware's BusClient in
 * this process stands for a ticket box, the hub is its own process.
 * - bus_issue_p99_ms: issue to answer through the hub's embedded broker;
 * - bus_issue_mosquitto_p99_ms: the same through Debian's mosquitto;
 * - resync_50_devices_ms: from spawning a restarted hub until 50 devices,
 *   backing off as they do, are connected again and have the hub's fresh
 *   retained state.
 */
import { chmod, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import pino from 'pino'
import { BusClient } from '../firmware/bus/client.ts'
import { deviceId } from '../firmware/bus/devices.ts'
import { topics } from '../firmware/bus/topics.ts'
import { checkConfig } from '../firmware/site/config/load.ts'
import { boxDevice, HubProcess, TEST_PASSWORD, writeHubConfig } from '../test/harness/hub-process.ts'
import { freePort, Mosquitto } from '../test/harness/mosquitto.ts'
import { benchDir } from './bench-dir.ts'
import { SERVICES, siteDocument } from './bench-site.ts'
import { percentile } from './stats.ts'

const site = topics(siteDocument.site.id)
const logger = pino({ level: 'silent' })

function device(i: number, port: number): BusClient {
  const id = boxDevice(i)
  return new BusClient({
    url: `mqtt://127.0.0.1:${port}`,
    device: id,
    username: id,
    password: TEST_PASSWORD,
    topics: site,
    logger,
    hubHealth: site.deviceHealth(deviceId('hub-board', 'hub')),
  })
}

async function issueP99(port: number, samples = 500): Promise<number> {
  const box = device(0, port)
  await box.start()
  while (!box.reachable) await new Promise((r) => setTimeout(r, 10))
  const ms: number[] = []
  try {
    for (let i = 0; i < samples; i++) {
      const t0 = performance.now()
      const answer = await box.request({ type: 'issue', service: SERVICES[i % SERVICES.length]! })
      ms.push(performance.now() - t0)
      if (answer.status !== 'ok') throw new Error(`issue failed: ${JSON.stringify(answer)}`)
    }
  } finally {
    await box.stop()
  }
  return percentile(ms, 99)
}

async function benchSite(name: string, external: boolean): Promise<{ dir: string; file: string; port: number; doc: Record<string, any> }> {
  const dir = await benchDir(name)
  const port = await freePort()
  const doc = structuredClone(siteDocument)
  doc.hub.broker = { port, ...(external ? { mode: 'external' } : {}) }
  return { dir, file: await writeHubConfig(dir, doc), port, doc }
}

export async function measureBus(): Promise<Record<string, number>> {
  const embedded = await benchSite('bus', false)
  let hub = await HubProcess.start(embedded.file, join(embedded.dir, 'data'))
  let bus_issue_p99_ms: number
  let resync_50_devices_ms: number
  try {
    bus_issue_p99_ms = await issueP99(hub.port)
    const devices = Array.from({ length: 50 }, (_, i) => device(i, embedded.port))
    const fresh = new Set<number>()
    let restartedAt = Infinity
    await Promise.all(
      devices.map(async (d, i) => {
        await d.subscribe('servicesState', site.servicesState, () => void (Date.now() >= restartedAt && fresh.add(i)))
        await d.start()
      }),
    )
    await hub.kill()
    // The devices notice and back off, as they would while a hub reboots.
    await new Promise((r) => setTimeout(r, 1000))
    restartedAt = Date.now()
    const t0 = performance.now()
    hub = await HubProcess.start(embedded.file, join(embedded.dir, 'data'))
    while (fresh.size < devices.length || devices.some((d) => !d.reachable)) await new Promise((r) => setTimeout(r, 5))
    resync_50_devices_ms = performance.now() - t0
    await Promise.all(devices.map((d) => d.stop()))
  } finally {
    await hub.stop()
  }

  const external = await benchSite('bus-mosquitto', true)
  // Mosquitto, started as root, drops to its own user, which must reach its files.
  await chmod(external.dir, 0o755)
  await mkdir(join(external.dir, 'mosquitto'))
  const broker = await Mosquitto.start(checkConfig(external.doc, 'bench site', 'hub-board'), join(external.dir, 'mosquitto'))
  let bus_issue_mosquitto_p99_ms: number
  try {
    const viaMosquitto = await HubProcess.start(external.file, join(external.dir, 'data'))
    try {
      bus_issue_mosquitto_p99_ms = await issueP99(external.port)
    } finally {
      await viaMosquitto.stop()
    }
  } finally {
    await broker.stop()
  }
  return { bus_issue_p99_ms, bus_issue_mosquitto_p99_ms, resync_50_devices_ms }
}
