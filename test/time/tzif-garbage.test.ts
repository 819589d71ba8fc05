import t, { type Test } from 'tap'
import { parseTzif } from '../../firmware/time/zone-rules.ts'
import { zoneBytes } from './zone-files.ts'

const berlin = zoneBytes('Europe/Berlin')
const be32 = (b: Buffer, at: number) => b.readUInt32BE(at)
// RFC 8536 §3.1: the version 1 block's length from the first header's counts, with 4-byte times.
const secondHeader =
  44 +
  be32(berlin, 32) * 5 +
  be32(berlin, 36) * 6 +
  be32(berlin, 40) +
  be32(berlin, 28) * 8 +
  be32(berlin, 24) +
  be32(berlin, 20)
const secondBlock = secondHeader + 44

function edited(edit: (b: Buffer) => void): Buffer {
  const b = Buffer.from(berlin)
  edit(b)
  return b
}

/** Only a plain Error with the expected words: never a RangeError or TypeError from deep inside. */
function refuses(t: Test, bytes: Uint8Array, problem: RegExp, what: string): void {
  try {
    parseTzif(bytes)
    t.fail(`${what}: parsed`)
  } catch (err) {
    t.equal((err as Error).constructor, Error, `${what}: a plain Error (${(err as Error).message})`)
    t.match((err as Error).message, problem, what)
  }
}

t.test('the file under test is a version 2+ file with transitions and a footer', async (t) => {
  t.equal(berlin.subarray(secondHeader, secondHeader + 4).toString('latin1'), 'TZif')
  t.ok(be32(berlin, secondHeader + 32) > 100, 'transitions in the 64-bit block')
  t.equal(berlin.subarray(berlin.length - 28).toString('latin1'), '\nCET-1CEST,M3.5.0,M10.5.0/3\n')
})

t.test('truncated at every byte offset: a clear Error each time', async (t) => {
  const wrong: string[] = []
  for (let n = 0; n < berlin.length; n++) {
    try {
      parseTzif(berlin.subarray(0, n))
      wrong.push(`${n} bytes: parsed`)
    } catch (err) {
      if ((err as Error).constructor !== Error || !/^(TZif|not a TZif)/.test((err as Error).message))
        wrong.push(`${n} bytes: ${String(err)}`)
    }
  }
  t.same(wrong, [], `${berlin.length} truncations`)
  refuses(t, berlin.subarray(0, 10), /TZif truncated: the first header needs bytes 0–43, the file has 10/, '10 bytes')
  refuses(t, berlin.subarray(0, berlin.length - 1), /footer .* has no closing newline/, 'the last newline cut')
})

t.test('bad magic and version', async (t) => {
  refuses(
    t,
    edited((b) => b.write('TZiX', 0, 'latin1')),
    /not a TZif file: the first header at byte 0 starts with "TZiX"/,
    'first magic',
  )
  refuses(
    t,
    edited((b) => b.write('XXXX', secondHeader, 'latin1')),
    new RegExp(`second header at byte ${secondHeader} starts with "XXXX"`),
    'second magic',
  )
  refuses(
    t,
    edited((b) => (b[4] = 0x35)),
    /version byte 0x35/,
    'version "5"',
  )
  refuses(t, Buffer.from('# tzdata.zi is text\n'), /not a TZif file/, 'a text file')
})

