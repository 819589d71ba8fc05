import t from 'tap'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { checkConfig } from '../../../firmware/site/config/load.ts'
import { ticketLayout, waitWords } from '../../../firmware/roles/dispenser/layout.ts'
import { paperColumns } from '../../../firmware/drivers/printer/printer-capabilities.ts'
import { renderTicketText } from '../../../firmware/roles/dispenser/render-text.ts'

const config = checkConfig(parse(readFileSync(new URL('../../../config/demo-bank.yaml', import.meta.url), 'utf8')), 'demo')
const ticket = { id: 'x', label: 'A023', service: 'deposits', priority: 'normal' as const, state: 'waiting' as const, issuedAt: 0, calls: 0 }
// 2026-11-22 10:15 in Dubai (UTC+4)
const now = Date.UTC(2026, 10, 22, 6, 15)

t.test('the ticket says everything a customer needs', async (t) => {
  const layout = ticketLayout(config, { ticket, ahead: 4, estimatedWaitSeconds: 610 }, now)
  const texts = layout.lines.map((l) => l.text)
  t.same(texts, [
    'Gulf Commerce Bank — Marina Branch',
    '22 Nov 2026, 10:15',
    'A023',
    'الإيداعات',
    'Deposits',
    'Waiting ahead of you: 4',
    'About 10 min',
    'Thank you for banking with us. Open Sun–Thu 8:00–15:00.',
  ])
  t.equal(layout.lines[2]?.size, 'huge')
  t.equal(layout.lines[3]?.lang, 'ar')
})

t.test('priority tickets say so; nobody ahead means next', async (t) => {
  const layout = ticketLayout(config, { ticket: { ...ticket, priority: 'priority' }, ahead: 0, estimatedWaitSeconds: 0 }, now)
  t.equal(layout.lines[3]?.text, 'Priority')
  t.ok(layout.lines.some((l) => l.text === 'You are next'))
  t.equal(waitWords(20, 1), 'About 1 min')
})

t.test('an answer without a ticket is refused, not printed blank', async (t) => {
  t.throws(() => ticketLayout(config, {}, now), /without a ticket/)
})

t.test('text tickets fit the paper width', async (t) => {
  t.equal(paperColumns(80), 48)
  t.equal(paperColumns(58), 32)
  const text = renderTicketText(ticketLayout(config, { ticket, ahead: 4, estimatedWaitSeconds: 610 }, now), 32)
  for (const row of text.split('\n')) t.equal([...row].length, 32, row)
  t.match(text, /A 0 2 3/)
  t.match(text, /GULF COMMERCE BANK/)
})
