import t from 'tap'
import { decide, initialState } from '../../firmware/core/index.ts'
import type { Command } from '../../firmware/core/index.ts'
import { SUNDAY_10AM, testConfig } from './harness.ts'

t.test('malformed commands from the bus are answered bad-command, never thrown', async (t) => {
  const config = testConfig()
  const state = initialState(config)
  const before = JSON.stringify(state)
  const cases: Array<[unknown, RegExp]> = [
    [null, /JSON object/],
    ['issue', /JSON object/],
    [[{ type: 'issue' }], /JSON object/],
    [{}, /Unknown command type undefined/],
    [{ type: 'launch' }, /Unknown command type "launch"; expected one of issue, callNext/],
    [{ type: 'toString' }, /Unknown command type "toString"/],
    [{ type: 'issue' }, /"issue" needs "service"/],
    [{ type: 'issue', service: 7 }, /"issue" needs "service"/],
    [{ type: 'issue', service: 'deposits', priority: 'urgent' }, /"priority" must be normal, priority, vip or absent/],
    [{ type: 'callNext' }, /"callNext" needs "counter"/],
    [{ type: 'finish', counter: '' }, /"finish" needs "counter"/],
    [{ type: 'transfer', counter: 'c1' }, /"transfer" needs "to"/],
    [{ type: 'transfer', counter: 'c1', to: 'loans' }, /"transfer" needs "to"/],
    [{ type: 'transfer', counter: 'c1', to: { service: 'loans', counter: 'c2' } }, /"transfer" needs "to"/],
    [{ type: 'callTicket', counter: 'c1' }, /"callTicket" needs "label"/],
    [{ type: 'cancel', label: null }, /"cancel" needs "label"/],
  ]
  for (const [cmd, message] of cases) {
    const decision = decide(config, state, cmd as Command, SUNDAY_10AM)
    t.match(decision, { ok: false, error: { code: 'bad-command', message } }, JSON.stringify(cmd))
  }
  t.equal(JSON.stringify(state), before, 'the state is untouched')
})
