/**
 * Call points as they ship (issue 14): `dist/qms.mjs run` as a process on a
 * ward board whose buttons and lamps are on GPIO, through each backend's
 * seam (a sysfs tree with the chip at base 512, fake libgpiod 1.6 and 2.x
 * tools). A held call button raises an incident, seen on the bus as
 * docs/mqtt.md says (`event/incident.raised`, the retained
 * `state/incidents`); the point's lamp blinks on its own line (with the
 * chip base) while the call is unanswered; the patient's short presses of
 * call and cancel answer nothing; it is lit once a press of the staff key
 * says staff are here, and goes dark when the staff key is held. The
 * other point's lamp stays dark throughout. On libgpiod the gpioset holding
 * the lit lamp is killed: the appliance notices and lights it again.
 */
import t, { type Test } from 'tap'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ApplianceProcess, logged } from '../harness/appliance-process.ts'
import { BusViewer, type Seen } from '../harness/bus-viewer.ts'
import { writeCallPointSite, WARD_BOARD, WARD_HOLD_MS, WARD_POINTS, WARD_SITE } from '../harness/call-point-site.ts'
import { GPIO_BACKENDS, gpioFarEnd, type GpioFarEnd, type GpioKind } from '../harness/gpio-far-end.ts'
import { PI4_CHIP_LABEL } from '../harness/ticket-box-site.ts'
import { until } from '../harness/until.ts'

const [room, desk] = WARD_POINTS
/** Three times the hold the site asks for: a loaded machine that samples the press late still sees a long one. */
const CALL_HOLD_MS = 3 * WARD_HOLD_MS

/** Presses a button until the bus shows what it did: a short press can fall between two samples on a loaded machine. */
async function pressUntil(gpio: GpioFarEnd, line: number, seen: () => Promise<Seen>): Promise<Seen> {
  for (let attempt = 1; ; attempt++) {
    await gpio.press(line)
    try {
      return await seen()
    } catch (err) {
      if (attempt === 3) throw err
    }
  }
}

async function lampIs(
  gpio: GpioFarEnd,
  app: ApplianceProcess,
  line: number,
  lit: boolean | ((level: boolean | undefined) => boolean),
  what: string,
): Promise<void> {
  const ok = typeof lit === 'function' ? lit : (level: boolean | undefined) => level === lit
  await until(
    async () => ok(await gpio.lamp(line)),
    () => `${what}: ${gpio.describe()}\n${app.tail()}`,
  )
}

async function ward(t: Test, kind: GpioKind): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'qms-call-points-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  const gpio = await gpioFarEnd(kind, PI4_CHIP_LABEL)
  t.teardown(() => gpio.close())
  const configFile = await writeCallPointSite(dir, gpio.input)
  const app = new ApplianceProcess({ configFile, dataDir: join(dir, 'data'), env: gpio.env })
  t.teardown(() => app.stop())
  const ready = await app.ready()
  const viewer = await BusViewer.connect(ready.port as number, WARD_SITE, ['event/#', 'state/incidents'])
  t.teardown(() => viewer.close())

  await viewer.waitFor('state/incidents', (p) => Array.isArray(p.incidents) && p.incidents.length === 0)
  await lampIs(gpio, app, room.lampLine, false, `lamp of ${room.id} on line ${room.lampLine} not driven dark at boot`)
  await lampIs(gpio, app, desk.lampLine, false, `lamp of ${desk.id} on line ${desk.lampLine} not driven dark at boot`)

  await gpio.press(room.line, CALL_HOLD_MS)
  const raised = await viewer.waitFor('event/incident.raised', (e) => e.point === room.id)
  t.match(
    raised.payload,
    { point: room.id, kind: 'staff', location: room.location, board: WARD_BOARD, incident: /^inc-\d+$/ },
    'the held call button raised an incident, published as its event',
  )
  const incident = raised.payload.incident as string
  await viewer.waitFor('state/incidents', (p) =>
    p.incidents.some((i: any) => i.id === incident && i.acknowledgedAt === undefined),
  )
  t.pass('the retained state/incidents lists the open call, not yet answered')
  const notified = await viewer.waitFor('event/incident.notified', (e) => e.incident === incident)
  t.same(notified.payload.to, ['+491701111111'], 'the chain was texted (simulated modem)')

  // Blinking: the lamp's line is seen high, then low, then high again.
  for (const level of [true, false, true])
    await lampIs(
      gpio,
      app,
      room.lampLine,
      level,
      `lamp of ${room.id} not blinking (waiting for ${level ? 'high' : 'low'})`,
    )
  t.pass(`the lamp blinks on line ${room.lampLine} while the call is unanswered`)
  t.equal(await gpio.lamp(desk.lampLine), false, 'the other point\u2019s lamp stays dark')

  // The patient's impatient short presses come first: had one acknowledged, the staff key's would be refused.
  await gpio.press(room.line)
  await gpio.press(room.cancelLine)
  const acknowledged = await pressUntil(gpio, room.staffLine, () =>
    viewer.waitFor('event/incident.acknowledged', (e) => e.incident === incident, 5_000),
  )
  t.match(
    acknowledged.payload,
    { by: `${room.id} staff key`, via: 'key' },
    "the staff key, not the patient's presses: staff are here",
  )
  await viewer.waitFor('state/incidents', (p) =>
    p.incidents.some((i: any) => i.id === incident && i.acknowledgedAt !== undefined),
  )
  await lampIs(gpio, app, room.lampLine, true, `lamp of ${room.id} not lit once answered`)
  t.pass('the lamp is lit once the call is answered')

  if (gpio.dropLine) {
    const from = app.entries.length
    const killed = gpio.dropLine(room.lampLine)
    t.ok(killed, 'a gpioset held the lit lamp')
    await app.waitFor(logged('lamp lost its level; writing it again at the next lamp tick'), 20_000, from)
    await lampIs(gpio, app, room.lampLine, true, `lamp of ${room.id} not lit again after its gpioset ${killed} died`)
    t.pass('the gpioset holding the lit lamp was killed: noticed, logged, lit again by a new one')
  }

  await gpio.press(room.staffLine, CALL_HOLD_MS)
  const cleared = await viewer.waitFor('event/incident.cleared', (e) => e.incident === incident)
  t.match(cleared.payload, { by: `${room.id} staff key` }, 'the staff key held cleared the call')
  await viewer.waitFor('state/incidents', (p) => p.incidents.length === 0)
  await lampIs(gpio, app, room.lampLine, false, `lamp of ${room.id} not dark after the call was cleared`)
  t.equal(await gpio.lamp(desk.lampLine), false, 'the other point\u2019s lamp stayed dark')
  t.same(
    viewer.seen.filter((s) => s.topic === 'event/incident.raised').map((s) => s.payload.point),
    [room.id],
    'one call raised in all: the short presses and the cancel raised none',
  )
}

for (const kind of GPIO_BACKENDS)
  t.test(`call points on ${kind}: a held button calls, the lamp shows the call on its own line`, (t) => ward(t, kind))
