import t from 'tap'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { loadImage } from '@napi-rs/canvas'
import { encodeTicket } from '../../../firmware/roles/dispenser/escpos-ticket.ts'
import type { TicketLayout } from '../../../firmware/roles/dispenser/layout.ts'
import { EscposDecoder, imagePng, type DecodedImage } from '../../harness/escpos-decoder.ts'

/** A template with only Latin lines: its bytes must not change without someone meaning it. */
const latin: TicketLayout = {
  label: 'A023',
  lines: [
    { text: 'Gulf Commerce Bank', size: 'double', align: 'center' },
    { text: '22 Nov 2026, 10:15', size: 'normal', align: 'center' },
    { text: 'A023', size: 'huge', align: 'center' },
    { text: 'Deposits', size: 'normal', align: 'center', lang: 'en' },
    { text: 'Waiting ahead of you: 4', size: 'normal', align: 'center' },
    { text: 'About 10 min', size: 'normal', align: 'center' },
    { text: 'Open Sun-Thu 8:00-15:00', size: 'normal', align: 'left' },
  ],
  qr: 'https://q.example/t/Zt3m0K9x2LQeWn4a8YbVcA',
}

const golden = (name: string) => new URL(`../../fixtures/tickets/${name}.hex`, import.meta.url)

for (const paper of [80, 58]) {
  t.test(`golden bytes of the Latin template on ${paper} mm paper`, async (t) => {
    const bytes = await encodeTicket(latin, paper)
    if (process.env.QMS_WRITE_GOLDEN === '1') writeFileSync(golden(`latin-${paper}`), bytes.toString('hex') + '\n')
    t.equal(bytes.toString('hex'), readFileSync(golden(`latin-${paper}`), 'utf8').trim())
    const decoder = new EscposDecoder(() => t.fail('no status query in a ticket'))
    decoder.push(bytes)
    t.same(decoder.unknown, [])
    const [ticket] = decoder.tickets
    t.same(ticket?.lines.map((l) => [l.text, l.size, l.align]), [
      ['Gulf Commerce Bank', 2, 'center'],
      ['22 Nov 2026, 10:15', 1, 'center'],
      ['A023', 3, 'center'],
      ['Deposits', 1, 'center'],
      ['Waiting ahead of you: 4', 1, 'center'],
      ['About 10 min', 1, 'center'],
      ['Open Sun-Thu 8:00-15:00', 1, 'left'],
      ['', 1, 'center'],
    ])
    t.same(ticket?.qr, [latin.qr])
    t.same(ticket?.images, [], 'plain Latin stays text')
  })
}

/** Columns of ink: where the drawing starts and ends. */
function inkSpan(image: DecodedImage): { left: number; right: number; dots: number } {
  let left = image.width
  let right = -1
  let dots = 0
  for (let y = 0; y < image.height; y++)
    for (let x = 0; x < image.width; x++)
      if (image.dots[y * image.width + x]) {
        dots++
        left = Math.min(left, x)
        right = Math.max(right, x)
      }
  return { left, right, dots }
}

t.test('Arabic, Chinese and Cyrillic lines go to the paper as shaped raster images', async (t) => {
  const layout: TicketLayout = {
    label: 'A023',
    lines: [
      { text: 'الإيداعات', size: 'normal', align: 'center', lang: 'ar' },
      { text: '存款业务', size: 'normal', align: 'center', lang: 'zh' },
      { text: 'Вклады', size: 'normal', align: 'center', lang: 'ru' },
      { text: 'الإيداعات', size: 'normal', align: 'left', lang: 'ar' },
      { text: 'Deposits', size: 'normal', align: 'center', lang: 'en' },
    ],
  }
  for (const paper of [80, 58]) {
    const decoder = new EscposDecoder(() => t.fail('no status query'))
    decoder.push(await encodeTicket(layout, paper))
    const [ticket] = decoder.tickets
    t.equal(ticket?.images.length, 4, 'one image per non-Latin line')
    t.same(ticket?.lines.map((l) => l.text).filter((x) => x !== ''), ['Deposits'])
    const dotsWide = paper === 80 ? 576 : 384
    for (const [i, image] of (ticket?.images ?? []).entries()) {
      t.equal(image.width, dotsWide, `image ${i} spans the paper`)
      const ink = inkSpan(image)
      t.ok(ink.dots > 200, `image ${i} has ink`)
      if (i < 3) t.ok(Math.abs(ink.left + ink.right - dotsWide) < 24, `image ${i} is centred`)
      // The PNG a person can open: written beside the test run for looking at.
      const png = imagePng(image)
      const back = await loadImage(png)
      t.equal(back.width, dotsWide)
      if (paper === 80) {
        mkdirSync('.tap', { recursive: true })
        writeFileSync(`.tap/raster-${i}.png`, png)
      }
    }
    // A start-aligned Arabic line hugs the right edge: right to left.
    const rtl = inkSpan(ticket?.images[3] as DecodedImage)
    t.ok(rtl.right > dotsWide - 12 && rtl.left > dotsWide / 3, 'Arabic starts at the right')
  }
})

t.test('joined Arabic is narrower than its letters drawn apart: the shaper joined them', async (t) => {
  const decoder = new EscposDecoder(() => undefined)
  decoder.push(
    await encodeTicket(
      {
        label: 'x',
        lines: [
          { text: 'الحسابات', size: 'normal', align: 'center', lang: 'ar' },
          { text: [...'الحسابات'].join(' '), size: 'normal', align: 'center', lang: 'ar' },
        ],
      },
      80,
    ),
  )
  const [joined, apart] = (decoder.tickets[0]?.images ?? []).map(inkSpan)
  t.ok(joined && apart && joined.right - joined.left < (apart.right - apart.left) * 0.75)
})

t.test('the test printer decodes a ticket the same however the bytes are split', async (t) => {
  const bytes = await encodeTicket({ ...latin, lines: [...latin.lines.slice(0, 3), { text: 'Вклады', size: 'normal', align: 'center', lang: 'ru' }] }, 58)
  const whole = new EscposDecoder(() => undefined)
  whole.push(bytes)
  const expected = JSON.stringify(whole.tickets)
  let same = 0
  for (let cut = 1; cut < bytes.length; cut++) {
    const split = new EscposDecoder(() => undefined)
    split.push(bytes.subarray(0, cut))
    split.push(bytes.subarray(cut))
    if (JSON.stringify(split.tickets) === expected) same++
  }
  t.equal(same, bytes.length - 1, `all ${bytes.length - 1} split points`)
})
