/**
 * The contract of docs/mqtt.md driven by clients nobody here wrote:
 * Mosquitto's mosquitto_pub and mosquitto_sub, as the document's examples
 * use them, against the embedded broker and against Debian's mosquitto.
 */
import t, { type Test } from 'tap'
import { spawn } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import pino from 'pino'
import { Appliance } from '../../firmware/shell/app.ts'
import { demoConfig } from '../fixtures/site.ts'
import { freePort, Mosquitto } from '../harness/mosquitto.ts'
import { intlZones } from '../fixtures/zones.ts'

const ROOT = 'qms/v1/marina-branch'
const BOARD = ['-P', 'demo-board-password']

/**
 * mosquitto_sub until it has printed `count` messages (`-v`: topic, space,
 * payload). Resolves once its subscription is acknowledged (`-d` prints the
 * SUBACK), so nothing published afterwards is missed.
 */
async function subscribe(
  t: Test,
  port: number,
  args: string[],
  count: number,
): Promise<{ received: Promise<string[]> }> {
  // Piped, mosquitto_sub would hold its output until it exits; stdbuf makes it line-buffered.
  const child = spawn('stdbuf', [
    '-oL',
    'mosquitto_sub',
    '-h',
    '127.0.0.1',
    '-p',
    String(port),
    '-d',
    '-v',
    '-C',
    String(count),
    '-W',
    '20',
    ...args,
  ])
  t.teardown(() => void child.kill())
  const lines: string[] = []
  let subscribed: () => void
  const ready = new Promise<void>((resolve) => (subscribed = resolve))
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line.includes('received SUBACK')) subscribed()
    else if (line.startsWith(`${ROOT}/`)) lines.push(line)
  })
  const done = new Promise<string[]>((resolve) => child.once('exit', () => resolve(lines)))
  await Promise.race([ready, done])
  // Wrapped: an async function returning a promise would wait for it.
  return { received: done }
}

function publish(port: number, args: string[]): Promise<number | null> {
  const child = spawn('mosquitto_pub', ['-h', '127.0.0.1', '-p', String(port), '-q', '1', ...args], {
    stdio: 'inherit',
  })
  return new Promise((resolve) => child.once('exit', resolve))
}

const brokers = {
  async embedded(t: Test): Promise<number> {
    const app = new Appliance({
      zones: intlZones,
      config: demoConfig((doc) => (doc.hub.broker.port = 0)),
      dataDir: await mkdtemp(join(tmpdir(), 'qms-outside-')),
      logger: pino({ level: 'silent' }),
    })
    await app.start()
    t.teardown(() => app.stop())
    return app.broker!.port
  },
  async mosquitto(t: Test): Promise<number> {
    const dir = await mkdtemp(join(tmpdir(), 'qms-outside-'))
    const port = await freePort()
    const config = demoConfig((doc) => (doc.hub.broker = { ...doc.hub.broker, mode: 'external', port }))
    const broker = await Mosquitto.start(config, dir)
    t.teardown(() => broker.stop())
    const app = new Appliance({
      zones: intlZones,
      config,
      dataDir: join(dir, 'data'),
      logger: pino({ level: 'silent' }),
    })
    await app.start()
    t.teardown(() => app.stop())
    return port
  },
}

for (const [name, start] of Object.entries(brokers)) {
  t.test(`${name}: the documented mosquitto_pub/mosquitto_sub session issues and calls a ticket`, async (t) => {
    const port = await start(t)
    const events = await subscribe(
      t,
      port,
      ['-u', 'watcher', '-P', 'demo-watcher-password', '-t', `${ROOT}/event/#`],
      2,
    )
    const reply = await subscribe(
      t,
      port,
      ['-u', 'all-in-one-dispenser', ...BOARD, '-t', `${ROOT}/reply/all-in-one-dispenser`],
      1,
    )
    t.equal(
      await publish(port, [
        '-u',
        'all-in-one-dispenser',
        ...BOARD,
        '-t',
        `${ROOT}/cmd/all-in-one-dispenser`,
        '-m',
        '{"req":"r1","type":"issue","service":"deposits"}',
      ]),
      0,
    )
    const [answer] = await reply.received
    t.match(JSON.parse(answer!.slice(answer!.indexOf(' ') + 1)), {
      req: 'r1',
      status: 'ok',
      data: { ticket: { label: 'A001' } },
    })
    t.equal(
      await publish(port, [
        '-u',
        'all-in-one-counter-c1',
        ...BOARD,
        '-t',
        `${ROOT}/cmd/all-in-one-counter-c1`,
        '-m',
        '{"req":"r2","type":"callNext","counter":"c1"}',
      ]),
      0,
    )
    const seen = await events.received
    t.match(seen, [
      new RegExp(`^${ROOT}/event/ticket.issued \\{.*"label":"A001"`),
      new RegExp(`^${ROOT}/event/ticket.called \\{.*"counter":"c1"`),
    ])

    const retained = await subscribe(
      t,
      port,
      ['-u', 'watcher', '-P', 'demo-watcher-password', '-t', `${ROOT}/state/counter/c1`],
      1,
    )
    t.match((await retained.received)[0], /"label":"A001"/, 'the counter state is retained for outside tools')
  })
}
