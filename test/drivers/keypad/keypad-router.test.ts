import t, { type Test } from 'tap'
import { once } from 'node:events'
import pino from 'pino'
import { Rs485Keypad } from '../../../firmware/drivers/keypad/rs485-keypad.ts'
import { KeypadRouter } from '../../../firmware/drivers/keypad/keypad-router.ts'
import { BoardKeypads } from '../../../firmware/drivers/keypad/board-keypads.ts'
import { qsystemKeypad } from '../../../firmware/drivers/keypad/qsystem-keypad.ts'
import { asciiKeypad } from '../../../firmware/drivers/keypad/ascii-keypad.ts'
import { FakeSerialEnd } from '../../harness/fake-serial-end.ts'
import { socatPair } from '../../harness/socat-pair.ts'

const logger = pino({ level: 'silent' })

async function line(t: Test) {
  const pair = await socatPair()
  const fake = new FakeSerialEnd(pair.b)
  await fake.open()
  t.teardown(async () => {
    await fake.close()
    await pair.close()
  })
  return { pair, fake }
}

t.test('QSystem keypads share one line by address; each gets its own LED reply', async (t) => {
  const { pair, fake } = await line(t)
  const bus = new KeypadRouter({ path: pair.a, protocol: qsystemKeypad, logger })
  const c1 = new Rs485Keypad(bus, { address: 5, redirectTo: 'loans' })
  const c2 = new Rs485Keypad(bus, { address: 6 })
  await c1.start()
  await c2.start()
  t.teardown(async () => {
    await c1.stop()
    await c2.stop()
  })
  const presses: string[] = []
  c1.on('press', (k) => presses.push(`c1 ${k}`))
  c2.on('press', (k) => presses.push(`c2 ${k}`))
  const third = new Promise((resolve) => c2.once('press', resolve))
  // A frame for address 9 (no counter), garbage, then keys from both keypads, the redirect one split.
  await fake.send(Buffer.from([0x01, 0x09, 0x31, 0x07, 0xee, 0x01, 0x05, 0x33]))
  await fake.send(Buffer.from([0x07, 0x01, 0x05, 0x31, 0x07, 0x01, 0x06, 0x34, 0x07]))
  await third
  t.same(presses, ['c1 transfer:loans', 'c1 next', 'c2 noShow'])

  c2.feedback('queue-empty', 'No one waits')
  c1.feedback('done', 'A023 called')
  await fake.receivedAtLeast(8)
  t.same([...fake.received], [0x01, 0x06, 0x42, 0x07, 0x01, 0x05, 0x41, 0x07])
})

t.test('ASCII keypads: lines in, text replies out; a redirect without a target stays "redirect"', async (t) => {
  const { pair, fake } = await line(t)
  const lines = new BoardKeypads()
  const keypad = lines.keypad({ driver: 'rs485-keypad', path: pair.a, protocol: 'ascii', address: 7 }, logger)
  await keypad.start()
  t.teardown(() => keypad.stop())
  const pressed = once(keypad, 'press')
  await fake.send(Buffer.from('7:LOGIN:1234\r\n'))
  t.same(await pressed, ['login:1234'])
  keypad.feedback('not-allowed', 'No one has that PIN')
  await fake.receivedAtLeast(asciiKeypad.reply(7, 'not-allowed', 'No one has that PIN').length)
  t.equal(fake.received.toString(), '7:DENIED:No one has that PIN\r\n')
  t.throws(
    () => lines.keypad({ driver: 'rs485-keypad', path: pair.a, protocol: 'qsystem', address: 8 }, logger),
    /keypads on \S+ disagree: ascii at 9600 baud and qsystem at 9600 baud share one wire/,
  )
})

t.test('two keypads with one address on a line are refused at start', async (t) => {
  const { pair } = await line(t)
  const bus = new KeypadRouter({ path: pair.a, protocol: qsystemKeypad, logger })
  const first = new Rs485Keypad(bus, { address: 5 })
  await first.start()
  t.teardown(() => first.stop())
  await t.rejects(new Rs485Keypad(bus, { address: 5 }).start(), /two keypads on .* have address 5/)
})
