/**
 * The one topic matcher, as the client's dispatch (a filter and a topic) and
 * the access list (a grant and a topic or a requested filter) use it: the
 * cases each of the two matchers it replaced was tested with, and the rest
 * of MQTT 3.1.1 §4.7.
 */
import t from 'tap'
import { mayPublish, maySubscribe } from '../../firmware/bus/access-list.ts'
import { covers, matches } from '../../firmware/bus/topic-filter.ts'

// [filter, topic or filter, covered]
const CASES: Array<[string, string, boolean]> = [
  // The client's cases: full topics.
  ['qms/v1/s/cmd/+', 'qms/v1/s/cmd/box', true],
  ['qms/v1/s/cmd/+', 'qms/v1/s/cmd/box/x', false],
  ['qms/v1/s/event/#', 'qms/v1/s/event/ticket.called', true],
  ['qms/v1/s/state/calls', 'qms/v1/s/state/services', false],
  // The access list's cases: a grant over a topic or a requested filter.
  ['state/counter/+', 'state/counter/c1', true],
  ['state/counter/+', 'state/counter/+', true],
  ['state/counter/+', 'state/counter/#', false],
  ['state/counter/c1', 'state/counter/+', false],
  ['#', 'anything/at/all', true],
  ['event/ticket.called', 'event/#', false],
  // `+` is exactly one level, an empty one included.
  ['a/+/c', 'a/b/c', true],
  ['a/+/c', 'a//c', true],
  ['a/+', 'a', false],
  ['+/+', 'a/b', true],
  ['+', 'a/b', false],
  // `#` is its parent level and everything below.
  ['a/#', 'a', true],
  ['a/#', 'a/b/c', true],
  ['a/#', 'ab', false],
  ['a/#', 'a/#', true],
  ['a/#', 'a/+/c', true],
  ['a/+', 'a/#', false],
  ['a/b', 'a/b/c', false],
  ['a/b/c', 'a/b', false],
  // A topic that starts with `$` is the broker's: no wildcard at the first level reaches it.
  ['#', '$SYS/broker/uptime', false],
  ['+/broker/uptime', '$SYS/broker/uptime', false],
  ['$SYS/#', '$SYS/broker/uptime', true],
  ['$SYS/+/uptime', '$SYS/broker/uptime', true],
  ['#', '$SYS/#', false],
  // Only the first level: below it `$` is an ordinary character.
  ['qms/#', 'qms/$x', true],
  ['qms/+', 'qms/$x', true],
]

t.test('filters cover topics and filters as MQTT defines them', async (t) => {
  for (const [filter, other, covered] of CASES) t.equal(covers(filter, other), covered, `${filter} over ${other}`)
})

t.test('a topic is matched as the covering of a filter without wildcards', async (t) => {
  for (const [filter, topic, covered] of CASES.filter(([, o]) => !/[+#]/.test(o)))
    t.equal(matches(filter, topic), covered, `${filter} on ${topic}`)
})

t.test("the access list's grants are relative to the site's root, and nothing outside it is granted", async (t) => {
  const root = 'qms/v1/s'
  const hub = { publish: ['#'], subscribe: ['#'] }
  t.ok(mayPublish(hub, root, `${root}/state/calls`))
  t.ok(mayPublish(hub, root, `${root}/$x`), "a level under the root that starts with $ is still the site's")
  t.notOk(mayPublish(hub, root, '$SYS/broker/uptime'))
  t.notOk(mayPublish(hub, root, root))
  t.notOk(mayPublish(hub, root, `${root}/state/+`), 'a publish names one topic')
  t.ok(maySubscribe(hub, root, `${root}/#`))
  t.notOk(maySubscribe(hub, root, '#'))
  t.notOk(maySubscribe(hub, root, '$SYS/#'))
  const display = { publish: [], subscribe: ['state/counter/+'] }
  t.ok(maySubscribe(display, root, `${root}/state/counter/c1`))
  t.notOk(maySubscribe(display, root, `${root}/state/counter/#`))
})