t.test('counts that overrun the file or break RFC 8536 §3.1', async (t) => {
  refuses(
    t,
    edited((b) => b.writeUInt32BE(0xffffffff, 32)),
    /TZif truncated: the version 1 data block/,
    'v1 timecnt 2^32−1',
  )
  refuses(
    t,
    edited((b) => b.writeUInt32BE(0xffffffff, secondHeader + 32)),
    /TZif truncated: the data block \(timecnt 4294967295/,
    'v2 timecnt 2^32−1',
  )
  refuses(
    t,
    edited((b) => b.writeUInt32BE(1000, secondHeader + 28)),
    /TZif truncated: .*leapcnt 1000/,
    'v2 leapcnt 1000',
  )
  refuses(
    t,
    edited((b) => b.writeUInt32BE(0, secondHeader + 36)),
    /typecnt is 0/,
    'typecnt 0',
  )
  refuses(
    t,
    edited((b) => b.writeUInt32BE(0, secondHeader + 40)),
    /charcnt is 0/,
    'charcnt 0',
  )
  refuses(
    t,
    edited((b) => b.writeUInt32BE(1, secondHeader + 20)),
    /isutcnt 1 is neither 0 nor typecnt/,
    'isutcnt',
  )
  refuses(
    t,
    edited((b) => b.writeUInt32BE(2, secondHeader + 24)),
    /isstdcnt 2 is neither 0 nor typecnt/,
    'isstdcnt',
  )
})

t.test('data that breaks RFC 8536 §3.2', async (t) => {
  const timecnt = be32(berlin, secondHeader + 32)
  const typesAt = secondBlock + timecnt * 9
  refuses(
    t,
    edited((b) => (b[secondBlock + timecnt * 8 + 3] = 200)),
    /transition 3 names local time type 200, but there are only/,
    'type index',
  )
  refuses(
    t,
    edited((b) => b.writeBigInt64BE(-(10n ** 12n), secondBlock + 8 * 5)),
    /transition 5 \(-1000000000000\) is not after transition 4/,
    'times out of order',
  )
  refuses(
    t,
    edited((b) => b.writeInt32BE(-0x80000000, typesAt)),
    /local time type 0: UTC offset -2147483648 s is out of range/,
    'utoff −2^31',
  )
  refuses(
    t,
    edited((b) => (b[typesAt + 4] = 2)),
    /local time type 0: isdst is neither 0 nor 1/,
    'isdst 2',
  )
  refuses(
    t,
    edited((b) => (b[typesAt + 5] = 255)),
    /local time type 0: designation index is past/,
    'designation index',
  )
})

t.test('bad footers', async (t) => {
  const body = berlin.subarray(0, berlin.length - 28)
  const withFooter = (footer: string) => Buffer.concat([body, Buffer.from(footer, 'latin1')])
  t.equal(parseTzif(withFooter('\nCET-1CEST,M3.5.0,M10.5.0/3\n')).footer?.stdName, 'CET', 'the rebuilt file is good')
  t.equal(parseTzif(withFooter('\n\n')).footer, undefined, 'an empty footer: no rule')
  refuses(
    t,
    withFooter('XCET-1CEST,M3.5.0,M10.5.0/3\n'),
    /footer at byte \d+ does not start with a newline/,
    'no leading newline',
  )
  refuses(t, withFooter('\n'), /TZif truncated: the footer/, 'one newline only')
  refuses(
    t,
    withFooter('\nCET-1CEST,M3.5.0\n'),
    /bad TZ string "CET-1CEST,M3.5.0" at character 17: expected "," before the DST end/,
    'half a rule',
  )
  refuses(t, withFooter('\nCET-1CEST,M3.5.0,M10.5.0/3'), /no closing newline/, 'no closing newline')
  refuses(t, withFooter(`\n${'A'.repeat(200_000)}`), /no closing newline/, 'a long line without end')
  refuses(t, withFooter(`\n${'A'.repeat(200_000)}\n`), /bad TZ string/, 'a long line')
})

t.test('any single byte changed: parses or refuses with a plain Error', async (t) => {
  const wrong: string[] = []
  for (let at = 0; at < berlin.length; at++) {
    for (const value of [0x00, 0xff, berlin[at]! ^ 0x10]) {
      try {
        parseTzif(edited((b) => (b[at] = value)))
      } catch (err) {
        if ((err as Error).constructor !== Error) wrong.push(`byte ${at} = ${value}: ${String(err)}`)
      }
    }
  }
  t.same(wrong, [], `${berlin.length * 3} edits`)
})
