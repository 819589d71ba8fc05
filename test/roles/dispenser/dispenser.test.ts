import t, { type Test } from 'tap'
import { once } from 'node:events'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import mqtt from 'mqtt'
import pino from 'pino'
import { Appliance } from '../../../firmware/shell/app.ts'
import { deviceId } from '../../../firmware/bus/devices.ts'
import { configHash } from '../../../firmware/site/config/config-hash.ts'
import { demoConfig } from '../../fixtures/site.ts'
import { FakeEscposPrinter } from '../../harness/fake-escpos-printer.ts'
import { MqttDevice } from '../../harness/mqtt-device.ts'
import { socatPair } from '../../harness/socat-pair.ts'
import { intlZones } from '../../fixtures/zones.ts'

const logger = pino({ level: 'silent' })
let clock = Date.UTC(2026, 10, 22, 6, 0)

/** The demo branch with a real ESC/POS printer on a socat pty, the fake printer on the far end. */
async function box(t: Test, cooldownMs = 0, site: { dataDir?: string; footer?: string } = {}) {
  const pair = await socatPair()
  const fake = new FakeEscposPrinter()
  await fake.openSerial(pair.b)
  const config = demoConfig((doc) => {
    doc.ticket.statusUrl = 'https://queue.example/t/'
    doc.board.dispenser.printer = { driver: 'escpos-serial', path: pair.a }
    doc.board.dispenser.cooldownMs = cooldownMs
    doc.board.dispenser.printerPollMs = 60_000
    if (site.footer !== undefined) doc.ticket.footer = site.footer
  })
  const app = new Appliance({
    zones: intlZones,
    config,
    dataDir: site.dataDir ?? (await mkdtemp(join(tmpdir(), 'qms-box-'))),
    logger,
    clock: () => clock,
  })
  await app.start()
  // A viewer (a manager's screen) may read alerts.
  const bus = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.broker!.port}`, {
    username: 'watcher',
    password: 'demo-watcher-password',
  })
  const alerts: Record<string, unknown>[] = []
  await bus.subscribeAsync(app.topics.alert('printer'), { qos: 1 })
  bus.on('message', (_t, p) => alerts.push(JSON.parse(p.toString())))
  t.teardown(async () => {
    await bus.endAsync()
    await app.stop()
    await fake.close()
    await pair.close()
  })
  const buttons = app.drivers.simulated.inputs.get('dispenser')!
  const dispenser = app.dispenser!
  return { app, config, fake, buttons, dispenser, alerts, bus }
}

t.test('a press prints the journaled ticket with its unguessable status-page token', async (t) => {
  const { app, fake, buttons } = await box(t)
  t.equal(buttons.lamps.get('deposits'), 'on', 'lamps lit: printer ready, service open')
  buttons.press('deposits')
  const ticket = await fake.ticket(1)
  t.equal(ticket.lines.find((l) => l.size === 3)?.text, 'A001')
  t.ok(ticket.lines.some((l) => l.text === 'Deposits'))
  t.equal(
    ticket.images.length,
    4,
    'the four Arabic lines (date, service, people ahead, wait) are pictures; the em-dashed company name is text',
  )
  t.ok(ticket.lines.some((l) => l.text === 'Gulf Commerce Bank — Marina Branch'))
  const journaled = Object.values(app.hub!.state.tickets)[0]!
  t.match(ticket.qr, [`https://queue.example/t/${journaled.token}`])
  t.match(journaled.token, /^[A-Za-z0-9_-]{22}$/)
  t.notMatch(ticket.qr[0], /A001/, 'never the bare number')
})

t.test('paper out: no number is taken, the lamps go dark, an alert goes out', async (t) => {
  const { app, fake, buttons, dispenser, alerts } = await box(t)
  fake.mood.paper = 'out'
  const refused = once(dispenser, 'refused')
  buttons.press('loans')
  t.match((await refused)[1], /out of paper/)
  t.same(Object.keys(app.hub!.state.tickets), [], 'the hub issued nothing')
  t.equal(buttons.lamps.get('loans'), 'off')
  while (alerts.length === 0) await sleep(10)
  t.match(alerts[0], { canPrint: false, paperOut: true })
})

t.test('paper runs out during a ticket: it leaves the queue, a counter has it reprinted, it waits again', async (t) => {
  const { app, config, fake, buttons, dispenser } = await box(t)
  fake.mood.paperLeftTickets = 0
  const unprinted = once(dispenser, 'unprinted')
  buttons.press('deposits')
  t.equal((await unprinted)[0], 'A001')
  while (Object.values(app.hub!.state.tickets)[0]?.state !== 'unprinted') await sleep(10)
  t.equal(buttons.lamps.get('deposits'), 'off', 'dark while the printer cannot print')

  // The roll is changed; the teller at counter 1 asks for a reprint.
  fake.mood = { paper: 'ok', cover: 'closed', answers: 'normal' }
  const teller = new MqttDevice(deviceId(config.board.id, 'counter', 'c1'), config.site.id, 'demo-board-password')
  await teller.connect(app.broker!.port)
  t.teardown(() => teller.drop())
  t.match(await teller.request({ type: 'reprint', label: 'A001' }), { status: 'ok' })
  const reprinted = await fake.ticket(2)
  t.equal(reprinted.lines.find((l) => l.size === 3)?.text, 'A001')
  t.ok(reprinted.lines.some((l) => l.text === 'Reprinted'))
  while (Object.values(app.hub!.state.tickets)[0]?.state !== 'waiting') await sleep(10)
  t.pass('A001 waits again')
})

