import t from 'tap'
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
