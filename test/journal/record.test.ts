import t from 'tap'
import {
  decodeFrame,
  encodeFrame,
  FrameDecoder,
  HEADER_BYTES,
  payloadText,
  type Frame,
} from '../../firmware/journal/record.ts'
import { crc32c } from '../../firmware/journal/crc32c.ts'

const payloads = [
  '{"a":1}',
  '{"ticket":"A023","svc":"Einzahlung ✓","ar":"إيداع"}',
  '[]',
  JSON.stringify({ pad: 'x'.repeat(300) }),
]
const stream = Buffer.concat(payloads.map((p, i) => encodeFrame(i + 1, Buffer.from(p), i % 2)))

function collect(decoder: FrameDecoder, chunks: Buffer[]) {
  const out: Array<{ seq: number; unitIndex: number; text: string; offset: number }> = []
  const onFrame = (f: Frame, offset: number) =>
    out.push({ seq: f.seq, unitIndex: f.unitIndex, text: payloadText(f), offset })
  for (const chunk of chunks) decoder.push(chunk, onFrame)
  return out
}

t.test('CRC-32C check value', async (t) => {
  t.equal(crc32c(Buffer.from('123456789')), 0xe3069283)
})

t.test('encode/decode round trip', async (t) => {
  const frame = encodeFrame(123456789012, Buffer.from(payloads[1]!), 7)
  t.equal(frame.length, HEADER_BYTES + Buffer.byteLength(payloads[1]!))
  const decoded = decodeFrame(frame, 0)
  if (decoded.kind !== 'frame') throw new Error(`not a frame: ${decoded.kind}`)
  t.equal(decoded.frame.seq, 123456789012)
  t.equal(decoded.frame.unitIndex, 7)
  t.equal(payloadText(decoded.frame), payloads[1])
  t.equal(decoded.size, frame.length)
  t.same(decodeFrame(frame.subarray(0, frame.length - 1), 0), { kind: 'short' })
  t.same(decodeFrame(frame.subarray(0, 10), 0), { kind: 'short' })
})

t.test('a stream split at every position decodes to the same frames', async (t) => {
  const whole = collect(new FrameDecoder(), [stream])
  t.equal(whole.length, payloads.length)
  t.same(
    whole.map((f) => f.text),
    payloads,
  )
  t.same(
    whole.map((f) => f.seq),
    [1, 2, 3, 4],
  )
  for (let cut = 0; cut <= stream.length; cut++) {
    const decoder = new FrameDecoder()
    const got = collect(decoder, [stream.subarray(0, cut), stream.subarray(cut)])
    if (JSON.stringify(got) !== JSON.stringify(whole) || decoder.pending !== 0)
      t.fail(`split at ${cut} decodes differently`)
  }
  // Every position at once: one byte per push.
  const decoder = new FrameDecoder()
  const bytewise = collect(
    decoder,
    [...stream].map((b) => Buffer.from([b])),
  )
  t.same(bytewise, whole)
})

t.test('a stream cut short leaves the partial frame pending, not decoded', async (t) => {
  for (let cut = 0; cut < stream.length; cut++) {
    const decoder = new FrameDecoder()
    const got = collect(decoder, [stream.subarray(0, cut)])
    const complete = whole().filter((f) => f.end <= cut).length
    if (got.length !== complete || decoder.offset + decoder.pending !== cut || decoder.bad)
      t.fail(`cut at ${cut}: ${got.length} frames, pending ${decoder.pending}`)
  }
  t.pass('every prefix decodes to its whole frames')
})

t.test('every flipped bit is caught', async (t) => {
  let caught = 0
  for (let byte = 0; byte < stream.length; byte++) {
    for (let bit = 0; bit < 8; bit++) {
      const damaged = Buffer.from(stream)
      damaged[byte]! ^= 1 << bit
      const decoder = new FrameDecoder()
      const got = collect(decoder, [damaged])
      const target = whole().findIndex((f) => byte >= f.start && byte < f.end)
      // Frames before the damaged one decode; the damaged one never does.
      const intact = got.length === target && got.every((f, i) => f.text === payloads[i])
      const flagged = decoder.bad?.offset === whole()[target]!.start
      if (intact && flagged) caught++
      else t.fail(`flip ${byte}:${bit} not caught (got ${got.length}, bad ${JSON.stringify(decoder.bad)})`)
    }
  }
  t.equal(caught, stream.length * 8)
})

t.test('zeros are not a frame', async (t) => {
  t.match(decodeFrame(Buffer.alloc(64), 0), { kind: 'bad' })
})

/** Byte ranges of the frames in `stream`. */
function whole(): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  let at = 0
  for (const p of payloads) {
    const end = at + HEADER_BYTES + Buffer.byteLength(p)
    out.push({ start: at, end })
    at = end
  }
  return out
}
