import t from 'tap'
import { Branch, types } from './harness.ts'

const TOKEN = 'Zt3m0K9x2LQeWn4a8YbVcA'

t.test('the status-page token is journaled with the ticket, and a guessable one is refused', async (t) => {
  const branch = new Branch()
  const { events } = branch.ok({ type: 'issue', service: 'deposits', token: TOKEN })
  t.match(events.at(-1), { type: 'ticket.issued', label: 'A001', token: TOKEN })
  t.equal(branch.ticket('A001').token, TOKEN)
  // A token too short to be unguessable is refused where the command enters (test/contract/commands.test.ts).
})

t.test('an unprinted ticket leaves the queue: nobody is called for a ghost', async (t) => {
  const branch = new Branch()
  branch.ok({ type: 'issue', service: 'deposits', token: TOKEN })
  branch.issue('deposits')
  const { events } = branch.ok({ type: 'markUnprinted', label: 'A001', reason: 'out of paper' })
  t.same(types(events), ['ticket.unprinted'])
  t.equal(branch.ticket('A001').state, 'unprinted')
  t.equal(branch.next('c1'), 'A002', 'the next call skips the unprinted ticket')
  t.match(branch.ok({ type: 'issue', service: 'deposits' }).reply, { ahead: 0 }, 'nor is it counted as waiting ahead')
  t.match(branch.refused({ type: 'markUnprinted', label: 'A002' }), { code: 'ticket-not-waiting' })
})

t.test('a reprint is requested, then the ticket waits again in its original place', async (t) => {
  const branch = new Branch()
  branch.ok({ type: 'issue', service: 'deposits', token: TOKEN })
  branch.advance(60).issue('deposits')
  branch.ok({ type: 'markUnprinted', label: 'A001' })
  t.match(branch.refused({ type: 'markPrinted', label: 'A002' }), { code: 'ticket-printed' })
  t.match(branch.refused({ type: 'reprint', label: 'A002' }), { code: 'ticket-printed' })
  const { events } = branch.ok({ type: 'reprint', label: 'a001' })
  t.match(events, [{ type: 'ticket.reprintRequested', service: 'deposits', token: TOKEN }])
  t.equal(branch.ticket('A001').state, 'unprinted', 'still unprinted until the box prints it')
  branch.ok({ type: 'markPrinted', label: 'A001' })
  t.equal(branch.ticket('A001').state, 'waiting')
  t.equal(branch.next('c1'), 'A001', 'it keeps its place ahead of later tickets')
})

t.test('an unprinted ticket can be cancelled, and the day end cancels it too', async (t) => {
  const branch = new Branch()
  branch.issue('deposits')
  branch.issue('deposits')
  branch.ok({ type: 'markUnprinted', label: 'A001' })
  branch.ok({ type: 'cancel', label: 'A001' })
  t.equal(branch.ticket('A001').state, 'cancelled')
  branch.ok({ type: 'markUnprinted', label: 'A002' })
  const { events } = branch.advance(24 * 3600).ok({ type: 'tick' })
  t.match(events, [{ type: 'ticket.cancelled', reason: 'day-end' }, { type: 'day.started' }])
  t.match(branch.refused({ type: 'reprint', label: 'X001' }), { code: 'unknown-ticket' })
})
