import t from 'tap'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import mqtt from 'mqtt'
import pino from 'pino'
import { Appliance } from '../../../firmware/shell/app.ts'
import type { Event } from '../../../firmware/core/index.ts'
import { demoConfig } from '../../fixtures/site.ts'
import { intlZones } from '../../fixtures/zones.ts'

const logger = pino({ level: 'silent' })
const BOARD_PASSWORD = 'call-point-test-password'
const VIEWER_PASSWORD = 'viewer-test-password'
const NURSE = '+491700000001'
const HEAD_NURSE = '+491700000002'
const config = demoConfig((doc) => {
  doc.board.password = BOARD_PASSWORD
  doc.board.roles.push('callpoint')
  doc.board.callPoints = {
    input: { driver: 'simulated' },
    points: [{ id: 'room-315', kind: 'staff', location: 'Room 315', chain: 'ward' }],
  }
  doc.callPoints = {
    modem: { driver: 'simulated' },
    chains: [{ id: 'ward', levels: [{ to: [NURSE], afterSeconds: 120 }, { to: [HEAD_NURSE] }] }],
  }
  doc.ratings = { scale: 3 }
  doc.hub.broker.viewers = [{ name: 'screen', password: VIEWER_PASSWORD }]
})

/** Resolves with the first durable event of that type from now on. */
function next(app: Appliance, type: string): Promise<Event> {
  return new Promise((resolve) => {
    const listener = (events: Event[]) => {
      const found = events.find((e) => e.type === type)
      if (!found) return
      app.hub?.off('durable', listener)
      resolve(found)
    }
    app.hub?.on('durable', listener)
  })
}

t.test(
  "hold to call; the patient's presses never stop it, holding again reaches the next level; the staff key answers",
  async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'qms-callpoint-'))
    const app = new Appliance({
      zones: intlZones,
      config,
      dataDir: dir,
      logger,
      clock: () => Date.UTC(2026, 10, 22, 6, 0),
    })
    await app.start()
    t.teardown(() => app.stop())
    const buttons = app.drivers.simulated.inputs.get('call-points')!
    const lamp = (state: string) =>
      new Promise<void>((resolve) => {
        if (buttons.lamps.get('room-315') === state) return resolve()
        const listener = (key: string, s: string) =>
          key === 'room-315' && s === state && (buttons.lampChanges.off('lamp', listener), resolve())
        buttons.lampChanges.on('lamp', listener)
      })
    const seen: string[] = []
    app.hub?.on('durable', (events: Event[]) => seen.push(...events.map((e) => e.type)))

    const notified = next(app, 'incident.notified')
    const raised = next(app, 'incident.raised')
    buttons.emit('press', 'room-315')
    buttons.emit('longPress', 'room-315')
    t.match(await raised, {
      type: 'incident.raised',
      point: 'room-315',
      kind: 'staff',
      location: 'Room 315',
      board: config.board.id,
    })
    t.match(await notified, { level: 0, to: [NURSE], channel: 'sms', delivered: true })
    t.match(app.drivers.simulatedModem?.sent, [{ to: NURSE, text: /Staff call: Room 315/ }])
    await lamp('blink')

    const escalated = next(app, 'incident.escalated')
    const told = next(app, 'incident.notified')
    buttons.emit('press', 'room-315')
    buttons.emit('press', 'room-315:cancel')
    buttons.emit('longPress', 'room-315')
    t.match(await escalated, { level: 1, by: 'room-315' })
    t.match(await told, { level: 1, to: [HEAD_NURSE], delivered: true })
    t.notOk(
      seen.includes('incident.acknowledged') || seen.includes('incident.cleared'),
      "the patient's short presses acknowledged and cleared nothing",
    )

    const acknowledged = next(app, 'incident.acknowledged')
    buttons.emit('press', 'room-315:staff')
    t.match(await acknowledged, { by: 'room-315 staff key', via: 'key' })
    await lamp('on')

    const cleared = next(app, 'incident.cleared')
    buttons.emit('longPress', 'room-315:staff')
    t.match(await cleared, { by: 'room-315 staff key' })
    await lamp('off')
  },
)

t.test('a teller acknowledges from the keypad; a viewer reads open calls; a customer rates the visit', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-callpoint-'))
  const app = new Appliance({
    zones: intlZones,
    config,
    dataDir: dir,
    logger,
    clock: () => Date.UTC(2026, 10, 22, 6, 0),
  })
  await app.start()
  t.teardown(() => app.stop())
  const sim = app.drivers.simulated
  const raised = next(app, 'incident.raised')
  sim.inputs.get('call-points')!.emit('longPress', 'room-315')
  await raised

  const viewer = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.broker!.port}`, {
    username: 'screen',
    password: VIEWER_PASSWORD,
    reconnectPeriod: 0,
  })
  t.teardown(() => viewer.endAsync())
  const open = new Promise<unknown>((resolve) =>
    viewer.on('message', (_topic, payload) => resolve(JSON.parse(payload.toString()))),
  )
  await viewer.subscribeAsync(app.topics.incidentsState)
  t.match(await open, { incidents: [{ id: 'inc-1', point: 'room-315', location: 'Room 315' }] })

  const acknowledged = next(app, 'incident.acknowledged')
  sim.inputs.get('counter:c1')!.press('ack:room-315')
  t.match(await acknowledged, { via: 'keypad', by: 'counter c1' })

  const issued = next(app, 'ticket.issued')
  sim.inputs.get('dispenser')!.press('deposits')
  await issued
  const keypad = sim.inputs.get('counter:c1')!
  for (const key of ['next', 'start']) {
    const done = new Promise((resolve) => app.counters[0]!.once('feedback', resolve))
    keypad.press(key)
    await done
  }
  const finished = next(app, 'ticket.finished')
  keypad.press('finish')
  const { id } = (await finished) as { id: string }
  const rated = next(app, 'rating.recorded')
  keypad.press('rate:3')
  t.match(await rated, { counter: 'c1', score: 3, scale: 3, id, service: 'deposits' })
})
