import t from 'tap'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { checkConfig } from '../../../firmware/site/config/load.ts'
import { ticketLayout, waitWords } from '../../../firmware/roles/dispenser/layout.ts'
import { paperColumns, printerCapabilities } from '../../../firmware/drivers/printer/printer-capabilities.ts'
import { Words } from '../../../firmware/language/messages/words.ts'
import { renderTicketText } from '../../../firmware/roles/dispenser/render-text.ts'
import { isRightToLeft } from '../../../firmware/roles/dispenser/raster-line.ts'
import { printsAsText } from '../../../firmware/roles/dispenser/text-line.ts'
import { intlZones } from '../../fixtures/zones.ts'

const config = checkConfig(
  parse(readFileSync(new URL('../../../config/demo-bank.yaml', import.meta.url), 'utf8')),
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
// 2026-11-22 10:15 in Dubai (UTC+4)
const now = Date.UTC(2026, 10, 22, 6, 15)

t.test('the ticket says everything a customer needs', async (t) => {
  const layout = ticketLayout(config, { ticket, ahead: 4, estimatedWaitSeconds: 610 }, now, intlZones)
  const texts = layout.lines.map((l) => l.text)
  t.same(texts, [
    'Gulf Commerce Bank — Marina Branch',
    '22‏/11‏/2026، 10:15 ص',
    '22 Nov 2026, 10:15',
    'A023',
    'الإيداعات',
    'Deposits',
    'ينتظر قبلك 4 أشخاص',
    'حوالي 10 دقائق',
    'Waiting ahead of you: 4',
    'About 10 min',
    'Thank you for banking with us. Open Sun–Thu 8:00–15:00.',
  ])
  t.equal(layout.lines[3]?.size, 'huge')
  t.equal(layout.lines[4]?.lang, 'ar')
})

t.test('priority tickets say so; nobody ahead means next', async (t) => {
  const layout = ticketLayout(
    config,
    { ticket: { ...ticket, priority: 'priority' }, ahead: 0, estimatedWaitSeconds: 0 },
    now,
    intlZones,
  )
  t.same(
    layout.lines.slice(4, 6).map((l) => l.text),
    ['أولوية', 'Priority'],
  )
  t.ok(layout.lines.some((l) => l.text === 'You are next'))
  t.ok(layout.lines.some((l) => l.text === 'دورك التالي'))
  t.equal(waitWords(new Words('en'), 20, 1), 'About 1 min')
})

t.test('an answer without a ticket is refused, not printed blank', async (t) => {
  t.throws(() => ticketLayout(config, {}, now, intlZones), /without a ticket/)
})

t.test('text tickets fit the paper width', async (t) => {
  t.equal(paperColumns(80), 48)
  t.equal(paperColumns(58), 32)
  const text = renderTicketText(
    ticketLayout(config, { ticket, ahead: 4, estimatedWaitSeconds: 610 }, now, intlZones),
    32,
  )
  for (const row of text.split('\n')) t.equal([...row].length, 32, row)
  t.match(text, /A 0 2 3/)
  t.match(text, /GULF COMMERCE BANK/)
})

/** The demo site, its ticket's fixed words in Arabic only, with the changes a test makes. */
function arabicSite(change: (doc: Record<string, any>) => void = () => {}) {
  const doc = parse(readFileSync(new URL('../../../config/demo-bank.yaml', import.meta.url), 'utf8'))
  doc.ticket.languages = ['ar']
  change(doc)
  return checkConfig(doc, 'arabic demo', intlZones)
}
const ENGLISH = /Waiting|About|You are next|VIP|Priority|Reprinted|Nov|min/

t.test(
  'an Arabic ticket: every fixed line Arabic, marked right to left, drawn (shaped) rather than sent as text',
  async (t) => {
    const arabic = arabicSite()
    const layout = ticketLayout(
      arabic,
      { ticket: { ...ticket, priority: 'vip' }, ahead: 11, estimatedWaitSeconds: 130 },
      now,
      intlZones,
    )
    const fixed = layout.lines.filter((l) => l.lang === 'ar' && l.text !== 'الإيداعات')
    t.same(
      fixed.map((l) => l.text),
      ['22‏/11‏/2026، 10:15 ص', 'كبار العملاء', 'ينتظر قبلك 11 شخصًا', 'حوالي دقيقتين'],
    )
    for (const line of fixed) {
      t.ok(isRightToLeft(line), `${line.text}: right to left`)
      t.notOk(
        printsAsText(line, printerCapabilities({ paperWidthMm: 80, escpos: true })),
        `${line.text}: rastered, so HarfBuzz shapes it`,
      )
    }
    t.notMatch(
      layout.lines
        .filter((l) => l.lang !== 'en' && l.text !== arabic.site.name && l.text !== arabic.ticket.footer)
        .map((l) => l.text)
        .join('\n'),
      ENGLISH,
    )
  },
)

t.test("Eastern Arabic digits are a site's choice", async (t) => {
  const layout = ticketLayout(
    arabicSite((doc) => (doc.site.digits = 'eastern-arabic')),
    { ticket, ahead: 4, estimatedWaitSeconds: 610 },
    now,
    intlZones,
  )
  t.ok(layout.lines.some((l) => l.text === 'ينتظر قبلك ٤ أشخاص'))
  t.ok(layout.lines.some((l) => l.text === 'حوالي ١٠ دقائق'))
  t.ok(
    layout.lines.some((l) => l.text.startsWith('٢٢')),
    'the date too',
  )
  t.equal(
    layout.lines.find((l) => l.size === 'huge')?.text,
    'A023',
    'the ticket number stays as the display and the voice give it',
  )
})

t.test('a site overrides a message in its config', async (t) => {
  const site = arabicSite((doc) => (doc.messages = { ar: { 'ticket.next': 'تفضل، أنت التالي' } }))
  t.ok(ticketLayout(site, { ticket, ahead: 0 }, now, intlZones).lines.some((l) => l.text === 'تفضل، أنت التالي'))
})

t.test('a Russian ticket counts people and minutes by Russian rules', async (t) => {
  const doc = parse(readFileSync(new URL('../../../config/government-office.yaml', import.meta.url), 'utf8'))
  doc.ticket.languages = ['ru']
  const office = checkConfig(doc, 'office', intlZones)
  const service = office.services[0]!.id
  const lines = (ahead: number, seconds: number) =>
    ticketLayout(
      office,
      { ticket: { ...ticket, service }, ahead, estimatedWaitSeconds: seconds },
      now,
      intlZones,
    ).lines.map((l) => l.text)
  t.same(
    lines(1, 60).filter((l) => /Перед|Около/.test(l)),
    ['Перед вами 1 человек', 'Около 1 минуты'],
  )
  t.same(
    lines(2, 120).filter((l) => /Перед|Около/.test(l)),
    ['Перед вами 2 человека', 'Около 2 минут'],
  )
  t.same(
    lines(5, 300).filter((l) => /Перед|Около/.test(l)),
    ['Перед вами 5 человек', 'Около 5 минут'],
  )
  t.same(
    lines(21, 1260).filter((l) => /Перед|Около/.test(l)),
    ['Перед вами 21 человек', 'Около 21 минуты'],
  )
})
