import t from 'tap'
import { once } from 'node:events'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import mqtt from 'mqtt'
import pino from 'pino'
import { Appliance } from '../../firmware/shell/app.ts'
import type { Announcement } from '../../firmware/language/announcement.ts'
import type { DisplayContent } from '../../firmware/drivers/display/display.ts'
import { demoConfig } from '../fixtures/site.ts'
import { intlZones } from '../fixtures/zones.ts'

const logger = pino({ level: 'silent' })
const BOARD_PASSWORD = 'appliance-test-password'
const config = demoConfig((doc) => {
  doc.board.password = BOARD_PASSWORD
})
const now = () => Date.UTC(2026, 10, 22, 6, 0)

async function startAppliance(dataDir: string): Promise<Appliance> {
  const app = new Appliance({ zones: intlZones, config, dataDir, logger, clock: now })
  await app.start()
  return app
}

/** Resolves when the display shows a first row matching. */
function shows(app: Appliance, display: string, row: RegExp): Promise<DisplayContent> {
  const driver = app.drivers.simulated.displays.get(display)
  if (!driver) throw new Error(`no display ${display}`)
  if (row.test(driver.content.rows[0] ?? '')) return Promise.resolve(driver.content)
  return new Promise((resolve) => {
    const listener = (content: DisplayContent) => {
      if (!row.test(content.rows[0] ?? '')) return
      driver.off('shown', listener)
      resolve(content)
    }
    driver.on('shown', listener)
  })
}

t.test('a button press prints a ticket; next calls it to the displays and the speaker', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-app-'))
  const app = await startAppliance(dir)
  t.teardown(() => app.stop())
  const sim = app.drivers.simulated

  const printed = once(sim.printers[0]!, 'printed')
  sim.inputs.get('dispenser')!.press('deposits')
  const [text] = (await printed) as [string]
  t.match(text, /A 0 0 1/)
  t.match(text, /Deposits/)
  t.match(text, /الإيداعات/)

  const played = once(sim.audio[0]!, 'played')
  const feedback = once(app.counters[0]!, 'feedback')
  sim.inputs.get('counter:c1')!.press('next')
  t.match((await feedback)[0], { counter: 'c1', key: 'next', ok: true, text: 'A001 called' })
  t.same((await shows(app, 'above-c1', /A001/)).rows, ['A001 → 1'])
  t.same((await shows(app, 'hall', /A001/)).rows, ['A001 → 1'])
  const [announcement] = (await played) as [Announcement]
  t.same(announcement.parts, [
    { lang: 'ar', words: ['chime', 'ticket', 'letter-a', 'n1', 'please-go-to', 'counter', 'n1'] },
    { lang: 'en', words: ['ticket', 'letter-a', 'n1', 'please-go-to', 'counter', 'n1'] },
  ])

  const refused = once(app.counters[1]!, 'feedback')
  sim.inputs.get('counter:c2')!.press('next')
  t.match((await refused)[0], { counter: 'c2', ok: false, text: /no one|nobody|waiting/i })
})

t.test('garbage on the bus is answered or ignored, never fatal', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-app-'))
  const app = await startAppliance(dir)
  t.teardown(() => app.stop())
  // A second client logged in as the ticket box, as a box with a bug would be.
  const box = 'all-in-one-dispenser'
  const outsider = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.broker!.port}`, {
    username: box,
    password: BOARD_PASSWORD,
  })
  t.teardown(() => outsider.endAsync())
  const replies: unknown[] = []
  await outsider.subscribeAsync(app.topics.reply(box), { qos: 1 })
  outsider.on('message', (_topic, payload) => {
    const reply = JSON.parse(payload.toString()) as { req: string }
    if (reply.req.startsWith('g')) replies.push(reply)
  })
  const cmd = app.topics.command(box)
  await outsider.publishAsync(cmd, 'this is not json', { qos: 1 })
  await outsider.publishAsync(cmd, Buffer.from([0xff, 0xfe, 0x00]), { qos: 1 })
  await outsider.publishAsync(cmd, JSON.stringify({ req: 'g1', type: 'issue', service: 42 }), { qos: 1 })
  await outsider.publishAsync(cmd, JSON.stringify({ req: 'g2', type: 'issue', service: 'loans' }), { qos: 1 })
  while (replies.length < 2) await new Promise((r) => setTimeout(r, 20))
  t.match(replies, [
    { req: 'g1', status: 'error', error: { code: 'bad-command' } },
    { req: 'g2', status: 'ok', data: { ticket: { label: 'B001' } } },
  ])
})

t.test('after a restart every display repaints from the current state', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-app-'))
  const first = await startAppliance(dir)
  first.drivers.simulated.inputs.get('dispenser')!.press('loans')
  await once(first.drivers.simulated.printers[0]!, 'printed')
  first.drivers.simulated.inputs.get('counter:c3')!.press('next')
  await shows(first, 'above-c3', /B001/)
  await first.stop()
  await first.stop()

  const second = await startAppliance(dir)
  t.teardown(() => second.stop())
  t.same((await shows(second, 'above-c3', /B001/)).rows, ['B001 → 3'])
  t.same((await shows(second, 'hall', /B001/)).rows, ['B001 → 3'])
})
