import t from 'tap'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { checkConfig } from '../../../firmware/site/config/load.ts'
import { panelKey } from '../../../firmware/shell/panel/panel-keys.ts'
import { intlZones } from '../../fixtures/zones.ts'

const config = checkConfig(
  parse(readFileSync(new URL('../../../config/demo-bank.yaml', import.meta.url), 'utf8')),
  'demo',
  intlZones,
)

t.test('digits press the ticket box buttons in config order', async (t) => {
  t.same(panelKey(config, 'normal', '1'), { kind: 'service', service: 'deposits', mode: 'normal' })
  t.same(panelKey(config, 'normal', '3'), { kind: 'service', service: 'accounts', mode: 'normal' })
  t.same(panelKey(config, 'normal', '9'), { kind: 'none', mode: 'normal' })
})

t.test('letters are the selected counter keypad', async (t) => {
  t.same(panelKey(config, 'normal', 'n'), { kind: 'counter-key', key: 'next', mode: 'normal' })
  t.same(panelKey(config, 'normal', 'x'), { kind: 'counter-key', key: 'noShow', mode: 'normal' })
  t.same(panelKey(config, 'normal', 'u'), { kind: 'counter-key', key: 'resume', mode: 'normal' })
  t.same(panelKey(config, 'normal', '\t'), { kind: 'next-counter', mode: 'normal' })
  t.same(panelKey(config, 'normal', 'q'), { kind: 'quit', mode: 'normal' })
  t.same(panelKey(config, 'normal', 'z'), { kind: 'none', mode: 'normal' })
})

t.test('t then a digit transfers to that service; Esc cancels', async (t) => {
  const start = panelKey(config, 'normal', 't')
  t.equal(start.mode, 'transfer')
  t.match(start.prompt, /1 Deposits {2}2 Loans {2}3 Accounts/)
  t.same(panelKey(config, 'transfer', '2'), { kind: 'counter-key', key: 'transfer:loans', mode: 'normal' })
  t.same(panelKey(config, 'transfer', '\x1b'), { kind: 'none', mode: 'normal', prompt: 'transfer cancelled' })
})