t.test(
  'a ticket reprinted after a restart leaves out the wait lines, and only them, whatever their words',
  async (t) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'qms-box-'))
    // A footer that begins as the wait words do: only the lines that are the wait may go.
    const footer = 'About us: open Sun–Thu 8:00–15:00'
    const first = await box(t, 0, { dataDir, footer })
    first.fake.mood.paperLeftTickets = 0
    const unprinted = once(first.dispenser, 'unprinted')
    first.buttons.press('deposits')
    t.equal((await unprinted)[0], 'A001')
    await first.bus.endAsync()
    await first.app.stop()

    // The box restarts: it no longer holds the failed layout and rebuilds the ticket from the hub's facts.
    const { app, config, fake } = await box(t, 0, { dataDir, footer })
    const teller = new MqttDevice(deviceId(config.board.id, 'counter', 'c1'), config.site.id, 'demo-board-password')
    await teller.connect(app.broker!.port)
    t.teardown(() => teller.drop())
    t.match(await teller.request({ type: 'reprint', label: 'A001' }), { status: 'ok' })
    const texts = (await fake.ticket(1)).lines.map((l) => l.text)
    t.ok(texts.includes('A001'), 'the number')
    t.ok(texts.includes('Deposits'), 'the service')
    t.ok(texts.includes('Reprinted'))
    t.ok(
      texts.some((x) => x.startsWith('About us')),
      `the footer is kept: ${JSON.stringify(texts)}`,
    )
    t.notOk(
      texts.some((x) => x.startsWith('Waiting ahead')),
      'no guessed wait',
    )
  },
)

t.test(
  'a hammered button gives one ticket per cooldown; each press too soon blinks its lamp and is counted',
  async (t) => {
    const { app, config, fake, buttons, dispenser } = await box(t, 60_000)
    // The hub's view of every device's health (state/devices, the status screen's).
    const box1 = deviceId(config.board.id, 'dispenser')
    const health = new Promise<unknown>((resolve) =>
      app.deviceWatch!.on('change', (state) => {
        const mine = state.devices.find((d) => d.device === box1)
        if (mine?.counts?.pressesInCooldown === 4) resolve(mine)
      }),
    )
    const blinked = new Promise<void>((resolve) =>
      buttons.lampChanges.on('lamp', (key, state) => key === 'accounts' && state === 'blink' && resolve()),
    )
    let tooSoon = 0
    const fourTooSoon = new Promise<void>((resolve) =>
      dispenser.on('tooSoon', (service) => service === 'accounts' && ++tooSoon === 4 && resolve()),
    )
    const printed = once(dispenser, 'printed')
    for (let i = 0; i < 5; i++) buttons.press('accounts')
    await fake.ticket(1)
    // The box is done with the first ticket (a press while it prints is also one too soon).
    await printed
    await fourTooSoon
    await blinked
    t.pass('the lamp of the button blinked: the press was seen')
    t.match(await health, { counts: { pressesInCooldown: 4 } }, 'counted on the health topic')
    t.equal(Object.keys(app.hub!.state.tickets).length, 1)
    clock += 61_000
    buttons.press('accounts')
    await fake.ticket(2)
    t.equal(Object.keys(app.hub!.state.tickets).length, 2)
  },
)

t.test("the technician's combination prints a status slip", async (t) => {
  const { config, fake, buttons } = await box(t)
  buttons.press('deposits')
  await fake.ticket(1)
  buttons.chord(['deposits', 'accounts'])
  const slip = await fake.ticket(2)
  const text = slip.lines.map((l) => l.text).join('\n')
  t.match(text, /STATUS/)
  t.match(text, /Firmware /)
  t.match(text, /Config v1 marina-branch [0-9a-f]{8}/)
  t.match(
    text,
    `Config v1 marina-branch ${configHash(config).slice(0, 8)}`,
    'the hash every device reports on its health topic',
  )
  t.match(text, /Printer escpos serial \/dev\/pts\/\d+: ready/)
  t.match(text, /deposits: printed 1, waiting 1/)
  t.match(text, /Unprinted: none/)
  t.match(text, /Address /)
})

t.test('displays and a speaker that never finish do not hold up the next ticket', async (t) => {
  const { app, fake, buttons } = await box(t)
  const sim = app.drivers.simulated
  const stuck: string[] = []
  // Every display and the speaker take the call and do not return until stopped, as a dead RS-485 line or a hung aplay would.
  const hung: Array<() => void> = []
  const hang = (what: string) => new Promise<void>((resolve) => void (stuck.push(what), hung.push(resolve)))
  const release = async () => void hung.splice(0).forEach((resolve) => resolve())
  for (const display of sim.displays.values()) Object.assign(display, { show: () => hang('display'), stop: release })
  Object.assign(sim.audio[0]!, { play: () => hang('audio'), stop: release })
  buttons.press('deposits')
  await fake.ticket(1)
  sim.inputs.get('counter:c1')!.press('next')
  while (!stuck.includes('audio') || !stuck.includes('display')) await sleep(10)
  buttons.press('loans')
  t.equal((await fake.ticket(2)).lines.find((l) => l.size === 3)?.text, 'B001')
})
