import t from 'tap'
import { once } from 'node:events'
import pino from 'pino'
import { SerialPort } from 'serialport'
import { receiverCallPointButtons } from '../../../firmware/drivers/input/call-point-buttons.ts'
import { readReceiverLine } from '../../../firmware/drivers/input/receiver-line.ts'
import { socatPair } from '../../harness/socat-pair.ts'

const logger = pino({ level: 'silent' })

t.test('receiver lines: down/up per channel; comments ignored; garbage refused with a reason', async (t) => {
  t.same(readReceiverLine('3 down'), { channel: 3, active: true })
  t.same(readReceiverLine('255 UP\r'), { channel: 255, active: false })
  t.same(readReceiverLine('# receiver v2'), { ignore: true })
  t.same(readReceiverLine(''), { ignore: true })
  for (const bad of ['256 down', '3', 'down 3', '3 pressed', '\u00ff\u00fe'])
    t.match(readReceiverLine(bad), { error: /channel 0-255/ }, bad)
})

t.test('wireless buttons over a real serial line: a bouncing hold calls once, garbage is refused', async (t) => {
  const pair = await socatPair()
  // The far end: the receiver board, written for the test.
  const far = new SerialPort({ path: pair.b, baudRate: 9600, autoOpen: false })
  await new Promise<void>((resolve, reject) => far.open((err) => (err ? reject(err) : resolve())))
  const buttons = receiverCallPointButtons(
    {
      input: { driver: 'serial-receiver', path: pair.a },
      holdMs: 500,
      points: [{ id: 'table-7', kind: 'manager', location: 'Table 7', chain: 'floor', channel: 7, cancelChannel: 8 }],
    },
    { driver: 'serial-receiver', path: pair.a },
    logger,
  )
  t.teardown(async () => {
    await buttons.stop()
    await new Promise<void>((resolve) => far.close(() => resolve()))
    await pair.close()
  })
  await buttons.start()
  const seen: string[] = []
  buttons.on('press', (k) => seen.push(`press ${k}`))
  buttons.on('longPress', (k) => seen.push(`long ${k}`))
  const send = (text: string) => new Promise<void>((resolve) => far.write(text, () => far.drain(() => resolve())))

  // A bouncing press, a line split across two writes, and garbage in between.
  await send('7 down\n7 up\n7 do')
  await send('wn\nnonsense\n')
  await new Promise((r) => setTimeout(r, 700))
  const long = once(buttons, 'longPress')
  await send('7 up\n')
  await long
  const short = once(buttons, 'press')
  await send('8 down\n')
  await new Promise((r) => setTimeout(r, 100))
  await send('8 up\n')
  await short
  t.same(
    seen,
    ['long table-7', 'press table-7:cancel'],
    'one call for the bouncing hold; the garbage line stopped nothing',
  )
})
