import t from 'tap'
import { once } from 'node:events'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { Appliance } from '../../firmware/shell/app.ts'
import { FakeSerialEnd } from '../harness/fake-serial-end.ts'
import { FakeModbusDisplays } from '../harness/fake-modbus-displays.ts'
import { socatPair } from '../harness/socat-pair.ts'
import { demoConfig } from '../fixtures/site.ts'
import { intlZones } from '../fixtures/zones.ts'

const logger = pino({ level: 'silent' })
const now = () => Date.UTC(2026, 10, 22, 6, 0)

t.test('a keypad line in, through the hub, to Modbus display frames out, beside a dead display', async (t) => {
  const keypadWire = await socatPair()
  const displayWire = await socatPair()
  const keypad = new FakeSerialEnd(keypadWire.b)
  const displays = new FakeModbusDisplays(displayWire.b)
  displays.moods.set(1, 'live')
  // Address 2 (above c2) stays dead.
  await keypad.open()
  await displays.open()
  const config = demoConfig((doc) => {
    doc.staff = [{ id: 'amal', name: 'Amal', pin: '1234', services: ['deposits'] }]
    doc.board.counters[0].input = { driver: 'rs485-keypad', path: keypadWire.a, protocol: 'ascii', address: 1 }
    doc.board.displays[1].output = { driver: 'modbus', path: displayWire.a, address: 1 }
    doc.board.displays[2].output = { driver: 'modbus', path: displayWire.a, address: 2 }
  })
  const app = new Appliance({
    zones: intlZones,
    config,
    dataDir: await mkdtemp(join(tmpdir(), 'qms-flow-')),
    logger,
    clock: now,
  })
  t.teardown(async () => {
    await app.stop()
    await keypad.close()
    await displays.close()
    await keypadWire.close()
    await displayWire.close()
  })
  await app.start()

  const printed = once(app.drivers.simulated.printers[0]!, 'printed')
  app.drivers.simulated.inputs.get('dispenser')!.press('loans')
  app.drivers.simulated.inputs.get('dispenser')!.press('deposits')
  await printed

  await keypad.send(Buffer.from('1:LOGIN:1234\r\n'))
  await keypad.receivedAtLeast('1:OK:Hello Amal\r\n'.length)
  t.equal(keypad.received.toString(), '1:OK:Hello Amal\r\n')

  await keypad.send(Buffer.from('1:NEXT\n'))
  const write = await displays.written((w) => w.address === 1 && w.text === 'A001>1')
  t.ok(write.blink, 'a new call blinks')
  await keypad.receivedAtLeast('1:OK:Hello Amal\r\n1:OK:A001 called\r\n'.length)
  t.equal(keypad.received.toString(), '1:OK:Hello Amal\r\n1:OK:A001 called\r\n')
  const called = Object.values(app.hub!.state.tickets).find((x) => x.label === 'A001')
  t.match(called, { state: 'called', counter: 'c1' })

  // Amal serves deposits only: with B001 (loans) the only one waiting, counter 1 has nothing for her.
  await keypad.send(Buffer.from('1:FINISH\n1:NEXT\n'))
  const expected = '1:OK:Hello Amal\r\n1:OK:A001 called\r\n1:OK:A001 done\r\n1:EMPTY:No one is waiting\r\n'
  await keypad.receivedAtLeast(expected.length)
  t.equal(keypad.received.toString(), expected, 'keys answered in the order pressed')
  t.equal(displays.writes.filter((w) => w.address === 2).length, 0, 'the dead display never took a frame')
})
