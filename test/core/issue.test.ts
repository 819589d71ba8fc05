import t from 'tap'
import { Branch, SUNDAY_10AM, testConfig, types } from './harness.ts'

t.test('labels are the prefix and the zero-padded number, per service, from the range start', async (t) => {
  const branch = new Branch()
  const first = branch.ok({ type: 'issue', service: 'deposits' })
  t.same(types(first.events), ['day.started', 'ticket.issued'], 'the first command ever starts the day')
  t.match(first.events[1], {
    type: 'ticket.issued',
    id: '2026-11-22/A001',
    label: 'A001',
    service: 'deposits',
    priority: 'normal',
    number: 1,
    at: SUNDAY_10AM,
  })
  t.same(first.reply, {
    ticket: {
      id: '2026-11-22/A001',
      label: 'A001',
      service: 'deposits',
      priority: 'normal',
      state: 'waiting',
      issuedAt: SUNDAY_10AM,
      calls: 0,
    },
    ahead: 0,
    estimatedWaitSeconds: 0,
  })
  t.equal(branch.issue('deposits'), 'A002')
  t.equal(branch.issue('loans'), 'B001')
  t.equal(branch.issue('deposits'), 'A003')
  t.same(branch.state.services.deposits, { issued: 3, lastNumber: 3, recentServiceSeconds: [] })
  t.same(branch.ticket('A002').history, [{ state: 'waiting', at: SUNDAY_10AM }])
})

t.test('digits and range come from the service', async (t) => {
  const branch = new Branch(
    testConfig((c) => {
      c.services[0]!.digits = 4
      c.services[0]!.range = { from: 100, to: 9999 }
    }),
  )
  t.equal(branch.issue('deposits'), 'A0100')
  t.equal(branch.issue('deposits'), 'A0101')
})

t.test('the issue answer tells how many wait ahead and the estimated wait', async (t) => {
  const branch = new Branch()
  branch.issue('deposits')
  branch.issue('deposits')
  const third = branch.ok({ type: 'issue', service: 'deposits' }).reply
  // 2 ahead × 300 s default ÷ 2 open counters (c1, c2 serve deposits)
  t.match(third, { ticket: { label: 'A003' }, ahead: 2, estimatedWaitSeconds: 300 })
  const vip = branch.ok({ type: 'issue', service: 'deposits', priority: 'vip' }).reply
  t.match(
    vip,
    { ticket: { label: 'A004', priority: 'vip' }, ahead: 0, estimatedWaitSeconds: 0 },
    'a VIP goes ahead of normal tickets',
  )
})

t.test('the daily cap refuses with words and a code', async (t) => {
  const branch = new Branch(testConfig((c) => (c.services[1]!.dailyCap = 2)))
  branch.issue('loans')
  branch.issue('loans')
  const error = branch.refused({ type: 'issue', service: 'loans' })
  t.equal(error.code, 'daily-cap')
  t.equal(error.message, 'Loans has given out all 2 tickets for today; please come back tomorrow')
  t.equal(branch.issue('deposits'), 'A001', 'other services are not capped')
  branch.advance(24 * 3600)
  t.equal(branch.issue('loans'), 'B001', 'the cap is per business day')
})

t.test('a label is never issued twice in a business day: a used-up range is refused', async (t) => {
  const branch = new Branch(testConfig((c) => (c.services[0]!.range = { from: 1, to: 3 })))
  t.same([branch.issue('deposits'), branch.issue('deposits'), branch.issue('deposits')], ['A001', 'A002', 'A003'])
  // Even after the tickets are finished or cancelled, wrapping would reuse A001 today.
  branch.ok({ type: 'cancel', label: 'A001' })
  const error = branch.refused({ type: 'issue', service: 'deposits' })
  t.equal(error.code, 'numbers-exhausted')
  t.match(error.message, /every number from A001 to A003 today/)
  branch.advance(24 * 3600)
  t.equal(branch.issue('deposits'), 'A001', 'numbering restarts the next business day')
})

t.test('opening hours in local time: closed outside them, overnight hours supported', async (t) => {
  const branch = new Branch(
    testConfig((c) => {
      c.services[0]!.hours = [{ days: [7, 1, 2, 3, 4], from: '08:00', to: '15:00' }]
      c.services[2]!.hours = [{ days: [6], from: '18:00', to: '01:00' }]
    }),
  )
  t.equal(branch.issue('deposits'), 'A001', 'Sunday 10:00 is open')
  branch.now = Date.UTC(2026, 10, 22, 11, 0) // Sunday 15:00 local: `to` is exclusive
  const closed = branch.refused({ type: 'issue', service: 'deposits' })
  t.equal(closed.code, 'service-closed')
  t.match(
    closed.message,
    /^Deposits is closed now \(15:00 in [A-Za-z_/]+\); it is open Sun–Thu 08:00–15:00$/,
    'in which time zone, and what time it is there',
  )
  branch.now = Date.UTC(2026, 10, 20, 6, 0) // Friday 10:00 local (an earlier instant: same check, no new day)
  t.equal(branch.refused({ type: 'issue', service: 'deposits' }).code, 'service-closed', 'Friday is not listed')
  t.match(
    branch.refused({ type: 'issue', service: 'accounts' }).message,
    /^Accounts is closed now \(\d\d:\d\d in [A-Za-z_/]+\); it is open Sat 18:00–01:00$/,
  )

  const night = new Branch(branch.config, Date.UTC(2026, 10, 21, 18, 30)) // Saturday 22:30
  t.equal(night.issue('accounts'), 'C001', 'Saturday evening is open')
  night.now = Date.UTC(2026, 10, 21, 20, 59) // Sunday 00:59, still Saturday's opening
  t.equal(night.issue('accounts'), 'C002')
  night.now = Date.UTC(2026, 10, 21, 21, 0) // Sunday 01:00
  t.equal(night.refused({ type: 'issue', service: 'accounts' }).code, 'service-closed')
})

t.test('an unknown service is refused and names the real ones', async (t) => {
  const branch = new Branch()
  const error = branch.refused({ type: 'issue', service: 'mortgages' })
  t.same(error, {
    code: 'unknown-service',
    message: 'There is no service "mortgages"; the services are deposits, loans, accounts',
  })
  t.same(branch.state.tickets, {}, 'nothing issued')
})
