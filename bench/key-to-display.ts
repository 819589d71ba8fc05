/**
 * A teller's key to the counter display's frame fully received: a QSystem
 * keypad frame (01 01 31 07) goes in on one socat pty, the hub journals the
 * call (fdatasync), the display role paints, and the Modbus-RTU write for
 * the counter display comes out on another pty, where a fake display takes
 * the time of its last byte and answers. Run at 9600 and 57600 baud; a pty
 * moves bytes at memory speed whatever the baud rate, so the time the
 * display frame alone needs on a real line is printed beside it, at
 * Modbus-RTU's eleven bits a character (8E1 or 8N2).
 */
import pino from 'pino'
import { Appliance } from '../firmware/shell/app.ts'
import { modbusFrame } from '../firmware/drivers/display/modbus-display.ts'
import { demoConfig } from '../test/fixtures/site.ts'
import { FakeSerialEnd } from '../test/harness/fake-serial-end.ts'
import { FakeModbusDisplays } from '../test/harness/fake-modbus-displays.ts'
import { socatPair } from '../test/harness/socat-pair.ts'
import { benchDir } from './bench-dir.ts'
import { p99, percentile } from './stats.ts'
import { BITS_MODBUS_RTU, wireMs } from './wire-time.ts'
import { intlZones } from '../test/fixtures/zones.ts'

const NEXT = Buffer.from([0x01, 0x01, 0x31, 0x07])

async function atBaud(baudRate: number, samples: number): Promise<number[]> {
  const keypadWire = await socatPair()
  const displayWire = await socatPair()
  const keypad = new FakeSerialEnd(keypadWire.b)
  const display = new FakeModbusDisplays(displayWire.b, baudRate)
  display.moods.set(1, 'live')
  const config = demoConfig((doc) => {
    doc.board.roles = ['hub', 'counter', 'display']
    doc.board.counters = [
      {
        counter: 'c1',
        input: { driver: 'rs485-keypad', path: keypadWire.a, baudRate, protocol: 'qsystem', address: 1 },
      },
    ]
    doc.board.displays = [
      {
        id: 'above-c1',
        kind: 'counter',
        counter: 'c1',
        output: { driver: 'modbus', path: displayWire.a, baudRate, address: 1 },
      },
    ]
  })
  const app = new Appliance({
    zones: intlZones,
    config,
    dataDir: await benchDir(`key-display-${baudRate}`),
    logger: pino({ level: 'silent' }),
  })
  const ms: number[] = []
  try {
    await keypad.open()
    await display.open()
    await app.start()
    for (let i = 1; i <= samples; i++)
      await app.hub!.execute({ req: `bench-${i}`, type: 'issue', service: 'deposits' }, 'bench')
    for (let i = 1; i <= samples; i++) {
      const text = `A${String(i).padStart(3, '0')}>1`
      const painted = display.written((w) => w.text === text)
      const t0 = process.hrtime.bigint()
      await keypad.send(NEXT)
      const { at } = await painted
      ms.push(Number(at - t0) / 1e6)
    }
  } finally {
    await app.stop()
    await keypad.close()
    await display.close()
    await keypadWire.close()
    await displayWire.close()
  }
  return ms
}

export async function measureKeyToDisplay(samples = 1000): Promise<Record<string, number>> {
  const figures: Record<string, number> = {}
  const frameBytes = modbusFrame({ rows: ['A001 → 1'], highlight: 0 }, { address: 1, baudRate: 9600 }).bytes.length
  for (const baud of [9600, 57600]) {
    const ms = await atBaud(baud, samples)
    figures[`key_to_display_p50_${baud}_ms`] = percentile(ms, 50)
    figures[`key_to_display_p99_${baud}_ms`] = p99(ms)
    figures[`display_wire_${baud}_ms`] = wireMs(frameBytes, baud, BITS_MODBUS_RTU)
  }
  return figures
}
