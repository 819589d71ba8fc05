import t from 'tap'
import {
  StatusAnswerError,
  canPrint,
  describeStatus,
  foldStatus,
  parseStatusByte,
} from '../../../firmware/drivers/printer/escpos-status.ts'
import { statusByte } from '../../harness/fake-escpos-printer.ts'

t.test('each DLE EOT answer says what the printer knows', async (t) => {
  t.same(parseStatusByte(1, 0x12), { online: true })
  t.same(parseStatusByte(1, 0x1a), { online: false })
  t.same(parseStatusByte(2, 0x16), { coverOpen: true })
  t.same(parseStatusByte(2, 0x32), { coverOpen: false, paperOut: true })
  t.same(parseStatusByte(4, 0x12), { paperNearEnd: false, paperOut: false })
  t.same(parseStatusByte(4, 0x1e), { paperNearEnd: true, paperOut: false })
  t.same(parseStatusByte(4, 0x7e), { paperNearEnd: true, paperOut: true })
})

t.test('every byte without the fixed bits is refused, never misread', async (t) => {
  let refused = 0
  for (let byte = 0; byte < 256; byte++) {
    const valid = (byte & 0x93) === 0x12
    for (const n of [1, 2, 4] as const) {
      if (valid) t.doesNotThrow(() => parseStatusByte(n, byte))
      else {
        t.throws(() => parseStatusByte(n, byte), StatusAnswerError)
        refused++
      }
    }
  }
  t.equal(refused, (256 - 16) * 3)
  t.throws(() => parseStatusByte(1, -1), /not a status byte/)
})

t.test('the folded state decides whether a ticket may be printed', async (t) => {
  const mood = (paper: 'ok' | 'near-end' | 'out', cover: 'open' | 'closed') => ({
    paper,
    cover,
    answers: 'normal' as const,
  })
  const fold = (m: ReturnType<typeof mood>) =>
    foldStatus(([1, 2, 4] as const).map((n) => parseStatusByte(n, statusByte(n, m))))
  t.equal(canPrint(fold(mood('ok', 'closed'))), true)
  t.equal(describeStatus(fold(mood('near-end', 'closed'))), 'ready, paper near end')
  t.equal(canPrint(fold(mood('near-end', 'closed'))), true)
  t.equal(canPrint(fold(mood('out', 'closed'))), false)
  t.equal(describeStatus(fold(mood('ok', 'open'))), 'cover open, off line')
  t.equal(describeStatus(fold(mood('out', 'closed'))), 'out of paper, off line')
})
