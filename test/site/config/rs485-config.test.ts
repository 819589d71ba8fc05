import t from 'tap'
import { ConfigError, checkConfig } from '../../../firmware/site/config/load.ts'
import { demoDocument } from '../../fixtures/site.ts'
import { intlZones } from '../../fixtures/zones.ts'

function problems(change: (doc: Record<string, any>) => void): string[] {
  const doc = demoDocument()
  change(doc)
  try {
    checkConfig(doc, 'site.yaml', intlZones)
  } catch (err) {
    if (err instanceof ConfigError) return err.problems
    throw err
  }
  return []
}

const keypad = (address: number, extra: Record<string, unknown> = {}) => ({
  driver: 'rs485-keypad',
  path: '/dev/ttyUSB0',
  protocol: 'qsystem',
  address,
  ...extra,
})

t.test('keypads and displays on RS-485 lines that can work pass', async (t) => {
  t.same(
    problems((doc) => {
      doc.staff = [{ id: 'amal', name: 'Amal', pin: '0421', services: ['deposits'] }]
      doc.board.counters[0].input = keypad(1, { redirectTo: 'loans' })
      doc.board.counters[1].input = keypad(2)
      doc.board.displays[0].output = { driver: 'alpha-sign', path: '/dev/ttyUSB1' }
      doc.board.displays[0].notices = ['Welcome']
      doc.board.displays[1].output = { driver: 'modbus', path: '/dev/ttyUSB1', address: 1 }
      doc.board.displays[2].output = {
        driver: 'template',
        path: '/dev/ttyUSB1',
        address: 2,
        start: [2],
        addressFormat: 'dec2',
        encoding: 'cp1251',
        end: [3],
        checksum: 'xor',
      }
      doc.board.displays[3].output = { driver: 'qsystem-board', path: '/dev/ttyUSB1', address: 3 }
    }),
    [],
  )
})

t.test('clashes on a line are named by their path before anything opens a port', async (t) => {
  t.same(
    problems((doc) => {
      doc.board.counters[0].input = keypad(1, { redirectTo: 'nope' })
      doc.board.counters[1].input = keypad(1)
      doc.board.counters[2].input = keypad(3, { protocol: 'ascii', baudRate: 19200 })
      doc.board.displays[1].output = { driver: 'modbus', path: '/dev/ttyUSB0', address: 5 }
      doc.board.displays[2].output = {
        driver: 'template',
        path: '/dev/ttyUSB2',
        address: 2,
        start: [2],
        addressFormat: 'dec2',
        encoding: 'klingon',
        end: [3],
        checksum: 'xor',
      }
    }),
    [
      'board.counters[0].input.redirectTo: no service "nope"',
      'board.displays[2].output.encoding: "klingon" is not an encoding iconv-lite knows (try latin1, cp1251, cp1256, gb2312, utf8)',
      'board.counters[1].input.address: 1 is already used on /dev/ttyUSB0 by board.counters[0].input',
      'board.counters[2].input.path: /dev/ttyUSB0 already carries qsystem keypads (board.counters[0].input); ascii keypads need a line of their own',
      'board.displays[1].output.path: /dev/ttyUSB0 already carries qsystem keypads (board.counters[0].input); displays need a line of their own',
    ],
  )
})

t.test('a PIN must be digits', async (t) => {
  t.match(
    problems((doc) => (doc.staff = [{ id: 'amal', name: 'Amal', pin: 'abcd', services: ['deposits'] }])),
    [/staff\/0\/pin|staff\[0\]\.pin: must be 4–8 digits/],
  )
})
