/**
 * Test what ships: the GSM modem against the built bundle. A call point
 * raises an incident over MQTT, as its board does; the hub texts the
 * chain's first level through a modem on a pty that speaks AT in PDU mode
 * (3GPP TS 27.005 AT+CMGS, the PDU decoded by node-pdu, not by our driver).
 * Garbage and a broken PDU from the modem are refused without a crash;
 * the staff's reply "OK <n>", delivered by the network as +CMT, acknowledges
 * the call; a text the network refuses (+CMS ERROR) is published on alert/sms.
 */
import t from 'tap'
import { OneBoardSite, oneBoardDocument } from '../harness/one-board-site.ts'
import { FakeGsmModem } from '../harness/fake-gsm-modem.ts'
import { socatPair } from '../harness/socat-pair.ts'

const NURSE = '+491701111111'
const MANAGER = '+491709999999'

interface Notified {
  incident: string
  to: string[]
  delivered: boolean
  detail?: string
}

interface Incidents {
  incidents: Array<{ id: string; point: string; acknowledgedAt?: number; acknowledgedBy?: string }>
}

t.test('a call point texts its chain through the modem; garbage is refused; an SMS reply acknowledges', async (t) => {
  const wire = await socatPair()
  const modem = new FakeGsmModem()
  await modem.open(wire.b)
  t.teardown(async () => {
    await modem.close()
    await wire.close()
  })
  const doc = oneBoardDocument(
    ['callpoint'],
    {
      callPoints: {
        input: { driver: 'simulated' },
        holdMs: 3000,
        points: [
          { id: 'room-315', kind: 'staff', location: 'Room 315', chain: 'ward' },
          { id: 'desk', kind: 'complaint', location: 'Front desk', chain: 'manager' },
        ],
      },
    },
    {
      callPoints: {
        modem: { driver: 'gsm', path: wire.a },
        chains: [
          { id: 'ward', levels: [{ to: [NURSE] }] },
          { id: 'manager', levels: [{ to: [MANAGER] }] },
        ],
      },
    },
  )
  const run = await OneBoardSite.start(doc)
  t.teardown(() => run.stop())
  await run.retained<{ ok: boolean }>(
    (x) => x.modemState,
    (s) => s.ok,
  )

  // Line noise, then a +CMT whose PDU is not hex: logged and dropped.
  modem.write('\r\n\xff\xfe\x01junk\r\n\r\n+CMT: ,12\r\nZZ-not-a-pdu\r\n')

  const point = await run.device('callpoint')
  const raised = await point.request({ type: 'raiseIncident', point: 'room-315' })
  t.match(raised, { status: 'ok', data: { incident: /^inc-\d+$/ } })
  const incident = (raised as { data: { incident: string } }).data.incident
  const number = incident.slice('inc-'.length)
  await modem.sentCount(1)
  t.same(modem.sent, [
    { to: NURSE, text: `Staff call: Room 315. Reply OK ${number} when on the way, DONE ${number} when done.` },
  ])
  t.ok(
    modem.commands.some((c) => /^AT\+CMGS=\d+$/.test(c)),
    'sent with AT+CMGS in PDU mode',
  )

  modem.deliverDirect(NURSE, `OK ${number}`)
  const acknowledged = await run.retained<Incidents>(
    (x) => x.incidentsState,
    (s) => s.incidents.some((i) => i.id === incident && i.acknowledgedAt !== undefined),
  )
  t.match(
    acknowledged.incidents.find((i) => i.id === incident),
    { point: 'room-315' },
  )

  // The network refuses the next text (+CMS ERROR 38, network out of order): the failure is published, nothing crashes.
  modem.mood.send = 'cms-error'
  const alert = await run.watch<Notified>(
    (x) => x.alert('sms'),
    () => true,
  )
  t.match(await point.request({ type: 'raiseIncident', point: 'desk' }), { status: 'ok' })
  t.match(await alert.payload, { to: [MANAGER], delivered: false, detail: /38/ })
  t.ok(run.board.running, 'the bundle is still running')
  const warnings = run.board.entries.filter((e) => e.module === 'modem' && e.level === 40).map((e) => e.msg)
  t.same(
    warnings,
    ['modem sent garbage', 'incoming SMS refused', 'SMS not delivered'],
    'the garbage and the refused text were each logged',
  )
})
