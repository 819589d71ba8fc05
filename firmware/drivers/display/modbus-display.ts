/**
 * Modbus-RTU counter displays: the text is written with function 0x10
 * (Write Multiple Registers), two characters per register, high byte first,
 * after one register that is 1 while the display should blink. The display
 * echoes address, function, start and quantity (Modbus Application Protocol
 * V1.1b3 §6.12); an exception answer (function | 0x80) or a bad CRC is
 * refused. The silence between frames is 3.5 character times, at least
 * 1.75 ms above 19200 baud (Modbus over Serial Line V1.02 §2.5.1.1).
 */
import { crc16modbus } from 'crc'
import type { DisplayContent } from './display.ts'
import { asciiRows, type AnswerCheck, type DisplayFrame } from './display-frame.ts'

export interface ModbusDisplayOptions {
  /** Modbus slave address 1–247. */
  address: number
  /** First register written (the blink flag); the text follows. Default 0. */
  register?: number
  /** Characters the display shows; the text is cut or padded with spaces. Default 8. */
  chars?: number
  /** Read the registers back after each write (function 0x03) and compare; for displays that support it. Default false. */
  readBack?: boolean
  baudRate: number
}

const WRITE_MULTIPLE = 0x10

export function withCrc(pdu: Buffer): Buffer {
  const crc = crc16modbus(pdu)
  // CRC-16/MODBUS goes low byte first.
  return Buffer.concat([pdu, Buffer.from([crc & 0xff, crc >> 8])])
}

export function modbusGapMs(baudRate: number): number {
  return baudRate > 19200 ? 1.75 : (3.5 * 11 * 1000) / baudRate
}

export function modbusFrame(content: DisplayContent, options: ModbusDisplayOptions): DisplayFrame {
  const { address, register = 0, chars = 8 } = options
  const text = (asciiRows(content)[0] ?? '').slice(0, chars).padEnd(chars + (chars % 2), ' ')
  const quantity = 1 + text.length / 2
  const pdu = Buffer.alloc(7 + quantity * 2)
  pdu.writeUInt8(address, 0)
  pdu.writeUInt8(WRITE_MULTIPLE, 1)
  pdu.writeUInt16BE(register, 2)
  pdu.writeUInt16BE(quantity, 4)
  pdu.writeUInt8(quantity * 2, 6)
  pdu.writeUInt16BE(content.highlight === 0 ? 1 : 0, 7)
  pdu.write(text, 9, 'latin1')
  const gapMs = modbusGapMs(options.baudRate)
  const frame: DisplayFrame = { bytes: withCrc(pdu), gapMs, answer: modbusAnswer(address, register, quantity) }
  if (options.readBack) frame.next = readBackFrame(address, register, pdu.subarray(7), gapMs)
  return frame
}

const READ_HOLDING = 0x03

/** Function 0x03 for the registers just written; the answer must carry the same bytes. */
function readBackFrame(address: number, register: number, written: Buffer, gapMs: number): DisplayFrame {
  const request = Buffer.alloc(6)
  request.writeUInt8(address, 0)
  request.writeUInt8(READ_HOLDING, 1)
  request.writeUInt16BE(register, 2)
  request.writeUInt16BE(written.length / 2, 4)
  const expected = withCrc(Buffer.concat([Buffer.from([address, READ_HOLDING, written.length]), written]))
  const answer: AnswerCheck = (rx) => {
    if (rx.length >= 5 && rx[1] === (READ_HOLDING | 0x80))
      return { error: `Modbus exception ${rx[2]} on read-back from display ${address}` }
    if (rx.length < expected.length) return 'more'
    const got = rx.subarray(0, expected.length)
    if (!validCrc(got)) return { error: `read-back with a bad CRC: ${got.toString('hex')}` }
    return got.equals(expected) ? 'ok' : { error: `read-back differs from what was written: ${got.toString('hex')}` }
  }
  return { bytes: withCrc(request), gapMs, answer }
}

function modbusAnswer(address: number, register: number, quantity: number): AnswerCheck {
  return (rx) => {
    if (rx.length >= 5 && rx[1] === (WRITE_MULTIPLE | 0x80)) {
      return validCrc(rx.subarray(0, 5))
        ? { error: `Modbus exception ${rx[2]} from display ${address}` }
        : { error: 'garbled Modbus exception' }
    }
    if (rx.length < 8) return 'more'
    const frame = rx.subarray(0, 8)
    if (!validCrc(frame)) return { error: `answer with a bad CRC: ${frame.toString('hex')}` }
    const echo =
      frame[0] === address &&
      frame[1] === WRITE_MULTIPLE &&
      frame.readUInt16BE(2) === register &&
      frame.readUInt16BE(4) === quantity
    return echo ? 'ok' : { error: `answer that does not echo the write: ${frame.toString('hex')}` }
  }
}

export function validCrc(frame: Buffer): boolean {
  return frame.length >= 3 && withCrc(frame.subarray(0, -2)).equals(frame)
}
