import t from 'tap'
import type { Command } from '../../../firmware/contract/commands.ts'
import { parseKeypadLine } from '../../../firmware/drivers/keypad/ascii-keypad.ts'
import { QSYSTEM_KEYS } from '../../../firmware/drivers/keypad/qsystem-keypad.ts'
import { COUNTER_KEYS, commandForKey } from '../../../firmware/roles/counter/counter-keys.ts'

t.test('every keypad key sends its command for this counter', async (t) => {
  t.same(commandForKey('c2', 'next'), { type: 'callNext', counter: 'c2' })
  for (const key of COUNTER_KEYS.filter((k) => k !== 'next'))
    t.same(commandForKey('c2', key), { type: key, counter: 'c2' })
  t.same(commandForKey('c2', 'transfer:loans'), { type: 'transfer', counter: 'c2', to: { service: 'loans' } })
  t.same(commandForKey('c2', 'transfer-counter:c3'), { type: 'transfer', counter: 'c2', to: { counter: 'c3' } })
  t.same(commandForKey('c2', 'call:A023'), { type: 'callTicket', counter: 'c2', label: 'A023' })
})

t.test('unknown keys and keys missing their argument send nothing', async (t) => {
  t.equal(commandForKey('c2', 'launch'), undefined)
  t.equal(commandForKey('c2', 'transfer'), undefined)
  t.equal(commandForKey('c2', 'call:'), undefined)
})

t.test('staff log in with a PIN and out again at their counter', async (t) => {
  t.same(commandForKey('c2', 'login:1234'), { type: 'login', counter: 'c2', pin: '1234' })
  t.same(commandForKey('c2', 'logout'), { type: 'logout', counter: 'c2' })
  t.equal(commandForKey('c2', 'login'), undefined, 'a login without a PIN sends nothing')
})

t.test('a counter reprints or cancels an unprinted ticket by its label', async (t) => {
  t.same(commandForKey('c2', 'reprint:A023'), { type: 'reprint', label: 'A023' })
  t.same(commandForKey('c2', 'cancel:A023'), { type: 'cancel', label: 'A023' })
  t.equal(commandForKey('c2', 'reprint'), undefined, 'a reprint without a label sends nothing')
  t.equal(commandForKey('c2', 'cancel:'), undefined, 'a cancel without a label sends nothing')
})

t.test('every counter action an ASCII keypad has a word for reaches its command', async (t) => {
  const lines: [string, Command][] = [
    ['7:REPRINT:A023', { type: 'reprint', label: 'A023' }],
    ['7:CANCEL:A023', { type: 'cancel', label: 'A023' }],
    // A held ticket comes back by its label: callTicket takes a held ticket as well as a waiting one.
    ['7:CALL:A023', { type: 'callTicket', counter: 'c2', label: 'A023' }],
    ['7:LOGIN:4821', { type: 'login', counter: 'c2', pin: '4821' }],
    ['7:RATE:4', { type: 'rate', counter: 'c2', score: 4 }],
    ['7:HOLD', { type: 'hold', counter: 'c2' }],
  ]
  for (const [line, command] of lines) {
    const parsed = parseKeypadLine(line)
    t.same(parsed.ok ? commandForKey('c2', parsed.key.key) : parsed.error, command, line)
  }
})

t.test('a QSystem keypad has keys for call next, start, redirect and no-show only', async (t) => {
  t.same(Object.values(QSYSTEM_KEYS), ['next', 'start', 'redirect', 'noShow'])
  for (const key of ['next', 'start', 'noShow']) t.ok(commandForKey('c2', key), `${key} sends a command`)
})
