import t from 'tap'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { checkConfig } from '../../../firmware/site/config/load.ts'
import { type PanelAction, type PanelMode, panelKey } from '../../../firmware/shell/panel/panel-keys.ts'
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

/** Types each key in turn from `mode`, as the front panel does, and returns the last action. */
function typeKeys(mode: PanelMode, keys: string[]): PanelAction {
  let action: PanelAction = { kind: 'none', mode }
  let typed = ''
  for (const key of keys) {
    action = panelKey(config, action.mode, key, typed)
    typed = action.kind === 'none' ? (action.typed ?? '') : ''
  }
  return action
}

t.test('c then a label calls that ticket: a held ticket comes back from the panel', async (t) => {
  const start = panelKey(config, 'normal', 'c')
  t.equal(start.mode, 'call')
  t.match(start.prompt, /call ticket \(a held one comes back\): _ {2}\(Enter sends, Esc cancels\)/)
  t.match(typeKeys('normal', ['c', 'a', '0', '2']).prompt, /: A02_/, 'what was typed shows on the prompt line')
  t.same(typeKeys('normal', ['c', 'a', '0', '2', '3', '\r']), { kind: 'counter-key', key: 'call:A023', mode: 'normal' })
  t.same(typeKeys('normal', ['c', 'a', '0', '9', '\x7f', '2', '3', '\r']), {
    kind: 'counter-key',
    key: 'call:A023',
    mode: 'normal',
  })
})

t.test('e and k reprint or cancel the ticket whose label is typed', async (t) => {
  t.same(typeKeys('normal', ['e', 'B', '0', '0', '7', '\r']), {
    kind: 'counter-key',
    key: 'reprint:B007',
    mode: 'normal',
  })
  t.same(typeKeys('normal', ['k', 'B', '0', '0', '7', '\r']), {
    kind: 'counter-key',
    key: 'cancel:B007',
    mode: 'normal',
  })
})

t.test('l then a PIN logs a member of staff in, the PIN shown as dots; o logs out', async (t) => {
  const typing = typeKeys('normal', ['l', '4', '8', 'x', '2'])
  t.equal(typing.mode, 'login')
  t.match(typing.prompt, /staff PIN: •••_/, 'a letter is not a PIN digit; the digits show as dots')
  t.notMatch(typing.prompt, /482/)
  t.same(typeKeys('normal', ['l', '4', '8', '2', '1', '\r']), {
    kind: 'counter-key',
    key: 'login:4821',
    mode: 'normal',
  })
  t.same(panelKey(config, 'normal', 'o'), { kind: 'counter-key', key: 'logout', mode: 'normal' })
})

t.test('v then one digit 1-5 rates at once', async (t) => {
  t.equal(typeKeys('normal', ['v', '7']).mode, 'rate', 'a 7 is not a score')
  t.same(typeKeys('normal', ['v', '4']), { kind: 'counter-key', key: 'rate:4', mode: 'normal' })
})

t.test('Esc cancels a prompt and Enter on nothing typed sends nothing', async (t) => {
  t.same(typeKeys('normal', ['k', 'A', '\x1b']), { kind: 'none', mode: 'normal', prompt: 'cancel cancelled' })
  const empty = typeKeys('normal', ['e', '\r'])
  t.equal(empty.kind, 'none')
  t.equal(empty.mode, 'reprint')
  t.same(typeKeys('normal', ['k', '\x1b', 'n']), { kind: 'counter-key', key: 'next', mode: 'normal' })
})
