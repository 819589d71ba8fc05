/**
 * Test what ships: RS-485 keypads of both protocols against the built
 * bundle. A far-end keypad on a socat pty presses "call next" as the
 * protocol is published (docs/keypads-displays.md): QSystem `01 <addr> 31 07`,
 * the line protocol `<addr>:NEXT`. The waiting ticket, issued over MQTT by
 * the board's ticket box, is called at that counter, and the keypad gets
 * the reply frame the protocol gives for it. The line keypad then holds its
 * ticket, brings it back by its label and cancels it.
 */
import t from 'tap'
import { OneBoardSite, oneBoardDocument } from '../harness/one-board-site.ts'
import { FakeSerialEnd } from '../harness/fake-serial-end.ts'
import { socatPair } from '../harness/socat-pair.ts'

interface CounterState {
  ticket: { label: string; state: string; counter?: string } | null
}

t.test('QSystem and line-protocol keypads call the waiting tickets and get their replies', async (t) => {
  const qsystemWire = await socatPair()
  const asciiWire = await socatPair()
  const qsystem = new FakeSerialEnd(qsystemWire.b)
  const ascii = new FakeSerialEnd(asciiWire.b)
  await qsystem.open()
  await ascii.open()
  t.teardown(async () => {
    await qsystem.close()
    await ascii.close()
    await qsystemWire.close()
    await asciiWire.close()
  })
  const doc = oneBoardDocument(['counter'], {
    counters: [
      { counter: 'c1', input: { driver: 'rs485-keypad', path: qsystemWire.a, protocol: 'qsystem', address: 1 } },
      { counter: 'c2', input: { driver: 'rs485-keypad', path: asciiWire.a, protocol: 'ascii', address: 7 } },
    ],
  })
  const run = await OneBoardSite.start(doc)
  t.teardown(() => run.stop())
  t.same(await run.issue('deposits', 2), ['A001', 'A002'])

  // QSystem: key 0x31 is "call next"; 0x41 is the "done" answer, to the same address.
  await qsystem.send(Buffer.from([0x01, 0x01, 0x31, 0x07]))
  await qsystem.receivedAtLeast(4)
  t.equal(qsystem.received.toString('hex'), '01014107', 'the QSystem keypad got "done"')
  const c1 = await run.retained<CounterState>(
    (x) => x.counterState('c1'),
    (s) => s.ticket !== null,
  )
  t.match(c1.ticket, { label: 'A001', state: 'called', counter: 'c1' })

  await ascii.send(Buffer.from('7:NEXT\r\n'))
  const reply = '7:OK:A002 called\r\n'
  await ascii.receivedAtLeast(reply.length)
  t.equal(ascii.received.toString('latin1'), reply, 'the line keypad got its OK line')
  const c2 = await run.retained<CounterState>(
    (x) => x.counterState('c2'),
    (s) => s.ticket !== null,
  )
  t.match(c2.ticket, { label: 'A002', state: 'called', counter: 'c2' })

  // Nothing waits any more: QSystem's "queue empty" (0x42) and the line protocol's EMPTY.
  await qsystem.send(Buffer.from([0x01, 0x01, 0x31, 0x07]))
  await qsystem.receivedAtLeast(8)
  t.equal(qsystem.received.subarray(4).toString('hex'), '01014207', 'then "queue empty"')
  // Garbage on the line is dropped, and the keypad after it is still served.
  await ascii.send(Buffer.from('\xff\x00garbage\n7:NEXT\n', 'latin1'))
  await ascii.receivedAtLeast(reply.length + 8)
  t.match(ascii.received.subarray(reply.length).toString('latin1'), /^7:EMPTY:[^\r\n]+\r\n$/, 'then EMPTY')

  // A held ticket comes back by its label, and a line keypad cancels it (it had no CANCEL key before issue 18).
  const lines = ['7:HOLD', '7:CALL:A002', '7:CANCEL:A002']
  const replies = ['7:OK:A002 on hold\r\n', '7:OK:A002 called\r\n', '7:OK:A002 cancelled\r\n']
  let seen = ascii.received.length
  for (const [i, line] of lines.entries()) {
    await ascii.send(Buffer.from(`${line}\n`))
    await ascii.receivedAtLeast(seen + replies[i]!.length)
    t.equal(ascii.received.subarray(seen).toString('latin1'), replies[i], `${line} is answered`)
    seen = ascii.received.length
  }
  t.ok(run.board.running, 'the bundle is still running')
})
