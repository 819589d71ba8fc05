import t from 'tap'
import {
  apply,
  findTicket,
  initialState,
  packAllClosed,
  packClosedBy,
  recentCalls,
  ReplayPacking,
  ticketView,
  type Event,
  type Ticket,
} from '../../firmware/core/index.ts'
import { closedCalls, closedTicket, labelTaken } from '../../firmware/core/closed-tickets.ts'
import { Branch, testConfig } from './harness.ts'

/** What a repeat or a refusal reads of a ticket: its view, plus its last call. */
function face(ticket: Ticket) {
  const call = [...ticket.history].reverse().find((h) => h.state === 'called')
  return { view: ticketView(ticket), call: call && { at: call.at, counter: call.counter } }
}

t.test('a packed ticket gives back its view and last call exactly, for every way a ticket closes', async (t) => {
  const branch = new Branch(testConfig((c) => (c.services[2]!.nextStep = 'deposits')))
  const done = branch.issue('deposits', 'vip')
  branch.advance(5).next('c1')
  branch.advance(5).ok({ type: 'recall', counter: 'c1' })
  branch.advance(5).ok({ type: 'start', counter: 'c1' })
  branch.advance(5).ok({ type: 'finish', counter: 'c1' })
  const noShow = branch.issue('loans', 'priority')
  branch.advance(1).next('c3')
  branch.advance(40).ok({ type: 'recall', counter: 'c3' })
  branch.advance(1).ok({ type: 'noShow', counter: 'c3' })
  // Called at c1, transferred to loans, then cancelled while waiting again: its last call stays c1's.
  const transferred = branch.issue('deposits')
  branch.advance(1).next('c1')
  branch.advance(1).ok({ type: 'transfer', counter: 'c1', to: { service: 'loans' } })
  branch.advance(1).ok({ type: 'cancel', label: transferred })
  const never = branch.issue('accounts')
  branch.advance(1).ok({ type: 'cancel', label: never })
  // Two steps: accounts, then deposits; finished twice.
  const twoSteps = branch.issue('accounts')
  branch.advance(1).next('c3')
  branch.advance(1).ok({ type: 'finish', counter: 'c3' })
  branch.advance(1).next('c2')
  branch.advance(1).ok({ type: 'finish', counter: 'c2' })
  const waiting = branch.issue('deposits')

  const labels = [done, noShow, transferred, never, twoSteps]
  const before = new Map(labels.map((l) => [l, face(branch.ticket(l))]))
  const calls = recentCalls(branch.state, 10)
  packAllClosed(branch.state)

  t.same(
    Object.values(branch.state.tickets).map((x) => x.label),
    [waiting],
    'only the waiting ticket stays whole',
  )
  for (const label of labels) {
    const packed = closedTicket(branch.state, label)!
    t.same(face(packed), before.get(label), `${label} as it was`)
    t.same(face(findTicket(branch.state, packed.id)!), before.get(label), `${label} by id`)
    t.ok(labelTaken(branch.state, label), `${label} is still taken today`)
    t.equal(packed.history.at(-1)!.state, packed.state, 'its history ends in its state')
  }
  // As the live figures always counted them: a multi-step ticket's steps under its service at the end.
  t.same(branch.state.closed!.served, { deposits: 3 }, 'each finished step is counted')
  t.equal([...closedCalls(branch.state)].length, 4, 'four closed tickets were called')
  // A copy has no index yet: built from the packed tickets, it lists the same calls.
  t.same(recentCalls(structuredClone(branch.state), 10), calls)
  t.equal(findTicket(branch.state, `2026-11-21/${done}`), undefined, "another day's id is not today's ticket")
  t.match(branch.refused({ type: 'cancel', label: noShow }), {
    code: 'ticket-finished',
    message: `${noShow} is already no-show`,
  })
  t.match(branch.refused({ type: 'markUnprinted', label: done.toLowerCase() }), { code: 'ticket-not-waiting' })
})

t.test('times keep their fractions; a label that cannot share a number stays whole', async (t) => {
  const branch = new Branch()
  branch.now += 0.25
  const label = branch.issue('deposits')
  branch.advance(0.0005).ok({ type: 'cancel', label })
  const whole = face(branch.ticket(label))
  const closedAt = branch.ticket(label).history.at(-1)!.at
  packAllClosed(branch.state)
  t.same(face(closedTicket(branch.state, label)!), whole)
  t.equal(closedTicket(branch.state, label)!.history.at(-1)!.at, closedAt, 'the close time to the fraction')

  // The digits changed during the day: A01 and A001 share number 1, so the second keeps its full form.
  const other = new Branch()
  const a001 = other.issue('deposits')
  other.ok({ type: 'cancel', label: a001 })
  packAllClosed(other.state)
  const id = `${other.state.day}/A01`
  other.state.tickets[id] = { ...closedTicket(other.state, a001)!, id, label: 'A01' }
  other.state.byLabel.A01 = id
  packAllClosed(other.state)
  t.equal(other.state.tickets[id]?.label, 'A01', 'A01 stays whole')
  t.equal(closedTicket(other.state, 'A001')?.label, 'A001')
  t.equal(closedTicket(other.state, 'A1'), undefined, 'a label of other digits is not the packed one')
})

t.test('a replay packs in batches to exactly the state the live hub packed as it went', async (t) => {
  const config = testConfig((c) => (c.services[2]!.nextStep = 'deposits'))
  const live = new Branch(config)
  const records: Event[][] = []
  const run = (cmd: Record<string, unknown>) => {
    const { events } = live.advance(1).ok(cmd)
    packClosedBy(live.state, events)
    records.push(events)
  }
  for (let i = 0; i < 6; i++) {
    run({ type: 'issue', service: i % 2 ? 'accounts' : 'deposits' })
    run({ type: 'callNext', counter: i % 2 ? 'c3' : 'c1' })
  }
  run({ type: 'finish', counter: 'c1' })
  run({ type: 'finish', counter: 'c3' })
  run({ type: 'callNext', counter: 'c2' })
  run({ type: 'issue', service: 'loans' })
  run({ type: 'cancel', label: 'B001' })
  for (const batch of [1, 2, 3, 1000]) {
    const state = initialState(config)
    const packing = new ReplayPacking(batch)
    for (const events of records) {
      for (const e of events) apply(config, state, e)
      packing.record(state, events)
    }
    packing.flush(state)
    t.equal(JSON.stringify(state), JSON.stringify(live.state), `batches of ${batch}`)
  }
})
