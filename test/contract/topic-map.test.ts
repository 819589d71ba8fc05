import t from 'tap'
import fc from 'fast-check'
import { topics } from '../../firmware/bus/topics.ts'
import { matches } from '../../firmware/bus/topic-filter.ts'
import { check } from '../../firmware/contract/check.ts'
import { TOPIC_MAP, TOPIC_NAMES, topicFilter } from '../../firmware/contract/topic-map.ts'

const site = topics('test-site')

/** Every topic the code can build (bus/topics.ts), a builder of one level called with a sample value. */
function builtTopics(): string[] {
  const built: string[] = []
  for (const [key, value] of Object.entries(site)) {
    if (key === 'root') continue
    if (typeof value === 'string') built.push(value)
    else if (key === 'alert') built.push(value('printer'), value('sms'))
    else built.push(value('sample-id'))
  }
  return built
}

t.test('every topic bus/topics.ts builds is a topic of the contract, with a schema', async (t) => {
  for (const topic of builtTopics()) {
    const names = TOPIC_NAMES.filter((name) => {
      const filter = `${site.root}/${topicFilter(name)}`
      return matches(filter, topic) || matches(topic, filter)
    })
    t.ok(names.length > 0, `${topic} is in the contract`)
    for (const name of names) t.ok(TOPIC_MAP[name].schema, `${name} has a schema`)
  }
})

t.test('every topic of the contract is one bus/topics.ts builds', async (t) => {
  const built = builtTopics()
  for (const name of TOPIC_NAMES) {
    const filter = `${site.root}/${topicFilter(name)}`
    t.ok(
      built.some((topic) => matches(filter, topic)),
      `${name} (${TOPIC_MAP[name].topic}) is built by bus/topics.ts`,
    )
  }
})

// Bad input is refused, never fatal: whatever arrives on a topic, its check answers, and garbage is refused with a reason.
t.test('garbage on any topic is refused with its problems named, never thrown', async (t) => {
  const garbage = fc.oneof(
    fc.anything(),
    fc.dictionary(
      fc.constantFrom(
        'type',
        'req',
        'day',
        'device',
        'online',
        'counter',
        'calls',
        'incidents',
        'services',
        'seq',
        'at',
        'status',
        'data',
      ),
      fc.anything(),
    ),
  )
  for (const name of TOPIC_NAMES) {
    fc.assert(
      fc.property(garbage, (payload) => {
        const result = check(name, payload)
        return (
          result.ok ||
          (result.problems.length > 0 && result.problems.every((p) => typeof p === 'string' && p.length > 0))
        )
      }),
      { numRuns: 300 },
    )
  }
  for (const name of TOPIC_NAMES) {
    for (const payload of [null, 'text', 42, [], {}, { type: 'launch' }]) {
      const result = check(name, payload)
      t.equal(result.ok, false, `${name} refuses ${JSON.stringify(payload)}`)
      if (!result.ok) t.ok(result.problems.length > 0, `${name} says why it refuses ${JSON.stringify(payload)}`)
    }
  }
})

t.test("a payload the code publishes passes its topic's check", async (t) => {
  const ticket = {
    id: 'd/A001/1',
    label: 'A001',
    service: 'deposits',
    priority: 'normal',
    state: 'called',
    issuedAt: 1,
    counter: 'c1',
    calls: 1,
  }
  const samples: Array<[keyof typeof TOPIC_MAP, unknown]> = [
    ['counterState', { counter: 'c1', paused: false, ticket }],
    ['counterState', { counter: 'c1', paused: true, ticket: null }],
    ['callsState', { day: '2026-11-22', calls: [{ label: 'A001', counter: 'c1', at: 1 }] }],
    ['event', { seq: 3, type: 'ticket.called', at: 1, id: 'd/A001/1', counter: 'c1', recall: false, label: 'A001' }],
    ['reply', { req: 'r1', status: 'ok', data: { ticket, ahead: 0, estimatedWaitSeconds: 0 } }],
    ['reply', { req: 'r1', status: 'error', error: { code: 'queue-empty', message: 'Nobody is waiting' } }],
    ['deviceHealth', { device: 'box-dispenser', online: false }],
  ]
  for (const [name, payload] of samples) t.same(check(name, payload), { ok: true, value: payload }, name)
  t.match(check('event', { seq: 3, type: 'ticket.called', at: 1, id: 'x', recall: false }), {
    ok: false,
    problems: ['(top level): "counter" is missing'],
  })
})
