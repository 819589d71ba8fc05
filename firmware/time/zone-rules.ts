/**
 * A time zone's rules from the bytes of a TZif file (RFC 8536, versions 1–4),
 * as the system's tz database holds them (/usr/share/zoneinfo). Pure: bytes
 * in, rules out; the caller reads the file. Any defect throws an Error that
 * says what is wrong and where.
 */
import { parsePosixTz, posixOffsetAt, type PosixZone } from './posix-tz.ts'

export interface ZoneRules {
  /** Transition instants, seconds since 1970 UTC, ascending. */
  transitions: number[]
  /** The UTC offset in seconds from each transition on (same index). */
  offsets: number[]
  /** The offset before the first transition: local time type 0 (RFC 8536 §3.2). */
  initialOffset: number
  /** The rule after the last transition; absent (version 1, or an empty footer) means the last offset stays. */
  footer?: PosixZone
}

const HEADER = 44

interface Header {
  version: number
  isutcnt: number
  isstdcnt: number
  leapcnt: number
  timecnt: number
  typecnt: number
  charcnt: number
}

class Bytes {
  constructor(readonly data: Uint8Array) {}
  need(at: number, length: number, what: string): void {
    if (at + length > this.data.length)
      throw new Error(`TZif truncated: ${what} needs bytes ${at}–${at + length - 1}, the file has ${this.data.length}`)
  }
  view(at: number, length: number, what: string): DataView {
    this.need(at, length, what)
    return new DataView(this.data.buffer, this.data.byteOffset + at, length)
  }
}

// RFC 8536 §3.1: "TZif", a version byte, 15 unused, then six 32-bit counts.
function header(bytes: Bytes, at: number, which: string): Header {
  // The magic first, so that a short text file is called what it is rather than truncated.
  const magic = String.fromCharCode(...bytes.data.subarray(at, at + 4))
  if (!'TZif'.startsWith(magic))
    throw new Error(
      `not a TZif file: the ${which} header at byte ${at} starts with ${JSON.stringify(magic)}, not "TZif"`,
    )
  const v = bytes.view(at, HEADER, `the ${which} header`)
  const byte = v.getUint8(4)
  const version = byte === 0 ? 1 : byte - 0x30
  if (version < 1 || version > 4)
    throw new Error(`TZif version byte 0x${byte.toString(16)} is not one of 0, "2", "3", "4"`)
  const h = {
    version,
    isutcnt: v.getUint32(20),
    isstdcnt: v.getUint32(24),
    leapcnt: v.getUint32(28),
    timecnt: v.getUint32(32),
    typecnt: v.getUint32(36),
    charcnt: v.getUint32(40),
  }
  // §3.1's limits on the counts.
  if (h.typecnt === 0) throw new Error(`TZif ${which} header: typecnt is 0, at least one local time type is required`)
  if (h.charcnt === 0) throw new Error(`TZif ${which} header: charcnt is 0, at least one designation byte is required`)
  if (h.isutcnt !== 0 && h.isutcnt !== h.typecnt)
    throw new Error(`TZif ${which} header: isutcnt ${h.isutcnt} is neither 0 nor typecnt ${h.typecnt}`)
  if (h.isstdcnt !== 0 && h.isstdcnt !== h.typecnt)
    throw new Error(`TZif ${which} header: isstdcnt ${h.isstdcnt} is neither 0 nor typecnt ${h.typecnt}`)
  return h
}

/** Bytes of a data block with `timeSize`-byte times (4 in version 1, 8 after). */
function blockLength(h: Header, timeSize: number): number {
  return (
    h.timecnt * timeSize + h.timecnt + h.typecnt * 6 + h.charcnt + h.leapcnt * (timeSize + 4) + h.isstdcnt + h.isutcnt
  )
}

