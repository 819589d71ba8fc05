import t from 'tap'
import { estimateWait, recentCalls, ticketView, waitingByService } from '../../firmware/core/index.ts'
import { Branch, SUNDAY_10AM, testConfig } from './harness.ts'

t.test('estimate: ahead × average recent service time ÷ open counters serving the service', async (t) => {
  const branch = new Branch()
  branch.issue('deposits')
  branch.issue('deposits')
  branch.issue('deposits')
  t.same(
    estimateWait(branch.config, branch.state, 'deposits'),
    { ahead: 3, seconds: 450 },
    '3 × 300 s default ÷ 2 counters',
  )
  branch.ok({ type: 'pause', counter: 'c2' })
  t.same(
    estimateWait(branch.config, branch.state, 'deposits'),
    { ahead: 3, seconds: 900 },
    'a paused counter does not count',
  )
  branch.ok({ type: 'pause', counter: 'c1' })
  t.same(
    estimateWait(branch.config, branch.state, 'deposits'),
    { ahead: 3, seconds: 900 },
    'at least one counter, even with all paused',
  )
  branch.ok({ type: 'resume', counter: 'c1' })
  branch.ok({ type: 'resume', counter: 'c2' })

  branch.next('c1')
  branch.advance(100).ok({ type: 'finish', counter: 'c1' })
  branch.next('c1')
  branch.advance(200).ok({ type: 'finish', counter: 'c1' })
  t.same(branch.state.services.deposits?.recentServiceSeconds, [100, 200])
  t.same(estimateWait(branch.config, branch.state, 'deposits'), { ahead: 1, seconds: 75 }, '1 × 150 s ÷ 2')
})

t.test('estimate counts only tickets that would go first: same or higher class', async (t) => {
  const branch = new Branch()
  branch.issue('loans')
  branch.issue('loans', 'priority')
  branch.issue('loans', 'vip')
  const { config, state } = branch
  t.equal(estimateWait(config, state, 'loans', 'normal').ahead, 3)
  t.equal(estimateWait(config, state, 'loans', 'priority').ahead, 2)
  t.equal(estimateWait(config, state, 'loans', 'vip').ahead, 1)
  t.same(estimateWait(config, state, 'accounts'), { ahead: 0, seconds: 0 })
})

t.test('the average covers the last estimate.window service times', async (t) => {
  const branch = new Branch(testConfig((c) => (c.estimate.window = 2)))
  for (const seconds of [10, 20, 30]) {
    branch.issue('loans')
    branch.next('c3')
    branch.advance(seconds).ok({ type: 'finish', counter: 'c3' })
  }
  t.same(branch.state.services.loans?.recentServiceSeconds, [20, 30])
  branch.issue('loans')
  t.same(estimateWait(branch.config, branch.state, 'loans'), { ahead: 1, seconds: 25 })
})

t.test('waitingByService lists every configured service with its queue and estimate', async (t) => {
  const branch = new Branch()
  branch.issue('deposits')
  branch.issue('deposits')
  branch.issue('loans')
  branch.next('c3')
  t.same(waitingByService(branch.config, branch.state), {
    deposits: { waiting: 2, estimatedWaitSeconds: 300 },
    loans: { waiting: 0, estimatedWaitSeconds: 0 },
    accounts: { waiting: 0, estimatedWaitSeconds: 0 },
  })
})

t.test('recentCalls: the latest call of each ticket, newest first, limited', async (t) => {
  const branch = new Branch()
  for (let i = 0; i < 4; i++) branch.issue('deposits')
  branch.advance(1).next('c1') // A001
  branch.advance(1).next('c2') // A002
  branch.advance(1).next('c1') // A003
  branch.advance(1).ok({ type: 'recall', counter: 'c2' }) // A002 again
  t.same(recentCalls(branch.state, 10), [
    { label: 'A002', counter: 'c2', at: SUNDAY_10AM + 4000 },
    { label: 'A003', counter: 'c1', at: SUNDAY_10AM + 3000 },
    { label: 'A001', counter: 'c1', at: SUNDAY_10AM + 1000 },
  ])
  t.same(
    recentCalls(branch.state, 1).map((c) => c.label),
    ['A002'],
  )
  t.same(recentCalls(branch.state, 0), [])
})

t.test('ticketView is the public face of a ticket', async (t) => {
  const branch = new Branch()
  branch.issue('deposits', 'vip')
  branch.next('c2')
  t.same(ticketView(branch.ticket('A001')), {
    id: '2026-11-22/A001',
    label: 'A001',
    service: 'deposits',
    priority: 'vip',
    state: 'called',
    issuedAt: SUNDAY_10AM,
    calls: 1,
    counter: 'c2',
  })
})
