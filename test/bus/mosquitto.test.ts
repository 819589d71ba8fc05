/**
 * A site that runs its own broker: Debian's mosquitto, started here on the
 * files `qms broker-config` writes, with the hub connecting to it as a
 * client. Mosquitto must admit the site's logins only and enforce the same
 * access list as the embedded broker.
 */
import t, { type Test } from 'tap'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import mqtt, { type MqttClient } from 'mqtt'
import pino from 'pino'
import { Appliance } from '../../firmware/shell/app.ts'
import { checkConfig } from '../../firmware/site/config/load.ts'
import { boxDevice, hubConfigDocument, keypadDevice, TEST_PASSWORD } from '../harness/hub-process.ts'
import { MqttDevice } from '../harness/mqtt-device.ts'
import { freePort, Mosquitto } from '../harness/mosquitto.ts'
import { intlZones } from '../fixtures/zones.ts'

const VIEWER = { name: 'watcher', password: 'watcher-password-1' }

async function site(t: Test) {
  const dir = await mkdtemp(join(tmpdir(), 'qms-mosquitto-'))
  const doc = hubConfigDocument({ boxes: 2 })
  doc.hub.broker = { mode: 'external', host: '127.0.0.1', port: await freePort(), viewers: [VIEWER] }
  doc.boards.push({
    id: 'hall',
    roles: ['display'],
    password: TEST_PASSWORD,
    displays: [{ id: 'hall', kind: 'hall', lines: 4, output: { driver: 'simulated' } }],
  })
  const config = checkConfig(doc, 'mosquitto site', intlZones, 'hub-board')
  const broker = await Mosquitto.start(config, dir)
  t.teardown(() => broker.stop())
  const app = new Appliance({ zones: intlZones, config, dataDir: join(dir, 'data'), logger: pino({ level: 'silent' }) })
  await app.start()
  t.teardown(() => app.stop())
  const url = `mqtt://127.0.0.1:${broker.port}`
  const login = async (username?: string, password = TEST_PASSWORD): Promise<MqttClient> => {
    const client = await mqtt.connectAsync(url, {
      reconnectPeriod: 0,
      connectTimeout: 5000,
      ...(username ? { username, password } : {}),
    })
    t.teardown(() => client.endAsync(true))
    return client
  }
  return { dir, config, broker, app, login, root: app.topics.root }
}

/** Whether a message on `topic` reaches `watcher` within 500 ms of `send`. */
async function arrives(watcher: MqttClient, topic: string, send: () => Promise<unknown>): Promise<boolean> {
  const seen = new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), 500)
    watcher.on('message', (got) => {
      if (got !== topic) return
      clearTimeout(timer)
      resolve(true)
    })
  })
  await send()
  return seen
}

t.test('tickets flow through mosquitto: a box issues, a keypad calls, a viewer reads the retained state', async (t) => {
  const { broker, login, root } = await site(t)
  const box = new MqttDevice(boxDevice(0), 'test-site')
  await box.connect(broker.port)
  t.teardown(() => box.drop())
  t.match(await box.request({ type: 'issue', service: 'loans' }), {
    status: 'ok',
    data: { ticket: { label: 'B0001' }, ahead: 0 },
  })
  const keypad = new MqttDevice(keypadDevice('c2'), 'test-site')
  await keypad.connect(broker.port)
  t.teardown(() => keypad.drop())
  t.match(await keypad.request({ type: 'callNext', counter: 'c2' }), {
    status: 'ok',
    data: { ticket: { label: 'B0001', state: 'called' } },
  })

  const viewer = await login(VIEWER.name, VIEWER.password)
  const state = new Promise<Record<string, any>>((resolve) =>
    viewer.on('message', (_t, p) => resolve(JSON.parse(p.toString()))),
  )
  await viewer.subscribeAsync(`${root}/state/counter/c2`, { qos: 1 })
  t.match(await state, { counter: 'c2', ticket: { label: 'B0001' } }, 'retained for whoever comes later')
})

t.test('mosquitto admits only the logins of the site', async (t) => {
  const { broker } = await site(t)
  const url = `mqtt://127.0.0.1:${broker.port}`
  for (const options of [
    {},
    { username: boxDevice(0), password: 'wrong-password' },
    { username: 'stranger', password: TEST_PASSWORD },
  ]) {
    await t.rejects(
      mqtt.connectAsync(url, { reconnectPeriod: 0, ...options }),
      /Not authorized|Bad username or password/i,
      JSON.stringify(options),
    )
  }
})

t.test("mosquitto enforces the appliance's access list", async (t) => {
  const { login, root } = await site(t)
  const hubEye = await login('hub-board-hub')
  await hubEye.subscribeAsync(`${root}/#`, { qos: 0 })

  const c1 = await login(keypadDevice('c1'))
  t.ok(
    await arrives(hubEye, `${root}/cmd/${keypadDevice('c1')}`, () =>
      c1.publishAsync(`${root}/cmd/${keypadDevice('c1')}`, '{}'),
    ),
    'a keypad sends on its own topic',
  )
  t.notOk(
    await arrives(hubEye, `${root}/cmd/${keypadDevice('c2')}`, () =>
      c1.publishAsync(`${root}/cmd/${keypadDevice('c2')}`, '{}'),
    ),
    "but not as another counter's keypad",
  )
  t.notOk(
    await arrives(hubEye, `${root}/state/services`, () => c1.publishAsync(`${root}/state/services`, '{}')),
    'nor as the hub',
  )

  const display = await login('hall-display')
  t.notOk(
    await arrives(hubEye, `${root}/cmd/hall-display`, () => display.publishAsync(`${root}/cmd/hall-display`, '{}')),
    'a display sends no commands',
  )
  t.ok(
    await arrives(hubEye, `${root}/state/device/hall-display`, () =>
      display.publishAsync(`${root}/state/device/hall-display`, '{}'),
    ),
    'it reports its own health',
  )

  // Mosquitto grants an MQTT 3.1.1 subscription and filters what it delivers by the read ACL.
  const reads = async (client: MqttClient, filter: string, topic: string) => {
    await client.subscribeAsync(filter, { qos: 0 })
    return arrives(client, topic, () => hubEye.publishAsync(topic, '{}'))
  }
  t.ok(await reads(display, `${root}/state/calls`, `${root}/state/calls`), 'a display reads the calls')
  t.notOk(
    await reads(display, `${root}/reply/${boxDevice(0)}`, `${root}/reply/${boxDevice(0)}`),
    "it does not read a box's answers",
  )
  t.notOk(await reads(display, `${root}/#`, `${root}/cmd/${boxDevice(0)}`), 'nor commands, through a wildcard')
  t.notOk(await reads(display, '#', 'qms/v1/other-site/state/calls'), 'nor another site')
  t.notOk(
    await reads(c1, `${root}/state/counter/+`, `${root}/state/counter/c2`),
    "a keypad does not read another counter's state",
  )
  t.ok(await reads(c1, `${root}/state/counter/+`, `${root}/state/counter/c1`), 'but reads its own')
})

t.test('broker-config writes passwords Mosquitto checks and no password in clear', async (t) => {
  const { dir } = await site(t)
  const passwd = await readFile(join(dir, 'passwd'), 'utf8')
  t.match(passwd, new RegExp(`^${boxDevice(1)}:\\$7\\$101\\$[A-Za-z0-9+/=]{16}\\$[A-Za-z0-9+/=]{88}$`, 'm'))
  t.notMatch(passwd, TEST_PASSWORD)
  t.notMatch(passwd, VIEWER.password)
})