function dataBlock(bytes: Bytes, at: number, h: Header, timeSize: number): Omit<ZoneRules, 'footer'> {
  const length = blockLength(h, timeSize)
  const v = bytes.view(
    at,
    length,
    `the data block (timecnt ${h.timecnt}, typecnt ${h.typecnt}, charcnt ${h.charcnt}, leapcnt ${h.leapcnt})`,
  )
  const transitions: number[] = []
  for (let i = 0; i < h.timecnt; i++) {
    const t = timeSize === 8 ? Number(v.getBigInt64(i * 8)) : v.getInt32(i * 4)
    if (i > 0 && t <= transitions[i - 1]!)
      throw new Error(`TZif transition ${i} (${t}) is not after transition ${i - 1} (${transitions[i - 1]})`)
    transitions.push(t)
  }
  const typesAt = h.timecnt * timeSize + h.timecnt
  const utoff = (type: number) => v.getInt32(typesAt + type * 6)
  for (let type = 0; type < h.typecnt; type++) {
    const offset = utoff(type)
    // §3.2: utoff must not be -2^31; ±25 h is far beyond any real zone (tzcode's own limit is 25 hours minus a second).
    if (Math.abs(offset) >= 25 * 3600)
      throw new Error(`TZif local time type ${type}: UTC offset ${offset} s is out of range`)
    if (v.getUint8(typesAt + type * 6 + 4) > 1)
      throw new Error(`TZif local time type ${type}: isdst is neither 0 nor 1`)
    if (v.getUint8(typesAt + type * 6 + 5) >= h.charcnt)
      throw new Error(`TZif local time type ${type}: designation index is past the ${h.charcnt} designation bytes`)
  }
  const offsets: number[] = []
  for (let i = 0; i < h.timecnt; i++) {
    const type = v.getUint8(h.timecnt * timeSize + i)
    if (type >= h.typecnt)
      throw new Error(`TZif transition ${i} names local time type ${type}, but there are only ${h.typecnt}`)
    offsets.push(utoff(type))
  }
  // Leap-second records, standard/wall and UT/local indicators follow; their effect is not used here.
  return { transitions, offsets, initialOffset: utoff(0) }
}

/** Parses a TZif file; throws an Error naming the defect for anything else. */
export function parseTzif(data: Uint8Array): ZoneRules {
  const bytes = new Bytes(data)
  const v1 = header(bytes, 0, 'first')
  const v1End = HEADER + blockLength(v1, 4)
  if (v1.version === 1) return dataBlock(bytes, HEADER, v1, 4)
  // Version 2+: skip the 32-bit block, read the second header's 64-bit block and the footer (§3.3).
  bytes.need(HEADER, v1End - HEADER, 'the version 1 data block')
  const h = header(bytes, v1End, 'second')
  const blockAt = v1End + HEADER
  const rules: ZoneRules = dataBlock(bytes, blockAt, h, 8)
  const footerAt = blockAt + blockLength(h, 8)
  bytes.need(footerAt, 2, 'the footer')
  if (data[footerAt] !== 0x0a) throw new Error(`TZif footer at byte ${footerAt} does not start with a newline`)
  const end = data.indexOf(0x0a, footerAt + 1)
  if (end < 0) throw new Error(`TZif footer at byte ${footerAt} has no closing newline`)
  // Byte by byte: a TextDecoder for anything but UTF-8 would load ICU, which this module exists to avoid.
  let text = ''
  for (let i = footerAt + 1; i < end; i++) text += String.fromCharCode(data[i]!)
  if (text !== '') rules.footer = parsePosixTz(text)
  return rules
}

/** The UTC offset in milliseconds at a UTC instant. */
export function offsetAt(rules: ZoneRules, utcMs: number): number {
  const t = Math.floor(utcMs / 1000)
  const { transitions, offsets } = rules
  if (transitions.length === 0 || t < transitions[0]!)
    return (transitions.length === 0 && rules.footer ? posixOffsetAt(rules.footer, t) : rules.initialOffset) * 1000
  const last = transitions.length - 1
  if (t >= transitions[last]! && rules.footer) return posixOffsetAt(rules.footer, t) * 1000
  // The last transition at or before t.
  let lo = 0
  let hi = last
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (transitions[mid]! <= t) lo = mid
    else hi = mid - 1
  }
  return offsets[lo]! * 1000
}
