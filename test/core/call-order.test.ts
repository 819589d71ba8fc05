import t from 'tap'
import { Branch, testConfig, types } from './harness.ts'

t.test("callNext calls the oldest ticket of the counter's services, in its service order", async (t) => {
  const branch = new Branch()
  branch.issue('accounts') // C001
  branch.advance(10).issue('deposits') // A001
  branch.advance(10).issue('deposits') // A002
  const call = branch.advance(10).ok({ type: 'callNext', counter: 'c1' })
  t.same(call.events, [{ type: 'ticket.called', at: branch.now, id: '2026-11-22/A001', counter: 'c1', recall: false }])
  t.match(call.reply.ticket, { label: 'A001', state: 'called', counter: 'c1', calls: 1 })
  t.equal(branch.next('c3'), 'C001', 'c3 serves loans first, then accounts')
  t.equal(branch.next('c2'), 'A002')
  t.same(branch.state.counters.c1, { id: 'c1', paused: false, current: '2026-11-22/A001', priorityStreak: 0 })
  t.match(branch.ticket('A001'), { state: 'called', counter: 'c1', calls: 1, firstCalledAt: branch.now })
})

t.test('priority class first: vip, then priority, then normal, across services', async (t) => {
  const branch = new Branch()
  branch.issue('deposits')
  branch.advance(1).issue('accounts', 'priority')
  branch.advance(1).issue('deposits', 'priority')
  branch.advance(1).issue('accounts', 'vip')
  const order = [branch.next('c1'), branch.next('c1'), branch.next('c1'), branch.next('c1')]
  t.same(order, ['C002', 'A002', 'C001', 'A001'], 'vip; then priority deposits before priority accounts; then normal')
})

t.test('"next" while a ticket is at the counter finishes it, then calls the next one', async (t) => {
  const branch = new Branch()
  branch.issue('deposits')
  branch.issue('deposits')
  branch.next('c2')
  branch.advance(20).ok({ type: 'start', counter: 'c2' })
  const next = branch.advance(100).ok({ type: 'callNext', counter: 'c2' })
  t.same(types(next.events), ['ticket.finished', 'ticket.called'])
  t.match(next.events[0], { id: '2026-11-22/A001', counter: 'c2' })
  t.equal(branch.ticket('A001').state, 'done')
  t.same(branch.state.services.deposits?.recentServiceSeconds, [100], 'service time from start to finish')
  t.equal(branch.state.counters.c2?.current, '2026-11-22/A002')
})

t.test('with nothing waiting, "next" is refused and the current ticket stays', async (t) => {
  const branch = new Branch()
  branch.issue('deposits')
  branch.next('c1')
  const error = branch.refused({ type: 'callNext', counter: 'c1' })
  t.same(error, { code: 'queue-empty', message: 'No one is waiting for Deposits or Accounts' })
  t.equal(branch.ticket('A001').state, 'called')
  t.equal(branch.refused({ type: 'callNext', counter: 'c2' }).message, 'No one is waiting for Deposits')
})

t.test('a paused counter cannot call; unknown counters are named', async (t) => {
  const branch = new Branch()
  branch.issue('deposits')
  branch.ok({ type: 'pause', counter: 'c2' })
  t.same(branch.refused({ type: 'callNext', counter: 'c2' }), {
    code: 'counter-paused',
    message: 'Counter 2 is paused; resume it to call tickets',
  })
  t.same(branch.refused({ type: 'callNext', counter: 'c9' }), {
    code: 'unknown-counter',
    message: 'There is no counter "c9"; the counters are c1, c2, c3',
  })
  branch.ok({ type: 'resume', counter: 'c2' })
  t.equal(branch.next('c2'), 'A001')
})

t.test('a ticket transferred to one counter is called only there', async (t) => {
  const branch = new Branch()
  branch.issue('loans')
  branch.issue('deposits')
  branch.next('c3') // B001
  branch.ok({ type: 'transfer', counter: 'c3', to: { counter: 'c1' } })
  t.match(branch.ticket('B001'), { state: 'waiting', service: 'loans', forCounter: 'c1' })
  t.equal(
    branch.refused({ type: 'callNext', counter: 'c3' }).code,
    'queue-empty',
    'c3 serves loans, but B001 now waits for c1',
  )
  t.equal(branch.next('c2'), 'A001', 'c2 does not see it either')
  t.equal(branch.next('c1'), 'B001', 'c1 gets it even though it does not serve loans')
})

t.test(
  'anti-starvation: after maxConsecutive priority calls in a row, a waiting normal ticket is called',
  async (t) => {
    const branch = new Branch(testConfig((c) => (c.priority.maxConsecutive = 2)))
    branch.issue('deposits') // A001 normal
    branch.advance(1)
    for (let i = 0; i < 4; i++) branch.issue('deposits', i % 2 ? 'vip' : 'priority') // A002 p, A003 v, A004 p, A005 v
    const order = [1, 2, 3, 4, 5].map(() => branch.next('c2'))
    t.same(order, ['A003', 'A005', 'A001', 'A002', 'A004'], 'two VIPs, then the starving normal, then priority again')
    t.equal(branch.state.counters.c2?.priorityStreak, 2)
  },
)

t.test('anti-starvation is off with maxConsecutive 0', async (t) => {
  const branch = new Branch(testConfig((c) => (c.priority.maxConsecutive = 0)))
  branch.issue('deposits')
  for (let i = 0; i < 4; i++) branch.issue('deposits', 'priority')
  const order = [1, 2, 3, 4, 5].map(() => branch.next('c2'))
  t.same(order, ['A002', 'A003', 'A004', 'A005', 'A001'])
})

t.test('the streak is per counter and a normal call resets it', async (t) => {
  const branch = new Branch(testConfig((c) => (c.priority.maxConsecutive = 1)))
  branch.issue('deposits', 'vip')
  branch.issue('deposits', 'vip')
  branch.issue('deposits')
  t.equal(branch.next('c1'), 'A001')
  t.equal(branch.next('c2'), 'A002', 'c2 has no streak yet, so the VIP goes first')
  t.equal(branch.next('c1'), 'A003', 'c1 had one VIP call: the normal ticket gets its turn')
  t.equal(branch.state.counters.c1?.priorityStreak, 0)
})
