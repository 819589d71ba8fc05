/**
 * The one RS-485 port the displays' frame queue and the keypads' router now
 * share the lifecycle of: open with the first device, shared by the rest,
 * closed with the last, opened again by the next; bytes both ways.
 */
import t from 'tap'
import pino from 'pino'
import { SharedLine } from '../../../firmware/drivers/rs485/shared-line.ts'
import { FakeSerialEnd } from '../../harness/fake-serial-end.ts'
import { socatPair } from '../../harness/socat-pair.ts'

const logger = pino({ level: 'silent' })

t.test('the first device opens the line, the last one closes it, the next opens it again', async (t) => {
  const pair = await socatPair()
  const far = new FakeSerialEnd(pair.b)
  await far.open()
  const line = new SharedLine({ path: pair.a, baudRate: 9600, kind: 'display', logger })
  t.teardown(async () => {
    await line.close()
    await far.close()
    await pair.close()
  })
  t.equal(
    (await line.write(Buffer.from('x')))?.message,
    'the line is closed',
    'nothing is written before a device starts',
  )

  await Promise.all([line.attach('d1'), line.attach(7)])
  t.ok(line.isOpen)
  t.ok(line.has('d1') && line.has(7))
  const heard = new Promise<Buffer>((resolve) => line.once('data', resolve))
  await far.send(Buffer.from([0x01, 0x05]))
  t.same([...(await heard)], [0x01, 0x05], 'what the wire says reaches the line')
  t.equal(await line.write(Buffer.from([0x02, 0x41, 0x03])), undefined)
  await far.receivedAtLeast(3)
  t.same([...far.received], [0x02, 0x41, 0x03])

  t.equal(line.leave('d1'), false, 'another device is still on the line')
  t.ok(line.isOpen)
  t.equal(line.leave(7), true, 'the last device left')
  await line.close()
  t.notOk(line.isOpen)
  t.equal((await line.write(Buffer.from('x')))?.message, 'the line is closed')

  await line.attach('d2')
  t.ok(line.isOpen, 'opened again for the next device')
  t.equal(await line.write(Buffer.from([0x04])), undefined)
  await far.receivedAtLeast(4)
  t.same([...far.received].slice(3), [0x04])
  line.leave('d2')
})

t.test('a port that cannot be opened fails the device that started it', async (t) => {
  const line = new SharedLine({ path: '/nonexistent/tty-qms-test', baudRate: 9600, kind: 'keypad', logger })
  await t.rejects(line.attach(1), /No such file or directory|ENOENT|cannot open/i)
  t.notOk(line.isOpen)
})
