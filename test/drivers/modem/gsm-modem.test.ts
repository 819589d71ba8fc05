import t, { type Test } from 'tap'
import pino from 'pino'
import { once } from 'node:events'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { GsmModem } from '../../../firmware/drivers/modem/gsm-modem.ts'
import type { ReceivedSms } from '../../../firmware/drivers/modem/modem.ts'
import { FakeGsmModem } from '../../harness/fake-gsm-modem.ts'
import { socatPair } from '../../harness/socat-pair.ts'

const logger = pino({ level: 'silent' })

async function rig(t: Test, sendTimeoutMs = 60_000) {
  const pair = await socatPair()
  const fake = new FakeGsmModem()
  await fake.open(pair.b)
  const modem = new GsmModem({ path: pair.a, logger, sendTimeoutMs, commandTimeoutMs: 2000, healthEveryMs: 0 })
  t.teardown(async () => {
    await modem.stop()
    await modem.stop()
    await fake.close()
    await pair.close()
  })
  await modem.start()
  return { fake, modem }
}

t.test('a normal send: set up in PDU mode, the text arrives, +CMGS is the proof', async (t) => {
  const { fake, modem } = await rig(t)
  t.same(fake.commands.slice(0, 4), ['ATE0', 'AT+CMEE=1', 'AT+CMGF=0', 'AT+CNMI=2,1,0,0,0'])
  const result = await modem.send('+491701234567', 'Staff call: room 315')
  t.match(result, { to: '+491701234567', delivered: true, detail: /^\+CMGS: \d+$/, attempts: 1 })
  t.same(fake.sent, [{ to: '+491701234567', text: 'Staff call: room 315' }])
  const cyrillic = await modem.send('+79161234567', 'Вызов: кабинет 315')
  t.equal(cyrillic.delivered, true)
  t.same(fake.sent[1], { to: '+79161234567', text: 'Вызов: кабинет 315' }, 'UCS-2 text arrives whole')
})

t.test('+CMS ERROR: tried twice, reported undelivered with the code', async (t) => {
  const { fake, modem } = await rig(t)
  fake.mood.send = 'cms-error'
  const result = await modem.send('+491701234567', 'Manager call: table 12')
  t.match(result, { delivered: false, detail: /\+CMS ERROR: 38/, attempts: 2 })
  t.equal(fake.sent.length, 0)
  fake.mood.send = 'ok'
  t.equal((await modem.send('+491701234567', 'again')).delivered, true, 'the next send works')
})

t.test('no answer after the text: time-out, ESC leaves the prompt, the queue goes on', async (t) => {
  const { fake, modem } = await rig(t, 300)
  fake.mood.send = 'silent'
  const result = await modem.send('+491701234567', 'Complaint: counter 3')
  t.match(result, { delivered: false, detail: /did not answer AT\+CMGS=\d+ within 300 ms/, attempts: 2 })
  fake.mood.send = 'ok'
  t.equal((await modem.send('+491701234567', 'after')).delivered, true)
  t.equal(fake.aborts, 2, 'one ESC per attempt')
  t.same((await modem.health()).ok, true, 'ordinary commands are answered again')
})

t.test('a RING and a caller id in the middle of a send are not taken for the answer', async (t) => {
  const { fake, modem } = await rig(t)
  fake.mood.send = 'ring-mid-send'
  const result = await modem.send('+491701234567', 'Emergency: room 2')
  t.match(result, { delivered: true, detail: /^\+CMGS: \d+$/, attempts: 1 })
  t.equal(fake.sent[0]?.text, 'Emergency: room 2')
})

t.test('a modem that resets during a send is set up again and the send is retried', async (t) => {
  const { fake, modem } = await rig(t)
  fake.mood.send = 'reset'
  const result = await modem.send('+491701234567', 'Staff call: bed 4')
  t.match(result, { delivered: true, attempts: 2 })
  t.equal(fake.commands.filter((c) => c === 'AT+CMGF=0').length, 2, 'PDU mode was set again after the reset')
  t.same(
    fake.sent.map((s) => s.text),
    ['Staff call: bed 4'],
  )
})

