import t from 'tap'
import { check } from '../../firmware/contract/check.ts'
import type { Device } from '../../firmware/bus/devices.ts'
import { permitFor } from '../../firmware/hub/command-rules.ts'

/** The problems the contract finds in a command payload; none when it is well formed. */
function commandProblems(payload: unknown): string[] {
  const checked = check('command', payload)
  return checked.ok ? [] : checked.problems
}

const keypad: Device = { id: 'desk-counter-c1', role: 'counter', board: 'desk', counter: 'c1' }
const box: Device = { id: 'box-dispenser', role: 'dispenser', board: 'box', services: ['deposits'] }

t.test('login and logout payloads are checked field by field', async (t) => {
  t.same(commandProblems({ req: 'r1', type: 'login', counter: 'c1', pin: '1234' }), [])
  t.same(commandProblems({ req: 'r2', type: 'logout', counter: 'c1' }), [])
  t.same(commandProblems({ req: 'r3', type: 'login', counter: 'c1', pin: '12a4' }), [
    'pin: must be a PIN of 4–8 digits',
  ])
  t.same(commandProblems({ req: 'r4', type: 'login', counter: 'c1' }), ['(top level): "pin" is missing'])
  t.same(commandProblems({ req: 'r5', type: 'logout', counter: 'c1', pin: '1234' }), [
    '(top level): unknown field "pin"',
  ])
})

t.test('a keypad logs staff in and out at its own counter only', async (t) => {
  t.equal(permitFor(keypad, keypad.id)({ type: 'login', counter: 'c1', pin: '1234' }), undefined)
  t.equal(permitFor(keypad, keypad.id)({ type: 'logout', counter: 'c1' }), undefined)
  t.match(permitFor(keypad, keypad.id)({ type: 'login', counter: 'c2', pin: '1234' }), {
    code: 'not-allowed',
    message: /counter c1, not c2/,
  })
  t.match(permitFor(box, box.id)({ type: 'logout', counter: 'c1' }), { code: 'not-allowed' })
})
