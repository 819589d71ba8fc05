import t from 'tap'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { loadImage } from '@napi-rs/canvas'
import { printerCapabilities } from '../../../firmware/drivers/printer/printer-capabilities.ts'
import { TicketEncoder } from '../../../firmware/roles/dispenser/escpos-ticket.ts'
import type { TicketLayout } from '../../../firmware/roles/dispenser/layout.ts'
import { EscposDecoder, imagePng, type DecodedImage } from '../../harness/escpos-decoder.ts'
import { intlZones } from '../../fixtures/zones.ts'

const encodeTicket = (layout: TicketLayout, paperWidthMm: number) =>
  new TicketEncoder(printerCapabilities({ paperWidthMm, escpos: true })).bytes(layout)

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
    t.same(
      ticket?.lines.map((l) => [l.text, l.size, l.align]),
      [
        ['Gulf Commerce Bank', 2, 'center'],
        ['22 Nov 2026, 10:15', 1, 'center'],
        ['A023', 3, 'center'],
        ['Deposits', 1, 'center'],
        ['Waiting ahead of you: 4', 1, 'center'],
        ['About 10 min', 1, 'center'],
        ['Open Sun-Thu 8:00-15:00', 1, 'left'],
        ['', 1, 'center'],
      ],
    )
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
    t.same(
      ticket?.lines.map((l) => l.text).filter((x) => x !== ''),
      ['Deposits'],
    )
    const dotsWide = paper === 80 ? 576 : 384
    for (const [i, image] of (ticket?.images ?? []).entries()) {
      t.ok(image.width <= dotsWide, `image ${i} fits the paper`)
      const ink = inkSpan(image)
      t.ok(ink.dots > 200, `image ${i} has ink`)
      // Cut to its ink: the printer's justification places it, not white dots around it.
      t.ok(ink.left < 8 && image.width - ink.right <= 8, `image ${i} is cut to its ink`)
      if (i < 3) t.equal(image.align, 'center', `image ${i} is centred`)
      // The PNG a person can open: written beside the test run for looking at.
      const png = imagePng(image)
      const back = await loadImage(png)
      t.equal(back.width, image.width)
      if (paper === 80) {
        mkdirSync('.tap', { recursive: true })
        writeFileSync(`.tap/raster-${i}.png`, png)
      }
    }
    // A start-aligned Arabic line hugs the right edge: right to left.
    t.equal(ticket?.images[3]?.align, 'right', 'Arabic starts at the right')
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
  const bytes = await encodeTicket(
    { ...latin, lines: [...latin.lines.slice(0, 3), { text: 'Вклады', size: 'normal', align: 'center', lang: 'ru' }] },
    58,
  )
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

t.test('a dash is no reason for a picture: the demo ticket is text in WPC1252 but for its Arabic lines', async (t) => {
  const { readFileSync: read } = await import('node:fs')
  const { parse } = await import('yaml')
  const { checkConfig } = await import('../../../firmware/site/config/load.ts')
  const { ticketLayout } = await import('../../../firmware/roles/dispenser/layout.ts')
  const config = checkConfig(
    parse(read(new URL('../../../config/demo-bank.yaml', import.meta.url), 'utf8')),
    'demo',
    intlZones,
  )
  const ticket = {
    id: 'x',
    label: 'A023',
    service: 'deposits',
    priority: 'normal' as const,
    state: 'waiting' as const,
    issuedAt: 0,
    calls: 0,
  }
  const layout = ticketLayout(
    config,
    { ticket, ahead: 4, estimatedWaitSeconds: 610 },
    Date.UTC(2026, 10, 22, 6, 15),
    intlZones,
    'Zt3m0K9x2LQeWn4a8YbVcA',
  )
  for (const paper of [80, 58]) {
    const decoder = new EscposDecoder(() => t.fail('no status query'))
    decoder.push(await encodeTicket(layout, paper))
    t.same(decoder.unknown, [])
    const [printed] = decoder.tickets
    t.equal(
      printed?.images.length,
      4,
      `${paper} mm: a picture for each Arabic line (date, service, people ahead, wait), no other`,
    )
    const texts = printed?.lines.map((l) => l.text) ?? []
    const name = printed?.lines.filter((l) => l.size === 2).map((l) => l.text) ?? []
    t.equal(name.join(' '), 'Gulf Commerce Bank — Marina Branch', 'the em dash went as a character')
    // The footer is longer than a row: broken at a space, never inside a word.
    const footer = texts.filter((x) => /Thank|15:00/.test(x))
    t.equal(footer.join(' '), 'Thank you for banking with us. Open Sun–Thu 8:00–15:00.', 'the en dashes too')
    for (const row of footer) t.ok([...row].length <= (paper === 80 ? 48 : 32), `"${row}" fits a row`)
    // Twice as wide would not fit one row: the company name keeps its double height at single width.
    t.equal(name.length, paper === 80 ? 1 : 2, 'one row on 80 mm paper, broken at a space on 58 mm')
  }
})

t.test('the code page decides: Cyrillic is text on a CP866 printer, a picture on a WPC1252 one', async (t) => {
  const layout: TicketLayout = { label: 'x', lines: [{ text: 'Вклады', size: 'normal', align: 'center', lang: 'ru' }] }
  const cp866 = new EscposDecoder(() => undefined)
  cp866.push(
    await new TicketEncoder(printerCapabilities({ paperWidthMm: 80, escpos: true, codePage: 'cp866' })).bytes(layout),
  )
  t.same(
    cp866.tickets[0]?.lines.map((l) => l.text),
    ['Вклады'],
  )
  t.same(cp866.tickets[0]?.images, [])
  const cp1252 = new EscposDecoder(() => undefined)
  cp1252.push(await encodeTicket(layout, 80))
  t.equal(cp1252.tickets[0]?.images.length, 1)
})

t.test('a simulated printer gets the text of the ticket and no bytes', async (t) => {
  const job = await new TicketEncoder(printerCapabilities({ paperWidthMm: 58, escpos: false })).job(latin)
  t.equal(job.bytes.length, 0)
  t.match(job.text, /A 0 2 3/)
  t.equal(job.label, 'A023')
})
