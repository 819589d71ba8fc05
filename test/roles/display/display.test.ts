/**
 * The display role on a real broker: it paints the retained state, says so
 * when the hub has been unreachable for a while, and repaints from the
 * retained state once the broker is back.
 */
import t from 'tap'
import mqtt from 'mqtt'
import pino from 'pino'
import { BusClient } from '../../../firmware/bus/client.ts'
import type { Device } from '../../../firmware/bus/devices.ts'
import { topics } from '../../../firmware/bus/topics.ts'
import { SimulatedDisplay } from '../../../firmware/drivers/display/simulated-display.ts'
import { DisplayRole } from '../../../firmware/roles/display/display.ts'
import { PASSWORD, startBroker } from '../../fixtures/broker.ts'
import { demoConfig } from '../../fixtures/site.ts'
import { displayWords } from '../../../firmware/site/config/site-words.ts'

const logger = pino({ level: 'silent' })
const config = demoConfig()
const site = topics(config.site.id)
const logins: Device[] = [
  { id: 'hub', role: 'hub', board: 'main' },
  { id: 'hall-display', role: 'display', board: 'hall' },
]

function shows(display: SimulatedDisplay, row: string): Promise<void> {
  if (display.content.rows[0] === row) return Promise.resolve()
  return new Promise((resolve) => {
    const listener = () => {
      if (display.content.rows[0] !== row) return
      display.off('shown', listener)
      resolve()
    }
    display.on('shown', listener)
  })
}

async function publishCalls(port: number, label: string): Promise<void> {
  const hub = await mqtt.connectAsync(`mqtt://127.0.0.1:${port}`, { username: 'hub', password: PASSWORD })
  await hub.publishAsync(
    site.callsState,
    JSON.stringify({ day: '2026-11-22', calls: [{ label, counter: 'c1', at: 1 }] }),
    { qos: 1, retain: true },
  )
  await hub.endAsync()
}

t.test('no hub for a while: the display says so; the hub back: it repaints from retained state', async (t) => {
  let broker = await startBroker(logins, { site: config.site.id })
  const port = broker.port
  t.teardown(() => broker.stop())
  await publishCalls(port, 'A001')
  const bus = new BusClient({
    url: `mqtt://127.0.0.1:${port}`,
    device: 'hall-display',
    commands: false,
    username: 'hall-display',
    password: PASSWORD,
    topics: site,
    logger,
    minDelayMs: 50,
    maxDelayMs: 100,
  })
  const hall = new SimulatedDisplay('hall')
  const role = new DisplayRole({
    counters: config.counters,
    words: displayWords(config),
    displays: [{ config: { id: 'hall', kind: 'hall', lines: 4, output: { driver: 'simulated' } }, driver: hall }],
    bus,
    topics: site,
    logger,
    offlineGraceMs: 150,
  })
  await bus.start()
  await role.start()
  t.teardown(async () => {
    await role.stop()
    await bus.stop()
  })
  await shows(hall, 'A001 → 1')
  t.pass('the retained calls are painted')

  await broker.stop()
  // The demo site's first language is Arabic: the displays speak it.
  await shows(hall, 'لا اتصال بالوحدة المركزية')
  t.pass('after the grace period the display says the hub cannot be reached')

  broker = await startBroker(logins, { site: config.site.id, port })
  await publishCalls(port, 'A002')
  await shows(hall, 'A002 → 1')
  t.pass('back online, it repaints from the retained state')
})
