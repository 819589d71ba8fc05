import t, { type Test } from 'tap'
import { once } from 'node:events'
import mqtt from 'mqtt'
import pino from 'pino'
import type { Device } from '../../firmware/bus/devices.ts'
import { PASSWORD, startBroker } from '../fixtures/broker.ts'
import { BusClient } from '../../firmware/bus/client.ts'
import { topics } from '../../firmware/bus/topics.ts'

const logger = pino({ level: process.env.BROKER_LOG ?? 'silent' })

const hubLogin: Device = { id: 'hub', role: 'hub', board: 'b' }
const boxLogin: Device = { id: 'box', role: 'dispenser', board: 'b', services: ['deposits'] }

/** A broker with the hub and box logins, and an outside mqtt.js client playing the hub, reading every command. */
async function withHub(t: Test) {
  const broker = await startBroker([hubLogin, boxLogin])
  t.teardown(() => broker.stop())
  const site = topics('test-site')
  const url = `mqtt://127.0.0.1:${broker.port}`
  const hub = await mqtt.connectAsync(url, { username: 'hub', password: PASSWORD })
  t.teardown(() => hub.endAsync())
  await hub.subscribeAsync(site.commandAll, { qos: 1 })
  return { site, url, hub }
}

t.test('a request gets its answer through the real broker; garbage is ignored', async (t) => {
  // The hub answers every command, but first sends junk on the reply topic.
  const { site, url, hub } = await withHub(t)
  hub.on('message', (topic, payload) => {
    const device = topic.split('/').pop() as string
    const command = JSON.parse(payload.toString()) as { req: string; type: string }
    void hub.publishAsync(site.reply(device), 'not json {', { qos: 1 })
    void hub.publishAsync(site.reply(device), JSON.stringify({ req: 'someone-else', status: 'ok', data: 1 }), {
      qos: 1,
    })
    void hub.publishAsync(
      site.reply(device),
      JSON.stringify({ req: command.req, status: 'ok', data: { echoed: command.type } }),
      { qos: 1 },
    )
  })
  const device = new BusClient({ url, device: 'box', username: 'box', password: PASSWORD, topics: site, logger })
  await device.start()
  t.teardown(() => device.stop())
  const answer = await device.request({ type: 'issue', service: 'deposits' })
  t.equal(answer.status, 'ok')
  t.same(answer.status === 'ok' && answer.data, { echoed: 'issue' })
})

t.test('no hub: the request ends in a readable error, not a hang', async (t) => {
  const broker = await startBroker([boxLogin], { site: 's' })
  t.teardown(() => broker.stop())
  const device = new BusClient({
    url: `mqtt://127.0.0.1:${broker.port}`,
    device: 'box',
    username: 'box',
    password: PASSWORD,
    topics: topics('s'),
    logger,
    timeoutMs: 300,
  })
  await device.start()
  t.teardown(() => device.stop())
  const answer = await device.request({ type: 'issue', service: 'x' })
  t.same(answer.status === 'error' && answer.error.code, 'hub-unreachable')
})

t.test('stop is safe twice', async (t) => {
  const broker = await startBroker([])
  await broker.stop()
  await broker.stop()
  t.equal(broker.port, 0)
})

t.test(
  'the hub away: nothing is sent; back again: reconnect with backoff, subscriptions and retained state return',
  async (t) => {
    const hubDevice: Device = { id: 'hub', role: 'hub', board: 'b' }
    const display: Device = { id: 'hall-display', role: 'display', board: 'b' }
    let broker = await startBroker([hubDevice, display, boxLogin])
    const port = broker.port
    const site = topics('test-site')
    const url = `mqtt://127.0.0.1:${port}`
    const seen: unknown[] = []
    const client = new BusClient({
      url,
      device: 'hall-display',
      commands: false,
      username: 'hall-display',
      password: PASSWORD,
      topics: site,
      logger,
      minDelayMs: 50,
      maxDelayMs: 200,
    })
    await client.subscribe('callsState', site.callsState, (payload) => seen.push(payload))
    await client.start()
    t.teardown(() => client.stop())
    const box = new BusClient({
      url,
      device: 'box',
      username: 'box',
      password: PASSWORD,
      topics: site,
      logger,
      minDelayMs: 50,
      maxDelayMs: 200,
    })
    await box.start()
    t.teardown(() => box.stop())

    const offline = [once(client, 'offline'), once(box, 'offline')]
    await broker.stop()
    await Promise.all(offline)
    const answer = await box.request({ type: 'issue', service: 'deposits' })
    t.match(
      answer,
      { status: 'error', error: { code: 'hub-unreachable', message: /nothing was sent/ } },
      'a press while the hub is away is refused at once',
    )

    broker = await startBroker([hubDevice, display, boxLogin], { port })
    t.teardown(() => broker.stop())
    const hub = await mqtt.connectAsync(url, { username: 'hub', password: PASSWORD })
    t.teardown(() => hub.endAsync())
    await hub.publishAsync(
      site.callsState,
      JSON.stringify({ day: '2026-11-22', calls: [{ label: 'A009', counter: 'c1', at: 1 }] }),
      { qos: 1, retain: true },
    )
    while (!client.connected || seen.length === 0) await new Promise((r) => setTimeout(r, 20))
    t.match(seen, [{ calls: [{ label: 'A009' }] }], 'the retained state arrives again on the renewed subscription')
  },
)

