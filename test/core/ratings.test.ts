import t from 'tap'
import { Branch, testConfig } from './harness.ts'

function served(b: Branch, counter = 'c1'): string {
  b.issue('deposits')
  const label = b.next(counter)
  b.ok({ type: 'start', counter })
  b.advance(60)
  b.ok({ type: 'finish', counter })
  return b.ticket(label).id
}

t.test('a rating right after service is attached to that ticket, its counter and service; once', async (t) => {
  const b = new Branch(testConfig((c) => (c.ratings = { scale: 3, recentSeconds: 120 })))
  const id = served(b)
  b.advance(10)
  t.same(b.ok({ type: 'rate', counter: 'c1', score: 3 }).events, [
    { type: 'rating.recorded', at: b.now, counter: 'c1', score: 3, scale: 3, id, service: 'deposits' },
  ])
  t.equal(b.refused({ type: 'rate', counter: 'c1', score: 1 }).code, 'already-rated', 'one rating per ticket')
  t.equal(b.refused({ type: 'rate', counter: 'c1', score: 4 }).code, 'bad-command', 'a 3-key scale has no 4')
})

t.test('no recent ticket: the rating is stored without one', async (t) => {
  const b = new Branch()
  b.ok({ type: 'tick' })
  t.same(b.ok({ type: 'rate', counter: 'c2', score: 5 }).events, [
    { type: 'rating.recorded', at: b.now, counter: 'c2', score: 5, scale: 5 },
  ])
  served(b, 'c2')
  b.advance(121)
  t.same(
    b.ok({ type: 'rate', counter: 'c2', score: 2 }).events,
    [{ type: 'rating.recorded', at: b.now, counter: 'c2', score: 2, scale: 5 }],
    'too late for the ticket',
  )
  t.equal(b.refused({ type: 'rate', counter: 'c9', score: 2 }).code, 'unknown-counter')
})

t.test('the next ticket finished at the counter can be rated again', async (t) => {
  const b = new Branch()
  const first = served(b)
  t.match(b.ok({ type: 'rate', counter: 'c1', score: 4 }).events[0], { id: first })
  const second = served(b)
  t.match(b.ok({ type: 'rate', counter: 'c1', score: 1 }).events[0], { id: second })
})

t.test('with staff logins, the rating names who served', async (t) => {
  const b = new Branch(
    testConfig((c) => (c.staff = [{ id: 'amal', name: 'Amal', pin: '4321', services: ['deposits'] }])),
  )
  b.ok({ type: 'login', counter: 'c1', pin: '4321' })
  const id = served(b)
  t.match(b.ok({ type: 'rate', counter: 'c1', score: 5 }).events[0], { id, service: 'deposits', staff: 'amal' })
})
