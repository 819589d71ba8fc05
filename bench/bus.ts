/**
 * The bus between processes, as boards use it: the firmware's BusClient in
 * this process stands for a ticket box, the hub is its own process.
 * - bus_issue_p99_ms: issue to answer through the hub's embedded broker;
 * - bus_issue_mosquitto_p99_ms: the same through Debian's mosquitto;
 * - bus_echo_p99_ms / bus_echo_mosquitto_p99_ms: their floor, a bare MQTT
 *   echo on the same broker (one device's message relayed back by another:
 *   the same two hops through the broker, no hub work). Both hubs run at
 *   once and the four kinds of sample take turns, so that a busy machine
 *   weighs on each figure and its floor alike;
 * - resync_50_devices_ms: from spawning a restarted hub until 50 devices,
 *   backing off as they do, are connected again and have the hub's fresh
 *   retained state.
 */
import { chmod, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { Socket } from 'node:net'
import mqtt from 'mqtt'
import pino from 'pino'
import { BusClient } from '../firmware/bus/client.ts'
import { deviceId } from '../firmware/bus/devices.ts'
import { topics } from '../firmware/bus/topics.ts'
import { checkConfig } from '../firmware/site/config/load.ts'
import { boxDevice, HubProcess, TEST_PASSWORD, writeHubConfig } from '../test/harness/hub-process.ts'
import { freePort, Mosquitto } from '../test/harness/mosquitto.ts'
import { benchDir } from './bench-dir.ts'
import { SERVICES, siteDocument } from './bench-site.ts'
import { p99 } from './stats.ts'
import { intlZones } from '../test/fixtures/zones.ts'

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

/** One box's issue to its answer, timed. */
async function issuer(port: number): Promise<{ sample(i: number): Promise<number>; stop(): Promise<void> }> {
  const box = device(0, port)
  await box.start()
  while (!box.reachable) await new Promise((r) => setTimeout(r, 10))
  return {
    async sample(i) {
      const t0 = performance.now()
      const answer = await box.request({ type: 'issue', service: SERVICES[i % SERVICES.length]! })
      if (answer.status !== 'ok') throw new Error(`issue failed: ${JSON.stringify(answer)}`)
      return performance.now() - t0
    },
    stop: () => box.stop(),
  }
}

/**
 * A bare MQTT round trip: box 1 publishes on its health topic, box 2 answers on its own, box 1 reads it
 * (health topics are what a box may publish and read; the payload is a well-formed "online").
 */
async function echo(port: number): Promise<{ sample(): Promise<number>; stop(): Promise<void> }> {
  const [a, b] = [boxDevice(1), boxDevice(2)]
  const connect = async (id: string) => {
    const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${port}`, {
      clientId: id,
      username: id,
      password: TEST_PASSWORD,
      reconnectPeriod: 0,
    })
    ;(client.stream as Socket).setNoDelay(true)
    return client
  }
  const ping = await connect(a)
  const pong = await connect(b)
  const online = (id: string) => JSON.stringify({ device: id, online: true })
  await pong.subscribeAsync(site.deviceHealth(a), { qos: 1 })
  pong.on('message', () => void pong.publish(site.deviceHealth(b), online(b), { qos: 1 }))
  await ping.subscribeAsync(site.deviceHealth(b), { qos: 1 })
  let answered: (() => void) | undefined
  ping.on('message', () => answered?.())
  return {
    async sample() {
      const back = new Promise<void>((r) => (answered = r))
      const t0 = performance.now()
      ping.publish(site.deviceHealth(a), online(a), { qos: 1 })
      await back
      return performance.now() - t0
    },
    stop: async () => {
      await ping.endAsync()
      await pong.endAsync()
    },
  }
}

/** Issue and echo on the aedes hub and on the mosquitto one, in turn, `samples` of each. */
async function interleaved(aedesPort: number, mosquittoPort: number, samples = 1000): Promise<Record<string, number>> {
  // Figure name → its sampler: one of each per turn.
  const samplers: Array<[string, { sample(i: number): Promise<number>; stop(): Promise<void> }]> = [
    ['bus_issue_p99_ms', await issuer(aedesPort)],
    ['bus_issue_mosquitto_p99_ms', await issuer(mosquittoPort)],
    ['bus_echo_p99_ms', await echo(aedesPort)],
    ['bus_echo_mosquitto_p99_ms', await echo(mosquittoPort)],
  ]
  const ms = samplers.map((): number[] => [])
  try {
    for (let i = 0; i < samples; i++)
      for (const [k, [, sampler]] of samplers.entries()) ms[k]!.push(await sampler.sample(i))
  } finally {
    for (const [, sampler] of samplers) await sampler.stop()
  }
  return Object.fromEntries(samplers.map(([name], k) => [name, p99(ms[k]!)]))
}

async function benchSite(
  name: string,
  external: boolean,
): Promise<{ dir: string; file: string; port: number; doc: Record<string, any> }> {
  const dir = await benchDir(name)
  const port = await freePort()
  const doc = structuredClone(siteDocument)
  doc.hub.broker = { port, ...(external ? { mode: 'external' } : {}) }
  return { dir, file: await writeHubConfig(dir, doc), port, doc }
}

export async function measureBus(samples = 1000): Promise<Record<string, number>> {
  const embedded = await benchSite('bus', false)
  const external = await benchSite('bus-mosquitto', true)
  // Mosquitto, started as root, drops to its own user, which must reach its files.
  await chmod(external.dir, 0o755)
  await mkdir(join(external.dir, 'mosquitto'))
  let hub = await HubProcess.start(embedded.file, join(embedded.dir, 'data'))
  let figures: Record<string, number>
  let resync_50_devices_ms: number
  try {
    const broker = await Mosquitto.start(
      checkConfig(external.doc, 'bench site', intlZones, 'hub-board'),
      join(external.dir, 'mosquitto'),
    )
    try {
      const viaMosquitto = await HubProcess.start(external.file, join(external.dir, 'data'))
      try {
        figures = await interleaved(hub.port, external.port, samples)
      } finally {
        await viaMosquitto.stop()
      }
    } finally {
      await broker.stop()
    }
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
  return { ...figures, resync_50_devices_ms }
}
