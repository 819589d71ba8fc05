import t from 'tap'
import fc from 'fast-check'
import { jsonChunks } from '../../firmware/journal/json-chunks.ts'
import { decodeFrame, encodeFrame, frameHeader, payloadText } from '../../firmware/journal/record.ts'

function text(value: unknown): string | undefined {
  const encoded = jsonChunks(value)
  if (!encoded) return undefined
  const joined = Buffer.concat(encoded.chunks)
  if (joined.length !== encoded.bytes) throw new Error(`bytes ${encoded.bytes} but chunks hold ${joined.length}`)
  return joined.toString('utf8')
}

t.test('the bytes are exactly JSON.stringify of any value', async (t) => {
  const withOddities = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue(),
      fc.constantFrom(undefined, () => 1, Symbol('s'), Number.NaN, -0, Infinity),
      fc.date({ noInvalidDate: true }),
      fc.string({ unit: 'grapheme' }).map((s) => ({ toJSON: (key: string) => `${key}:${s}` })),
      fc.constant({ toJSON: () => undefined }),
      fc.array(tie('value'), { maxLength: 5 }),
      fc.dictionary(fc.string(), tie('value'), { maxKeys: 5 }),
    ),
  })).value
  t.doesNotThrow(() =>
    fc.assert(
      fc.property(withOddities, (value) => text(value) === JSON.stringify(value)),
      { numRuns: 2000 },
    ),
  )
})

t.test('a snapshot-sized value crosses many chunks, multi-byte text included', async (t) => {
  const tickets: Record<string, unknown> = {}
  for (let i = 0; i < 20_000; i++)
    tickets[`2026-12-01/A${i}`] = {
      label: `A${i}`,
      names: { ar: 'إيداع', zh: '存款' },
      history: [{ at: i, state: 'waiting' }],
    }
  const snapshot = {
    state: { day: '2026-12-01', tickets, services: { a: { note: 'x'.repeat(200_000) } } },
    requests: [['dev\u0000req', ['id']]],
  }
  const encoded = jsonChunks(snapshot)!
  t.ok(encoded.chunks.length > 20, `${encoded.chunks.length} chunks`)
  t.equal(Buffer.concat(encoded.chunks).toString('utf8'), JSON.stringify(snapshot))
  t.equal(encoded.bytes, Buffer.byteLength(JSON.stringify(snapshot)))
})

t.test('a value JSON.stringify would not write gives no chunks', async (t) => {
  t.equal(jsonChunks(undefined), undefined)
  t.equal(
    jsonChunks(() => 1),
    undefined,
  )
  t.equal(jsonChunks({ toJSON: () => undefined }), undefined)
})

t.test('a cycle or a BigInt is refused as JSON.stringify refuses it', async (t) => {
  const cyclic: Record<string, unknown> = { a: {} }
  ;(cyclic.a as Record<string, unknown>).back = cyclic
  t.throws(() => jsonChunks(cyclic), TypeError)
  t.throws(() => jsonChunks({ a: { b: { c: 1n } } }), TypeError)
})

t.test('a frame written as header + chunks is byte for byte the one-buffer frame', async (t) => {
  const value = {
    state: { tickets: Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`t${i}`, { label: `Ü${i}` }])) },
  }
  const { chunks } = jsonChunks(value)!
  const split = Buffer.concat([frameHeader(77, chunks, 3), ...chunks])
  t.same(split, encodeFrame(77, Buffer.from(JSON.stringify(value)), 3))
  const decoded = decodeFrame(split, 0)
  if (decoded.kind !== 'frame') throw new Error(`not a frame: ${decoded.kind}`)
  t.same(JSON.parse(payloadText(decoded.frame)), value)
})
