import t from 'tap'
import { Branch, SUNDAY_10AM, types } from './harness.ts'

const NEXT_MORNING = SUNDAY_10AM + 24 * 3600_000

t.test('the first command ever just starts the day; a tick on an idle day does nothing', async (t) => {
  const branch = new Branch()
  t.same(branch.ok({ type: 'tick' }).events, [{ type: 'day.started', at: SUNDAY_10AM, day: '2026-11-22' }])
  t.same(branch.advance(10).ok({ type: 'tick' }), { events: [], reply: {} })
})

t.test('a command in a later business day closes the old day first, then runs on the new one', async (t) => {
  const branch = new Branch()
  branch.issue('deposits') // A001 waiting → called
  branch.issue('deposits') // A002 waiting
  branch.issue('loans') // B001 → held
  branch.issue('accounts') // C001 → done
  branch.next('c1')
  branch.next('c3')
  branch.ok({ type: 'hold', counter: 'c3' })
  branch.ok({ type: 'callTicket', counter: 'c3', label: 'C001' })
  branch.ok({ type: 'finish', counter: 'c3' })
  branch.ok({ type: 'pause', counter: 'c2' })

  branch.now = NEXT_MORNING
  const issue = branch.ok({ type: 'issue', service: 'deposits' })
  t.same(
    issue.events.slice(0, 4),
    [
      { type: 'ticket.cancelled', at: NEXT_MORNING, id: '2026-11-22/A001', reason: 'day-end' },
      { type: 'ticket.cancelled', at: NEXT_MORNING, id: '2026-11-22/A002', reason: 'day-end' },
      { type: 'ticket.cancelled', at: NEXT_MORNING, id: '2026-11-22/B001', reason: 'day-end' },
      { type: 'day.started', at: NEXT_MORNING, day: '2026-11-23' },
    ],
    'open tickets (called, waiting, held) are cancelled; the finished C001 is left alone',
  )
  t.match(issue.events[4], { type: 'ticket.issued', id: '2026-11-23/A001', label: 'A001' }, 'numbering restarted')
  t.match(issue.reply, { ticket: { label: 'A001' }, ahead: 0 }, 'decided against the new day')
  t.same(Object.keys(branch.state.tickets), ['2026-11-23/A001'], "yesterday's tickets left memory")
  t.same(branch.state.byLabel, { A001: '2026-11-23/A001' })
  t.same(
    branch.state.counters,
    {
      c1: { id: 'c1', paused: false, priorityStreak: 0 },
      c2: { id: 'c2', paused: true, priorityStreak: 0 },
      c3: { id: 'c3', paused: false, priorityStreak: 0 },
    },
    'counters are free; a paused counter stays paused',
  )
  t.same(branch.state.services.accounts, { issued: 0, lastNumber: 0, recentServiceSeconds: [] }, 'statistics restart')
})

t.test('the day turns at dayStartsAt local time, not at midnight', async (t) => {
  const branch = new Branch(undefined, Date.UTC(2026, 10, 22, 19, 0)) // Sunday 23:00 Dubai
  branch.issue('deposits')
  branch.now = Date.UTC(2026, 10, 22, 23, 59) // Monday 03:59
  t.equal(branch.issue('deposits'), 'A002', "still Sunday's business day")
  branch.now = Date.UTC(2026, 10, 23, 0, 0) // Monday 04:00
  t.same(types(branch.ok({ type: 'tick' }).events), ['ticket.cancelled', 'ticket.cancelled', 'day.started'])
  t.equal(branch.state.day, '2026-11-23')
})

t.test('a refused command in a new day records nothing; the next command still rolls over', async (t) => {
  const branch = new Branch()
  branch.issue('deposits')
  branch.now = NEXT_MORNING
  t.equal(branch.refused({ type: 'callNext', counter: 'c2' }).code, 'queue-empty', "yesterday's ticket no longer waits")
  t.equal(branch.state.day, '2026-11-22', 'nothing applied')
  t.same(types(branch.ok({ type: 'tick' }).events), ['ticket.cancelled', 'day.started'])
})

t.test('several idle days are skipped in one rollover', async (t) => {
  const branch = new Branch()
  branch.issue('deposits')
  branch.now = SUNDAY_10AM + 5 * 24 * 3600_000
  const events = branch.ok({ type: 'tick' }).events
  t.same(events.at(-1), { type: 'day.started', at: branch.now, day: '2026-11-27' })
  t.equal(events.filter((e) => e.type === 'day.started').length, 1)
})
