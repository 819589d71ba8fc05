import t, { type Test } from 'tap'
import { Words } from '../../firmware/language/messages/words.ts'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import type { Event } from '../../firmware/core/index.ts'
import { GsmModem } from '../../firmware/drivers/modem/gsm-modem.ts'
import { Hub } from '../../firmware/hub/hub.ts'
import { IncidentNotifier } from '../../firmware/hub/incident-notifier.ts'
import { FakeGsmModem } from '../harness/fake-gsm-modem.ts'
import { socatPair } from '../harness/socat-pair.ts'
import { wardConfig } from '../fixtures/ward.ts'

const logger = pino({ level: 'silent' })
const NURSE = '+491700000001'
const HEAD_NURSE = '+491700000002'
const MANAGER = '+491700000009'

async function rig(t: Test) {
  const clock = { now: Date.UTC(2026, 10, 22, 6, 0) }
  const dir = await mkdtemp(join(tmpdir(), 'qms-incidents-'))
  const engine = wardConfig()
  const hub = new Hub({
    engine,
    journalDir: join(dir, 'journal'),
    snapshotEvery: 100,
    retentionDays: 400,
    logger,
    clock: () => clock.now,
  })
  await hub.start()
  const pair = await socatPair()
  const fake = new FakeGsmModem()
  await fake.open(pair.b)
  const modem = new GsmModem({ path: pair.a, logger, commandTimeoutMs: 2000, sendTimeoutMs: 2000, healthEveryMs: 0 })
  await modem.start()
  const notifier = new IncidentNotifier({ hub, modem, engine, device: 'hub-1', words: new Words('en'), logger })
  await notifier.start()
  const events: Event[] = []
  hub.on('durable', (e: Event[]) => events.push(...e))
  t.teardown(async () => {
    await notifier.stop()
    await modem.stop()
    await fake.close()
    await pair.close()
    await hub.stop()
  })
  let n = 0
  const run = async (command: Record<string, unknown>) => hub.execute({ req: `t${++n}`, ...command }, 'hub-1')
  /** Lets the fake's SMS reach the notifier and its command the journal. */
  const reply = async (from: string, text: string) => {
    const before = fake.commands.length
    fake.deliver(from, text)
    await fake.commandCount(before + 2)
    await notifier.settled()
  }
  return { clock, hub, fake, notifier, events, run, reply }
}

t.test('raise → SMS to level 0; no answer → level 1 after its time; an SMS reply acknowledges', async (t) => {
  const { clock, fake, notifier, events, run, reply } = await rig(t)
  await run({ type: 'raiseIncident', point: 'room-315' })
  await notifier.settled()
  t.same(
    fake.sent.map((s) => s.to),
    [NURSE],
  )
  t.match(fake.sent[0]?.text, /^Staff call: Room 315\. Reply OK 1/)
  t.match(events.at(-1), {
    type: 'incident.notified',
    incident: 'inc-1',
    level: 0,
    to: [NURSE],
    channel: 'sms',
    delivered: true,
    detail: /\+CMGS/,
  })

  clock.now += 119_000
  await run({ type: 'tick' })
  await notifier.settled()
  t.equal(fake.sent.length, 1, 'not yet')
  clock.now += 1000
  await run({ type: 'tick' })
  await notifier.settled()
  t.same(
    fake.sent.map((s) => s.to),
    [NURSE, HEAD_NURSE],
  )
  t.match(fake.sent[1]?.text, /not answered, level 1/)

  await reply(HEAD_NURSE, 'ok 1')
  t.match(events.at(-1), { type: 'incident.acknowledged', incident: 'inc-1', by: HEAD_NURSE, via: 'sms' })
  clock.now += 3600_000
  await run({ type: 'tick' })
  await notifier.settled()
  t.equal(fake.sent.length, 2, 'no more texts once acknowledged')
  await reply(NURSE, 'DONE')
  t.match(events.at(-1), { type: 'incident.cleared', incident: 'inc-1', by: NURSE })
})

t.test('SMS replies are whitelisted per call: strangers and other chains are ignored', async (t) => {
  const { hub, events, run, reply, notifier } = await rig(t)
  await run({ type: 'raiseIncident', point: 'room-315' })
  await notifier.settled()
  await reply('+15550000000', 'OK 1')
  await reply(MANAGER, 'OK 1')
  await reply(NURSE, 'hello?')
  t.notOk(
    events.some((e) => e.type === 'incident.acknowledged'),
    'nothing acknowledged',
  )
  t.equal(hub.state.incidents?.open['inc-1']?.acknowledgedAt, undefined)
  await reply(NURSE, 'ACK 1')
  t.match(events.at(-1), { type: 'incident.acknowledged', by: NURSE, via: 'sms' }, 'the nurse of that call')
})

t.test('a failed send is journaled as not delivered, with the modem’s words', async (t) => {
  const { fake, events, run, notifier } = await rig(t)
  fake.mood.send = 'cms-error'
  await run({ type: 'raiseIncident', point: 'desk' })
  await notifier.settled()
  t.match(events.at(-1), {
    type: 'incident.notified',
    incident: 'inc-1',
    level: 0,
    to: [MANAGER],
    delivered: false,
    detail: /\+CMS ERROR: 38/,
  })
})

t.test("the text names the point's extra fields from the config", async (t) => {
  const { fake, notifier, run } = await rig(t)
  await run({ type: 'raiseIncident', point: 'room-316' })
  await notifier.settled()
  t.match(fake.sent[0]?.text, /^EMERGENCY: Room 316 \(ward cardiology, bed 2\)\. Reply OK 1/)
})
