/**
 * Every access rule of the embedded broker, tried by a real mqtt.js client
 * of the wrong role: anonymous and unknown logins, publishing and
 * subscribing outside a role's grants, $SYS, other sites, payload size and
 * topic depth. The hub's own command rules (what a device may ask) follow.
 */
import t, { type Test } from 'tap'
import mqtt, { type MqttClient } from 'mqtt'
import type { Device } from '../../firmware/bus/devices.ts'
import { PASSWORD, startBroker } from '../fixtures/broker.ts'
import { permitFor } from '../../firmware/hub/command-rules.ts'
import { grantsOf } from '../../firmware/bus/access-list.ts'

const ROOT = 'qms/v1/test-site'
const devices: Device[] = [
  { id: 'hub', role: 'hub', board: 'main' },
  { id: 'box-dispenser', role: 'dispenser', board: 'box', services: ['deposits'] },
  { id: 'desk-counter-c1', role: 'counter', board: 'desk', counter: 'c1' },
  { id: 'hall-display', role: 'display', board: 'hall' },
  { id: 'hall-announcer', role: 'announcer', board: 'hall' },
]

async function connect(t: Test, port: number, username?: string, password = PASSWORD): Promise<MqttClient> {
  const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${port}`, {
    reconnectPeriod: 0,
    ...(username ? { username, password } : {}),
  })
  t.teardown(() => client.endAsync(true))
  return client
}

/**
 * Whether a publish by a fresh login of `username` reaches a subscriber that
 * may read everything. A refused publish also costs the sender its
 * connection: MQTT 3.1.1 has no way to refuse a PUBLISH, so the broker
 * disconnects a device that sends where it may not.
 */
async function delivered(
  t: Test,
  port: number,
  watcher: MqttClient,
  username: string | undefined,
  topic: string,
  payload: string | Buffer = '{}',
): Promise<boolean> {
  const from = username ? await connect(t, port, username) : await connectWs(t, port)
  const closed = new Promise<boolean>((resolve) => from.once('close', () => resolve(true)))
  const seen = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 400)
    const listener = (got: string) => {
      if (got !== topic) return
      clearTimeout(timer)
      watcher.off('message', listener)
      resolve(true)
    }
    watcher.on('message', listener)
  })
  from.publish(topic, payload, { qos: 0 })
  const ok = await seen
  if (!ok)
    t.ok(
      await Promise.race([closed, new Promise<boolean>((r) => setTimeout(() => r(false), 1000))]),
      `${username ?? 'a page'} was disconnected for sending to ${topic}`,
    )
  return ok
}

let wsPort = 0
async function connectWs(t: Test, _port: number): Promise<MqttClient> {
  const client = await mqtt.connectAsync(`ws://127.0.0.1:${wsPort}`, { reconnectPeriod: 0 })
  t.teardown(() => client.endAsync(true))
  return client
}

/** Whether the broker grants a subscription: mqtt.js rejects on a 0x80 SUBACK; aedes closes on a filter too deep. */
async function granted(client: MqttClient, filter: string): Promise<boolean> {
  try {
    const [grant] = await client.subscribeAsync(filter, { qos: 1 })
    return grant!.qos !== 128
  } catch {
    return false
  }
}

t.test('anonymous, unknown and wrong-password logins are refused', async (t) => {
  const broker = await startBroker(devices)
  t.teardown(() => broker.stop())
  const url = `mqtt://127.0.0.1:${broker.port}`
  for (const options of [
    {},
    { username: 'nobody', password: PASSWORD },
    { username: 'box-dispenser', password: 'wrong-password-x' },
  ]) {
    await t.rejects(
      mqtt.connectAsync(url, { reconnectPeriod: 0, ...options }),
      /Bad username or password|Not authorized/i,
      JSON.stringify(options),
    )
  }
})

t.test('each role publishes and subscribes only within its grants', async (t) => {
  const broker = await startBroker(devices)
  t.teardown(() => broker.stop())
  const hub = await connect(t, broker.port, 'hub')
  await hub.subscribeAsync(`${ROOT}/#`, { qos: 1 })
  const sends = (who: string, topic: string) => delivered(t, broker.port, hub, who, topic)
  t.ok(await sends('box-dispenser', `${ROOT}/cmd/box-dispenser`), 'a box sends on its own command topic')
  t.notOk(await sends('box-dispenser', `${ROOT}/cmd/desk-counter-c1`), 'a box cannot speak as a keypad')
  t.notOk(await sends('desk-counter-c1', `${ROOT}/cmd/box-dispenser`), 'a keypad cannot speak as a box')
  t.notOk(await sends('box-dispenser', `${ROOT}/state/counter/c1`), 'a box cannot forge retained state')
  t.notOk(await sends('hall-display', `${ROOT}/cmd/hall-display`), 'a display sends no commands')
  t.notOk(await sends('hall-announcer', `${ROOT}/event/ticket.called`), 'an announcer cannot forge a call')
  t.ok(await sends('hall-display', `${ROOT}/state/device/hall-display`), 'a display reports its own health')
  t.notOk(await sends('hall-display', `${ROOT}/state/device/box-dispenser`), "but not another device's")
  t.notOk(await sends('box-dispenser', 'qms/v1/other-site/cmd/box-dispenser'), 'nothing outside the root is published')

  const box = await connect(t, broker.port, 'box-dispenser')
  const keypad = await connect(t, broker.port, 'desk-counter-c1')
  const display = await connect(t, broker.port, 'hall-display')
  const announcer = await connect(t, broker.port, 'hall-announcer')

  t.ok(await granted(display, `${ROOT}/state/counter/+`), 'a display reads counter state')
  t.notOk(await granted(display, `${ROOT}/reply/box-dispenser`), "a display cannot read a box's answers")
  t.notOk(await granted(display, `${ROOT}/#`), 'a display cannot read everything')
  t.notOk(await granted(display, `${ROOT}/event/#`), 'a display does not read raw events')
  t.ok(await granted(keypad, `${ROOT}/state/counter/c1`), 'a keypad reads its own counter')
  t.notOk(await granted(keypad, `${ROOT}/state/counter/c2`), 'not another counter')
  t.notOk(await granted(keypad, `${ROOT}/reply/+`), "nor everyone's answers")
  t.ok(await granted(announcer, `${ROOT}/event/ticket.called`), 'the announcer hears calls')
  t.notOk(await granted(announcer, `${ROOT}/event/#`), 'and only calls')
  for (const client of [box, keypad, display, announcer]) {
    t.notOk(await granted(client, '$SYS/#'), '$SYS is refused')
    t.notOk(await granted(client, 'qms/v1/other-site/#'), 'another site is refused')
    t.notOk(await granted(client, '#'), 'the whole broker is refused')
  }
})

