import t from 'tap'
import { check } from '../../firmware/contract/check.ts'
import { parseCommand } from '../../firmware/hub/command-payload.ts'

// The field checks the engine once made by hand (core/command-check.ts) are the contract's schema's now:
// a malformed command from the bus is answered bad-command, naming the field, and never thrown.
t.test('malformed commands from the bus are answered bad-command, never thrown', async (t) => {
  const cases: Array<[unknown, RegExp]> = [
    [null, /JSON object/],
    ['issue', /JSON object/],
    [[{ type: 'issue' }], /JSON object/],
    [{ req: 'r1' }, /needs "type"/],
    [{ req: 'r1', type: 'launch' }, /type: must be one of issue, callNext/],
    [{ req: 'r1', type: 'toString' }, /type: must be one of issue, callNext/],
    [{ req: 'r1', type: 'issue' }, /"issue" command: \(top level\): "service" is missing/],
    [{ req: 'r1', type: 'issue', service: 7 }, /"issue" command: service: must be the id of one from the config/],
    [{ req: 'r1', type: 'issue', service: 'deposits', priority: 'urgent' }, /"issue" command: priority: /],
    [{ req: 'r1', type: 'issue', service: 'deposits', token: 'A001' }, /token: must be 22–64 letters/],
    [{ req: 'r1', type: 'issue', service: 'deposits', token: 42 }, /token: /],
    [{ req: 'r1', type: 'callNext' }, /"callNext" command: \(top level\): "counter" is missing/],
    [{ req: 'r1', type: 'finish', counter: '' }, /"finish" command: counter: must be the id of one from the config/],
    [{ req: 'r1', type: 'transfer', counter: 'c1' }, /"to" is missing/],
    [{ req: 'r1', type: 'transfer', counter: 'c1', to: 'loans' }, /to: must be {"service": id} or {"counter": id}/],
    [
      { req: 'r1', type: 'transfer', counter: 'c1', to: { service: 'loans', counter: 'c2' } },
      /to: must be {"service": id} or {"counter": id}/,
    ],
    [{ req: 'r1', type: 'transfer', counter: 'c1', to: { service: 'loans' }, position: 'middle' }, /position: /],
    [{ req: 'r1', type: 'callTicket', counter: 'c1' }, /"label" is missing/],
    [{ req: 'r1', type: 'cancel', label: null }, /label: must be a ticket label such as A023/],
    [{ req: 'r1', type: 'login', counter: 'c1' }, /"pin" is missing/],
    [{ req: 'r1', type: 'acknowledgeIncident', point: 'room-315', by: 'x', via: 'fax' }, /via: /],
    [{ req: 'r1', type: 'rate', counter: 'c1', score: 6 }, /score: must be a whole number from 1 to 5/],
  ]
  for (const [payload, message] of cases) {
    const parsed = parseCommand(payload)
    t.match(parsed, { ok: false, error: { code: 'bad-command', message } }, JSON.stringify(payload))
  }
})

t.test('a well-formed command comes out typed, with its request id', async (t) => {
  const parsed = parseCommand({ req: 'r1', type: 'transfer', counter: 'c1', to: { counter: 'c2' }, position: 'front' })
  t.match(parsed, {
    ok: true,
    req: 'r1',
    command: { type: 'transfer', counter: 'c1', to: { counter: 'c2' }, position: 'front' },
  })
  t.same(check('command', { req: 'r2', type: 'tick' }), { ok: true, value: { req: 'r2', type: 'tick' } })
})
