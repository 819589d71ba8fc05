import t from 'tap'
import fc from 'fast-check'
import { setImmediate as tick } from 'node:timers/promises'
import { asciiKeypad, MAX_LINE, parseKeypadLine } from '../../../firmware/drivers/keypad/ascii-keypad.ts'
import type { KeypadParse, KeypadProtocol } from '../../../firmware/drivers/keypad/keypad-protocol.ts'
import { qsystemKeypad } from '../../../firmware/drivers/keypad/qsystem-keypad.ts'

/** Feeds the chunks one by one and returns what the parser reported. */
async function parse(protocol: KeypadProtocol, chunks: Buffer[]): Promise<KeypadParse[]> {
  const results: KeypadParse[] = []
  const parser = protocol.parser((r) => results.push(r))
  for (const chunk of chunks) parser.feed(chunk)
  await tick()
  return results
}

const keysOf = (results: KeypadParse[]) => results.flatMap((r) => (r.ok ? [`${r.key.address}/${r.key.key}`] : []))

t.test('QSystem frames: golden bytes, replies, unknown key codes', async (t) => {
  const results = await parse(qsystemKeypad, [
    Buffer.from([0x01, 0x05, 0x31, 0x07, 0x01, 0x0c, 0x34, 0x07, 0x01, 0x05, 0x39, 0x07]),
  ])
  t.same(keysOf(results), ['5/next', '12/noShow'])
  t.same(results[2], { ok: false, error: 'QSystem keypad 5: unknown key code 0x39' })
  t.same([...qsystemKeypad.reply(5, 'done', 'A023 called')], [0x01, 0x05, 0x41, 0x07])
  t.same([...qsystemKeypad.reply(5, 'hub-unreachable', '')], [0x01, 0x05, 0x44, 0x07])
})

t.test('QSystem: garbage before a frame is reported once and the frame still counts', async (t) => {
  const results = await parse(qsystemKeypad, [Buffer.from([0xff, 0x01, 0x01, 0x03, 0x32, 0x07])])
  t.same(keysOf(results), ['3/start'])
  t.same(results.filter((r) => !r.ok).length, 1)
})

t.test('ASCII lines: keys, arguments, replies, refusals', async (t) => {
  const results = await parse(asciiKeypad, [
    Buffer.from('7:NEXT\r\n12:TRANSFER:2\n7:LOGIN:1234\n7:LOGOUT\n7:CALL:A023\n'),
  ])
  t.same(keysOf(results), ['7/next', '12/transfer:2', '7/login:1234', '7/logout', '7/call:A023'])
  t.same(parseKeypadLine('7:FLY'), { ok: false, error: 'keypad 7: unknown key FLY' })
  t.same(parseKeypadLine('7:CALL'), { ok: false, error: 'keypad 7: CALL needs argument' })
  t.same(parseKeypadLine('7:NEXT:3'), { ok: false, error: 'keypad 7: NEXT takes no argument' })
  t.match(parseKeypadLine('0:NEXT'), { ok: false, error: /not <address 1-247>/ })
  t.equal(asciiKeypad.reply(7, 'queue-empty', 'No one\nwaits').toString(), '7:EMPTY:No one waits\r\n')
})

t.test('ASCII: a line longer than the limit is dropped, the next line counts', async (t) => {
  const long = Buffer.from(`${'7:NEXT'.repeat(20)}7:NEXT\n7:START\n`)
  const results = await parse(asciiKeypad, [long.subarray(0, 30), long.subarray(30, 90), long.subarray(90)])
  t.same(keysOf(results), ['7/start'])
  t.same(
    results.filter((r) => !r.ok),
    [{ ok: false, error: `keypad line longer than ${MAX_LINE} characters dropped` }],
  )
})

const frames: Record<string, { bytes: Buffer; keys: string[] }> = {
  qsystem: {
    bytes: Buffer.from([0x01, 0x05, 0x31, 0x07, 0x01, 0x06, 0x32, 0x07, 0x01, 0x05, 0x34, 0x07]),
    keys: ['5/next', '6/start', '5/noShow'],
  },
  ascii: { bytes: Buffer.from('5:NEXT\r\n6:START\n5:LOGIN:4321\n'), keys: ['5/next', '6/start', '5/login:4321'] },
}
const protocols: Record<string, KeypadProtocol> = { qsystem: qsystemKeypad, ascii: asciiKeypad }

for (const [name, protocol] of Object.entries(protocols)) {
  const { bytes, keys } = frames[name]!
  t.test(`${name}: the same keys whatever the split into one, two or three chunks`, async (t) => {
    for (let i = 0; i <= bytes.length; i++) {
      t.same(keysOf(await parse(protocol, [bytes.subarray(0, i), bytes.subarray(i)])), keys, `split at ${i}`)
      for (let j = i; j <= bytes.length; j += 3) {
        const three = [bytes.subarray(0, i), bytes.subarray(i, j), bytes.subarray(j)]
        if (keysOf(await parse(protocol, three)).join() !== keys.join()) t.fail(`split at ${i} and ${j}`)
      }
    }
    t.same(
      keysOf(
        await parse(
          protocol,
          [...bytes].map((b) => Buffer.from([b])),
        ),
      ),
      keys,
      'byte by byte',
    )
  })

  t.test(`${name}: random bytes never crash the parser`, async (_t) => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.uint8Array({ maxLength: 80 }), { maxLength: 12 }), async (chunks) => {
        const results = await parse(
          protocol,
          chunks.map((c) => Buffer.from(c)),
        )
        for (const r of results) if (!r.ok && r.error.length === 0) return false
        return true
      }),
      { numRuns: 300 },
    )
  })

  t.test(`${name}: garbage that cannot start a frame yields no key; frames after it still count`, async (_t) => {
    // Without SOH (QSystem) or LF (ASCII) no frame can be completed, so any key would be a false one.
    const starter = name === 'qsystem' ? 0x01 : 0x0a
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.nat(), async (raw, cut) => {
        const garbage = Buffer.from(raw.filter((b) => b !== starter))
        if (keysOf(await parse(protocol, [garbage])).length !== 0) return false
        // An ASCII keypad ends garbage with a line end; a QSystem frame's SOH resynchronises by itself.
        const stream = Buffer.concat([garbage, name === 'ascii' ? Buffer.from('\n') : Buffer.alloc(0), bytes])
        const at = cut % (stream.length + 1)
        return keysOf(await parse(protocol, [stream.subarray(0, at), stream.subarray(at)])).join() === keys.join()
      }),
      { numRuns: 300 },
    )
  })
}

t.test('ASCII replies fit the 32-character line at a whole word, never cut mid-word', async (t) => {
  const text = (b: Buffer) => b.toString('latin1').trimEnd().split(':').slice(2).join(':')
  t.equal(
    text(asciiKeypad.reply(7, 'not-allowed', 'No one has that PIN; type it again')),
    'No one has that PIN; type it',
    'not "type it aga"',
  )
  t.equal(
    text(asciiKeypad.reply(7, 'done', 'A023 called to counter 3')),
    'A023 called to counter 3',
    'a short text as it is',
  )
  t.equal(
    text(asciiKeypad.reply(7, 'done', 'x'.repeat(40))),
    'x'.repeat(32),
    'one word longer than the line: its first 32',
  )
})