t.test(
  'a command the broker took but the hub never answered is sent again after the reconnect, with its request id',
  async (t) => {
    let broker = await startBroker([hubLogin, boxLogin])
    const port = broker.port
    const site = topics('test-site')
    const url = `mqtt://127.0.0.1:${port}`
    // The first hub takes the command and dies without answering.
    const dying = await mqtt.connectAsync(url, { username: 'hub', password: PASSWORD, reconnectPeriod: 0 })
    await dying.subscribeAsync(site.commandAll, { qos: 1 })
    const took = new Promise<[string, Buffer]>((resolve) =>
      dying.once('message', (topic, payload) => resolve([topic, payload])),
    )
    const box = new BusClient({
      url,
      device: 'box',
      username: 'box',
      password: PASSWORD,
      topics: site,
      logger,
      minDelayMs: 50,
      maxDelayMs: 200,
      timeoutMs: 20_000,
    })
    await box.start()
    t.teardown(() => box.stop())
    const answered = box.request({ type: 'issue', service: 'deposits' })
    const [, first] = await took
    const { req } = JSON.parse(first.toString()) as { req: string }
    dying.end(true)
    await broker.stop()

    broker = await startBroker([hubLogin, boxLogin], { port })
    t.teardown(() => broker.stop())
    const hub = await mqtt.connectAsync(url, { username: 'hub', password: PASSWORD })
    t.teardown(() => hub.endAsync())
    await hub.subscribeAsync(site.commandAll, { qos: 1 })
    hub.on('message', (topic, payload) => {
      const command = JSON.parse(payload.toString()) as { req: string }
      void hub.publishAsync(
        site.reply(topic.split('/').pop()!),
        JSON.stringify({ req: command.req, status: 'ok', data: { again: command.req } }),
        { qos: 1 },
      )
    })
    t.match(await answered, { req, status: 'ok', data: { again: req } }, 'the same request id, so the hub does it once')
  },
)

t.test('with an external broker the hub can be away while the broker is not: its health topic says so', async (t) => {
  const { site, url, hub } = await withHub(t)
  let answering = false
  hub.on('message', (topic, payload) => {
    const command = JSON.parse(payload.toString()) as { req: string }
    // The box may send a command twice (before the hub went away, and again); the hub answers each while it runs.
    if (answering && !hub.disconnecting)
      void hub.publishAsync(
        site.reply(topic.split('/').pop()!),
        JSON.stringify({ req: command.req, status: 'ok', data: {} }),
        { qos: 1 },
      )
  })
  const health = (online: boolean) =>
    hub.publishAsync(site.deviceHealth('hub'), JSON.stringify({ device: 'hub', online }), { qos: 1, retain: true })
  await health(true)
  const box = new BusClient({
    url,
    device: 'box',
    username: 'box',
    password: PASSWORD,
    topics: site,
    logger,
    hubHealth: site.deviceHealth('hub'),
    timeoutMs: 20_000,
  })
  await box.start()
  t.teardown(() => box.stop())
  while (!box.reachable) await new Promise((r) => setTimeout(r, 20))

  const sentBefore = box.request({ type: 'issue', service: 'deposits' })
  const away = once(box, 'offline')
  await health(false) // what the broker publishes as the hub's will when it dies
  await away
  t.ok(box.connected, 'still connected to the broker')
  t.match(await box.request({ type: 'issue', service: 'deposits' }), {
    status: 'error',
    error: { code: 'hub-unreachable', message: /nothing was sent/ },
  })

  answering = true
  await health(true)
  t.match(await sentBefore, { status: 'ok' }, 'the command sent before the hub went away is sent again when it is back')
})
