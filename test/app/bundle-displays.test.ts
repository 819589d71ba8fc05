/**
 * Test what ships: each display protocol against the built bundle. Three
 * tellers call A001, A002, A003 at counters 1, 2, 3; the far end of each
 * display's pty must receive the frame for "ticket → counter" exactly as the
 * public protocol lays it out, the bytes written out here from the protocol
 * descriptions (docs/keypads-displays.md, the Alpha Sign Communications
 * Protocol), not taken from our encoders. The Modbus display is a slave in
 * its own process that answers at once (issue 14, defect 10): it must never
 * be reported offline.
 */
import t from 'tap'
import { OneBoardSite, oneBoardDocument } from '../harness/one-board-site.ts'
import { FakeSerialEnd } from '../harness/fake-serial-end.ts'
import { ModbusSlave } from '../harness/modbus-slave.ts'
import { socatPair, type PtyPair } from '../harness/socat-pair.ts'

const ascii = (text: string) => Buffer.from(text, 'latin1')
const xor = (bytes: Buffer) => bytes.reduce((a, b) => a ^ b, 0)
const sum16hex = (bytes: Buffer) =>
  (bytes.reduce((a, b) => a + b, 0) & 0xffff).toString(16).toUpperCase().padStart(4, '0')

/** Alpha: NUL x5, SOH, type 'Z' (all signs), address "00", STX, Write TEXT 'A' to file 'A', rows, ETX, checksum of STX..ETX, EOT. */
function alphaWriteText(rows: Array<[mode: 'b' | 'c', text: string]>): Buffer {
  const checked = Buffer.concat([
    Buffer.from([0x02]),
    ascii('AA'),
    ...rows.map(([mode, text]) => Buffer.concat([Buffer.from([0x1b]), ascii(`0${mode}${text}`)])),
    Buffer.from([0x03]),
  ])
  return Buffer.concat([
    Buffer.alloc(5),
    Buffer.from([0x01]),
    ascii('Z00'),
    checked,
    ascii(sum16hex(checked)),
    Buffer.from([0x04]),
  ])
}

t.test('Modbus-RTU, QSystem board, template and Alpha sign each get the exact frame of a call', async (t) => {
  const wires: PtyPair[] = []
  for (let i = 0; i < 4; i++) wires.push(await socatPair())
  const [modbusWire, qsystemWire, templateWire, alphaWire] = wires as [PtyPair, PtyPair, PtyPair, PtyPair]
  const slave = new ModbusSlave(modbusWire.b, [1])
  await slave.start()
  const ends = [qsystemWire, templateWire, alphaWire].map((w) => new FakeSerialEnd(w.b))
  for (const end of ends) await end.open()
  const [qsystem, template, alpha] = ends as [FakeSerialEnd, FakeSerialEnd, FakeSerialEnd]
  t.teardown(async () => {
    await slave.stop()
    for (const end of ends) await end.close()
    for (const wire of wires) await wire.close()
  })
  const doc = oneBoardDocument(['counter', 'display'], {
    counters: ['c1', 'c2', 'c3'].map((counter) => ({ counter, input: { driver: 'simulated' } })),
    displays: [
      {
        id: 'above-c1',
        kind: 'counter',
        counter: 'c1',
        output: { driver: 'modbus', path: modbusWire.a, address: 1, readBack: true },
      },
      {
        id: 'above-c2',
        kind: 'counter',
        counter: 'c2',
        output: { driver: 'qsystem-board', path: qsystemWire.a, address: 4 },
      },
      {
        id: 'above-c3',
        kind: 'counter',
        counter: 'c3',
        output: {
          driver: 'template',
          path: templateWire.a,
          address: 3,
          start: [2],
          addressFormat: 'dec2',
          encoding: 'cp1251',
          end: [3],
          checksum: 'xor',
        },
      },
      { id: 'hall', kind: 'hall', lines: 3, output: { driver: 'alpha-sign', path: alphaWire.a } },
    ],
  })
  const run = await OneBoardSite.start(doc)
  t.teardown(() => run.stop())
  await run.issue('deposits', 3)

  run.board.press('counter:c1', 'next')
  // Function 0x10 from register 0: the blink flag (1: a new call blinks), then "A001>1" padded to 8 characters.
  const write = await slave.taken((r) => r.function === 0x10 && r.values === `0001${ascii('A001>1  ').toString('hex')}`)
  t.equal(write.register, 0, 'Modbus: blink flag and text from register 0')
  // readBack: function 0x03 for the same registers follows, and the slave reads back what it holds.
  const read = await slave.taken((r) => r.function === 0x03 && r.values === write.values)
  t.equal(read.register, 0, 'Modbus: the registers read back')

  run.board.press('counter:c2', 'next')
  // 01 <address> <flags: blink | arrow> <text, the board draws the arrow> 07
  await qsystem.receivedFrame(Buffer.concat([Buffer.from([0x01, 0x04, 0x03]), ascii('A002 2'), Buffer.from([0x07])]))
  t.pass('QSystem board: 01 04 03 "A002 2" 07')

  run.board.press('counter:c3', 'next')
  // STX, address "03", the text with the arrow as ">" (the display has no arrow), ETX, XOR of address..ETX.
  const checked = Buffer.concat([ascii('03A003>3'), Buffer.from([0x03])])
  await template.receivedFrame(Buffer.concat([Buffer.from([0x02]), checked, Buffer.from([xor(checked)])]))
  t.pass('template: STX "03A003>3" ETX xor')

  // The hall: newest call first, flashing; the others hold.
  await alpha.receivedFrame(
    alphaWriteText([
      ['c', 'A003>3'],
      ['b', 'A002>2'],
      ['b', 'A001>1'],
    ]),
  )
  t.pass('Alpha sign: Write TEXT with the three calls')

  const missed = run.board.entries.filter((e) => /display offline|incomplete answer|no answer/.test(JSON.stringify(e)))
  t.same(missed, [], 'the Modbus display that answers at once was never taken for a miss')
})
