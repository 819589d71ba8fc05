import t from 'tap'
import iconv from 'iconv-lite'
import { alphaSignFrame } from '../../../firmware/drivers/display/alpha-sign.ts'
import { wireMs } from '../../../firmware/drivers/display/display-frame.ts'
import { modbusFrame, modbusGapMs, validCrc, withCrc } from '../../../firmware/drivers/display/modbus-display.ts'
import { qsystemBoardFrame } from '../../../firmware/drivers/display/qsystem-board.ts'
import {
  checksumBytes,
  templateFrame,
  type TemplateOptions,
} from '../../../firmware/drivers/display/template-display.ts'

const hex = (b: Buffer) => b.toString('hex')

t.test('Modbus-RTU: CRC-16 of a known frame, the write frame, the echo answer', async (t) => {
  // The textbook read-holding-registers request 01 03 0000 0001 has CRC 84 0A.
  t.equal(hex(withCrc(Buffer.from([1, 3, 0, 0, 0, 1]))), '010300000001840a')
  const frame = modbusFrame({ rows: ['A023 → 3'], highlight: 0 }, { address: 7, chars: 6, baudRate: 9600 })
  t.equal(hex(frame.bytes.subarray(0, -2)), '07100000000408' + '0001' + Buffer.from('A023>3').toString('hex'))
  t.ok(validCrc(frame.bytes))
  t.equal(frame.answer!(withCrc(Buffer.from([7, 0x10, 0, 0, 0, 4]))), 'ok')
  t.equal(frame.answer!(Buffer.from([7, 0x10, 0, 0])), 'more')
  t.match(frame.answer!(Buffer.from([7, 0x10, 0, 0, 0, 4, 0, 0])), { error: /bad CRC/ })
  t.match(frame.answer!(withCrc(Buffer.from([7, 0x90, 2]))), { error: 'Modbus exception 2 from display 7' })
  t.match(frame.answer!(withCrc(Buffer.from([8, 0x10, 0, 0, 0, 4]))), { error: /does not echo/ })
  t.equal(modbusGapMs(57600), 1.75)
  t.equal(Math.round(modbusGapMs(9600) * 100) / 100, 4.01)
  t.equal(
    wireMs(frame.bytes.length, 9600),
    (17 * 10 * 1000) / 9600,
    '7 header bytes, 8 data bytes, 2 CRC bytes at 10 bits each',
  )
})

t.test('Modbus-RTU: a paused counter, no blink; odd widths padded to whole registers', async (t) => {
  const frame = modbusFrame({ rows: ['CLOSED'] }, { address: 1, register: 16, chars: 7, baudRate: 9600 })
  t.equal(hex(frame.bytes.subarray(0, 9)), '0110001000050a0000')
  t.equal(frame.bytes.subarray(9, -2).toString('latin1'), 'CLOSED  ')
})

t.test('Alpha Sign: Write TEXT file A, the newest row flashing, checksum over STX..ETX', async (t) => {
  const frame = alphaSignFrame({ rows: ['A023 → 3', 'B011 → 1'], highlight: 0 }, { address: 1 })
  const body = Buffer.concat([
    Buffer.from([0x02, 0x41, 0x41, 0x1b, 0x30, 0x63]),
    Buffer.from('A023>3'),
    Buffer.from([0x1b, 0x30, 0x62]),
    Buffer.from('B011>1'),
    Buffer.from([0x03]),
  ])
  const sum = body.reduce((a, b) => a + b, 0)
  t.equal(
    hex(frame.bytes),
    '0000000000' +
      '01' +
      '5a' +
      Buffer.from('01').toString('hex') +
      hex(body) +
      Buffer.from(sum.toString(16).toUpperCase().padStart(4, '0')).toString('hex') +
      '04',
  )
  t.equal(frame.gapMs, 100)
})

t.test('QSystem LED board: cp1251 text, blink and arrow flags', async (t) => {
  const frame = qsystemBoardFrame({ rows: ['А023 → Окно 3'], highlight: 0 }, { address: 4 })
  t.equal(hex(frame.bytes), '010403' + hex(iconv.encode('А023 Окно 3', 'cp1251')) + '07')
  t.equal(
    hex(qsystemBoardFrame({ rows: ['CLOSED\x07'] }, { address: 4 }).bytes),
    '010400' + Buffer.from('CLOSED').toString('hex') + '07',
    'a BEL in the text cannot end the frame early',
  )
})

t.test('template protocol: STX address text ETX checksum, each part configured', async (t) => {
  const o: TemplateOptions = {
    start: [0x02],
    address: 3,
    addressFormat: 'dec2',
    encoding: 'latin1',
    rowSeparator: [0x0d],
    end: [0x03],
    checksum: 'xor',
    gapMs: 10,
  }
  const frame = templateFrame({ rows: ['A023', 'B1'] }, o)
  const checked = Buffer.from([0x30, 0x33, ...Buffer.from('A023'), 0x0d, ...Buffer.from('B1'), 0x03])
  t.equal(hex(frame.bytes), '02' + hex(checked) + hex(Buffer.from([checked.reduce((a, b) => a ^ b, 0)])))
  t.equal(
    hex(templateFrame({ rows: ['Ок'] }, { ...o, addressFormat: 'byte', encoding: 'cp1251', checksum: 'none' }).bytes),
    '0203ceea03',
  )
  t.equal(
    hex(templateFrame({ rows: ['7'] }, { ...o, addressFormat: 'hex2', address: 10, checksum: 'none' }).bytes),
    '02' + hex(Buffer.from('0A7')) + '03',
  )
  // A call's arrow: kept where the encoding has it, ">" where it has not (it was "?", showing "A023 ? 3").
  t.equal(
    templateFrame({ rows: ['A023 \u2192 3'] }, { ...o, checksum: 'none' }).bytes.toString('latin1'),
    '\x0203A023>3\x03',
  )
  t.equal(
    templateFrame(
      { rows: ['\u0410023 \u2192 \u041e\u043a\u043d\u043e 3'] },
      { ...o, encoding: 'cp1251', checksum: 'none' },
    )
      .bytes.subarray(3, -1)
      .toString('hex'),
    hex(iconv.encode('\u0410023>\u041e\u043a\u043d\u043e 3', 'cp1251')),
  )
  t.equal(
    hex(templateFrame({ rows: ['A1 \u2192 2'] }, { ...o, encoding: 'utf8', checksum: 'none' }).bytes),
    '02' + hex(Buffer.from('03A1 \u2192 2')) + '03',
  )
  t.equal(hex(checksumBytes('sum8', Buffer.from([0xff, 0x02]))), '01')
  t.equal(hex(checksumBytes('crc16-modbus', Buffer.from([1, 3, 0, 0, 0, 1]))), '840a')
})
