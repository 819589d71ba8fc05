import t from 'tap'
import { AtLineReader, type AtItem } from '../../../firmware/drivers/modem/at-lines.ts'
import { decodeDeliver, encodeSms } from '../../../firmware/drivers/modem/sms-pdu.ts'
import { Deliver } from 'node-pdu'

const stream = '\r\n+CSQ: 20,99\r\n\r\nOK\r\n\r\nRING\r\n\r\n> '
const expected: AtItem[] = [
  { kind: 'info', line: '+CSQ: 20,99' },
  { kind: 'final', ok: true, line: 'OK' },
  { kind: 'unsolicited', line: 'RING', name: 'RING' },
  { kind: 'prompt' },
]

t.test('lines, notices and the prompt come out the same wherever the bytes are split', async (t) => {
  for (let i = 0; i <= stream.length; i++) {
    for (let j = i; j <= stream.length; j++) {
      const reader = new AtLineReader()
      const items = [stream.slice(0, i), stream.slice(i, j), stream.slice(j)].flatMap((s) =>
        reader.push(Buffer.from(s, 'latin1')),
      )
      if (JSON.stringify(items) !== JSON.stringify(expected)) t.fail(`split at ${i},${j}: ${JSON.stringify(items)}`)
    }
  }
  t.pass('every split gave the same items')
})

t.test('error results carry their family and code', async (t) => {
  const reader = new AtLineReader()
  t.same(reader.push(Buffer.from('\r\n+CMS ERROR: 330\r\n+CME ERROR: SIM not inserted\r\nERROR\r\n')), [
    { kind: 'final', ok: false, line: '+CMS ERROR: 330', family: 'CMS', code: 330 },
    { kind: 'final', ok: false, line: '+CME ERROR: SIM not inserted', family: 'CME' },
    { kind: 'final', ok: false, line: 'ERROR', family: 'ERROR' },
  ])
})

t.test('+CPIN is an answer when asked for and a notice otherwise; +CMT keeps its PDU line', async (t) => {
  const reader = new AtLineReader()
  t.same(reader.push(Buffer.from('+CPIN: READY\r\n'), '+CPIN'), [{ kind: 'info', line: '+CPIN: READY' }])
  t.same(reader.push(Buffer.from('+CPIN: READY\r\n')), [{ kind: 'unsolicited', line: '+CPIN: READY', name: '+CPIN' }])
  t.same(reader.push(Buffer.from('+CMT: ,24\r\n0791ABCD\r\n')), [
    { kind: 'unsolicited', line: '+CMT: ,24', name: '+CMT', body: '0791ABCD' },
  ])
})

t.test('garbage is refused with a reason, never thrown', async (t) => {
  const reader = new AtLineReader()
  const items = reader.push(Buffer.from([0xff, 0xfe, 0x01, 0x0d, 0x0a]))
  t.equal(items[0]?.kind, 'garbage')
  t.match(items[0], { why: /unprintable/ })
  const long = reader.push(Buffer.alloc(2000, 0x41))
  t.match(long, [{ kind: 'garbage', why: /longer than/ }])
  t.same(
    reader.push(Buffer.from('OK\r\n')),
    [{ kind: 'final', ok: true, line: 'OK' }],
    'the reader goes on after garbage',
  )
})

t.test('texts are GSM-7 where they fit and UCS-2 otherwise; long ones are split', async (t) => {
  t.equal(encodeSms('+491701234567', 'Staff call: room 315 {urgent}').encoding, 'gsm7')
  for (const text of ['Вызов: кабинет 315', 'طلب موظف: غرفة 315', '呼叫：315 室'])
    t.equal(encodeSms('+491701234567', text).encoding, 'ucs2', text)
  const long = encodeSms('+491701234567', 'x'.repeat(200))
  t.equal(long.parts.length, 2)
  for (const p of long.parts) t.equal(p.tpduLength, p.hex.length / 2 - 1, 'CMGS length leaves out the empty SCA octet')
})

t.test('an incoming message decodes; a bad PDU is refused with a reason', async (t) => {
  const deliver = new Deliver('+491701234567', 'ACK 12')
  t.same(decodeDeliver(deliver.getParts()[0]!.toString(deliver)), { from: '+491701234567', text: 'ACK 12' })
  // The example PDU of node-pdu's README, as a modem would give it (with an SCA).
  t.same(decodeDeliver('07919730071111F1000B919746121611F10000811170021222230DC8329BFD6681EE6F399B1C02'), {
    from: '+79642161111',
    text: 'Hello, world!',
  })
  t.throws(() => decodeDeliver('zz'), /not a PDU/)
  t.throws(() => decodeDeliver('0011'), /unreadable PDU|not an incoming/)
})