t.test('payload size and topic depth have limits', async (t) => {
  const broker = await startBroker(devices, { limits: { maxPayloadBytes: 1024, maxTopicLevels: 4 } })
  t.teardown(() => broker.stop())
  const hub = await connect(t, broker.port, 'hub')
  await hub.subscribeAsync(`${ROOT}/#`, { qos: 1 })
  t.ok(
    await delivered(t, broker.port, hub, 'box-dispenser', `${ROOT}/cmd/box-dispenser`, Buffer.alloc(1024, 0x20)),
    'at the limit: delivered',
  )
  t.notOk(
    await delivered(t, broker.port, hub, 'box-dispenser', `${ROOT}/cmd/box-dispenser`, Buffer.alloc(1025, 0x20)),
    'one byte over: refused',
  )
  const deep = await connect(t, broker.port, 'hub')
  t.notOk(await granted(deep, `${ROOT}/a/b/c/d/e`), 'a filter deeper than the limit is refused')
})

t.test('too many connections a minute from one address are cut', async (t) => {
  const broker = await startBroker(devices, { limits: { connectionsPerMinute: 3 } })
  t.teardown(() => broker.stop())
  for (let i = 0; i < 3; i++) await connect(t, broker.port, 'hall-display')
  const fourth = mqtt.connect(`mqtt://127.0.0.1:${broker.port}`, {
    reconnectPeriod: 0,
    connectTimeout: 2000,
    username: 'hall-display',
    password: PASSWORD,
  })
  t.teardown(() => fourth.end(true))
  const outcome = await new Promise<string>((resolve) => {
    fourth.once('connect', () => resolve('connected'))
    fourth.once('close', () => resolve('closed'))
  })
  t.equal(outcome, 'closed', 'the fourth connection this minute is closed before any answer')
})

t.test('a WebSocket page without a login reads the public state only', async (t) => {
  const broker = await startBroker(devices, { websocketPort: 0 })
  t.teardown(() => broker.stop())
  wsPort = broker.websocketPort!
  const page = await mqtt.connectAsync(`ws://127.0.0.1:${broker.websocketPort}`, { reconnectPeriod: 0 })
  t.teardown(() => page.endAsync(true))
  const hub = await connect(t, broker.port, 'hub')
  await hub.publishAsync(`${ROOT}/state/calls`, JSON.stringify({ calls: [{ label: 'A001' }] }), {
    qos: 1,
    retain: true,
  })
  const got = new Promise<string>((resolve) => page.on('message', (topic, payload) => resolve(`${topic} ${payload}`)))
  t.ok(await granted(page, `${ROOT}/state/calls`))
  t.match(await got, /state\/calls .*A001/, 'the retained calls arrive over WebSocket')
  t.notOk(await granted(page, `${ROOT}/reply/+`), 'no answers')
  await hub.subscribeAsync(`${ROOT}/#`, { qos: 1 })
  t.notOk(await delivered(t, broker.port, hub, undefined, `${ROOT}/cmd/box-dispenser`), 'no commands')
  await t.rejects(
    mqtt.connectAsync(`mqtt://127.0.0.1:${broker.port}`, { reconnectPeriod: 0 }),
    /Bad username or password/,
    'the same anonymous login over TCP is refused',
  )
})

t.test('the hub lets a device ask only what its role may', async (t) => {
  const [, box, keypad, display] = devices
  t.equal(permitFor(box, box!.id)({ type: 'issue', service: 'deposits' }), undefined)
  t.match(permitFor(box, box!.id)({ type: 'issue', service: 'loans' }), {
    code: 'not-allowed',
    message: /no button for "loans"/,
  })
  t.match(permitFor(box, box!.id)({ type: 'callNext', counter: 'c1' }), { code: 'not-allowed' })
  t.equal(permitFor(keypad, keypad!.id)({ type: 'callNext', counter: 'c1' }), undefined)
  t.match(permitFor(keypad, keypad!.id)({ type: 'callNext', counter: 'c2' }), {
    code: 'not-allowed',
    message: /counter c1, not c2/,
  })
  t.match(permitFor(keypad, keypad!.id)({ type: 'issue', service: 'deposits' }), { code: 'not-allowed' })
  t.match(permitFor(keypad, keypad!.id)({ type: 'tick' }), { code: 'not-allowed' })
  t.match(permitFor(display, display!.id)({ type: 'pause', counter: 'c1' }), { code: 'not-allowed' })
  t.match(permitFor(undefined, 'laptop')({ type: 'issue', service: 'deposits' }), {
    code: 'not-allowed',
    message: /not a device of this site/,
  })
})

t.test('a viewer publishes nothing', async (t) => {
  t.same(grantsOf({ role: 'viewer', id: 'v' }).publish, [])
})