t.test('garbage from the modem is refused without a crash and shows in the health', async (t) => {
  const { fake, modem } = await rig(t, 300)
  fake.mood.send = 'garbage'
  const result = await modem.send('+491701234567', 'x')
  t.equal(result.delivered, false)
  const health = await modem.health()
  t.equal(health.ok, false)
  t.match(health.problem, /garbled lines/)
})

t.test('health: SIM, registration and signal are read', async (t) => {
  const { fake, modem } = await rig(t)
  t.same(await modem.health(), { ok: true, sim: 'READY', registered: true, signal: 20 })
  fake.mood.sim = 'SIM PIN'
  fake.mood.creg = 2
  fake.mood.csq = 99
  const bad = await modem.health()
  t.match(bad, {
    ok: false,
    sim: 'SIM PIN',
    registered: false,
    problem: /SIM not ready.*not registered.*signal unknown/,
  })
})

t.test('incoming messages (+CMTI stored, +CMT direct) are read, handed on and deleted', async (t) => {
  const { fake, modem } = await rig(t)
  const got = once(modem, 'sms') as Promise<[ReceivedSms]>
  fake.deliver('+491709999999', 'ACK')
  t.same((await got)[0], { from: '+491709999999', text: 'ACK' })
  await fake.commandCount(fake.commands.indexOf('AT+CMGR=1') + 2)
  t.ok(fake.commands.includes('AT+CMGD=1'), 'the message was deleted from the SIM')
  const direct = once(modem, 'sms') as Promise<[ReceivedSms]>
  fake.deliverDirect('+491708888888', 'ОК')
  t.same((await direct)[0], { from: '+491708888888', text: 'ОК' })
})

t.test('a modem that is not there: start rejects, a send before start says so', async (t) => {
  const modem = new GsmModem({ path: '/dev/qms-no-such-modem', logger, healthEveryMs: 0 })
  await t.rejects(modem.start(), /no-such-modem|No such file/)
  t.match(await modem.send('+491701234567', 'x'), { delivered: false, detail: 'the modem is not started', attempts: 0 })
  t.match(await modem.health(), { ok: false, problem: 'the modem is not started' })
  await modem.stop()
})

t.test('a modem unplugged while running is reported, then opened again when it is back at its path', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-modem-'))
  const links: [string, string] = [join(dir, 'ttyModem'), join(dir, 'far')]
  let pair = await socatPair(links)
  let fake = new FakeGsmModem()
  await fake.open(pair.b)
  const modem = new GsmModem({
    path: links[0],
    logger,
    commandTimeoutMs: 2000,
    sendTimeoutMs: 5000,
    healthEveryMs: 0,
    reopenMs: 100,
  })
  t.teardown(async () => {
    await modem.stop()
    await fake.close()
    await pair.close()
  })
  await modem.start()
  t.match(await modem.send('+491700000001', 'first'), { delivered: true })

  const unplugged = once(modem, 'health')
  await fake.close()
  await pair.close() // the device node goes away, as when the USB modem is pulled
  t.match((await unplugged)[0], { ok: false, problem: /disconnected/ })
  t.match(
    await modem.send('+491700000001', 'while away'),
    { delivered: false },
    'a send while it is away says it was not delivered',
  )

  const back = new Promise<unknown[]>((resolve) => modem.on('health', (h) => h.ok && resolve([h])))
  pair = await socatPair(links)
  fake = new FakeGsmModem()
  await fake.open(pair.b)
  t.match((await back)[0], { ok: true, sim: 'READY' }, 'reopened and healthy again')
  t.match(await modem.send('+491700000001', 'second'), { delivered: true })
  t.ok(fake.commands.includes('AT+CMGF=0'), 'set up again in PDU mode')
})
