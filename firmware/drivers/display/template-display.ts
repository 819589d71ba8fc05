/**
 * The many vendor displays that speak "start address text end [checksum]":
 * each part is configured rather than coded (docs/keypads-displays.md).
 * The checksum covers the address, the text and the end bytes. A call's
 * arrow "\u2192" is kept only where the encoding has it (utf8, gb2312); in
 * the single-byte code pages it becomes ">" as on ASCII displays, since
 * iconv-lite would put "?" in its place ("A023 ? 3").
 */
import iconv from 'iconv-lite'
import { crc16modbus } from 'crc'
import type { DisplayContent } from './display.ts'
import type { DisplayFrame } from './display-frame.ts'

export interface TemplateOptions {
  /** Bytes before the address, e.g. [2] for STX. */
  start: number[]
  address: number
  /** byte: one raw byte; dec2/dec3: "07"/"007"; hex2: "0A"; none: no address. */
  addressFormat: 'byte' | 'dec2' | 'dec3' | 'hex2' | 'none'
  /** Any encoding iconv-lite knows: ascii, latin1, cp1251, cp1256, gb2312, utf8… */
  encoding: string
  /** Bytes between rows of a multi-row display. */
  rowSeparator: number[]
  /** Bytes after the text, e.g. [3] for ETX. */
  end: number[]
  checksum: 'none' | 'xor' | 'sum8' | 'crc16-modbus'
  gapMs: number
}

function addressBytes(o: TemplateOptions): Buffer {
  switch (o.addressFormat) {
    case 'byte':
      return Buffer.from([o.address & 0xff])
    case 'dec2':
      return Buffer.from(String(o.address).padStart(2, '0'), 'latin1')
    case 'dec3':
      return Buffer.from(String(o.address).padStart(3, '0'), 'latin1')
    case 'hex2':
      return Buffer.from(o.address.toString(16).toUpperCase().padStart(2, '0'), 'latin1')
    case 'none':
      return Buffer.alloc(0)
  }
}

export function checksumBytes(kind: TemplateOptions['checksum'], data: Buffer): Buffer {
  switch (kind) {
    case 'none':
      return Buffer.alloc(0)
    case 'xor':
      return Buffer.from([data.reduce((a, b) => a ^ b, 0)])
    case 'sum8':
      return Buffer.from([data.reduce((a, b) => (a + b) & 0xff, 0)])
    case 'crc16-modbus': {
      const crc = crc16modbus(data)
      return Buffer.from([crc & 0xff, crc >> 8])
    }
  }
}

const ARROW = '\u2192'

function hasArrow(encoding: string): boolean {
  return iconv.decode(iconv.encode(ARROW, encoding), encoding) === ARROW
}

export function templateFrame(content: DisplayContent, o: TemplateOptions): DisplayFrame {
  const arrow = hasArrow(o.encoding)
  const rows = content.rows.map((row) => iconv.encode(arrow ? row : row.replace(/\s*\u2192\s*/g, '>'), o.encoding))
  const text = Buffer.concat(rows.flatMap((row, i) => (i === 0 ? [row] : [Buffer.from(o.rowSeparator), row])))
  const checked = Buffer.concat([addressBytes(o), text, Buffer.from(o.end)])
  return { bytes: Buffer.concat([Buffer.from(o.start), checked, checksumBytes(o.checksum, checked)]), gapMs: o.gapMs }
}
