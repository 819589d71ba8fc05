import t from 'tap'
import { Branch, testConfig, types } from './harness.ts'

const A001 = '2026-11-22/A001'

/** A branch with A001 called at c1. */
function called(change?: Parameters<typeof testConfig>[0]): Branch {
  const branch = new Branch(testConfig(change))
  branch.issue('deposits')
  branch.next('c1')
  return branch
}

t.test('recall calls the same ticket again', async (t) => {
  const branch = called()
  const recall = branch.advance(15).ok({ type: 'recall', counter: 'c1' })
  t.same(recall.events, [{ type: 'ticket.called', at: branch.now, id: A001, counter: 'c1', recall: true }])
  t.match(recall.reply.ticket, { label: 'A001', calls: 2, state: 'called' })
  t.same(
    branch.ticket('A001').history.map((h) => h.state),
    ['waiting', 'called', 'called'],
  )
  t.equal(branch.refused({ type: 'recall', counter: 'c2' }).code, 'no-current-ticket')
  branch.ok({ type: 'start', counter: 'c1' })
  t.equal(branch.refused({ type: 'recall', counter: 'c1' }).code, 'already-serving')
})

t.test('no-show only after enough calls and seconds, and says what remains', async (t) => {
  const branch = called()
  t.same(branch.refused({ type: 'noShow', counter: 'c1' }), {
    code: 'not-yet-no-show',
    message: 'A001 can be marked no-show after 1 more call and 30 more seconds',
  })
  branch.advance(12).ok({ type: 'recall', counter: 'c1' })
  t.equal(branch.refused({ type: 'noShow', counter: 'c1' }).message, 'A001 can be marked no-show after 18 more seconds')
  branch.advance(18)
  const noShow = branch.ok({ type: 'noShow', counter: 'c1' })
  t.same(noShow.events, [{ type: 'ticket.noShow', at: branch.now, id: A001, counter: 'c1' }])
  t.equal(branch.ticket('A001').state, 'no-show')
  t.equal(branch.state.counters.c1?.current, undefined, 'the counter is free')

  const calls = called((c) => (c.noShow = { minCalls: 3, minSeconds: 0 }))
  t.equal(calls.refused({ type: 'noShow', counter: 'c1' }).message, 'A001 can be marked no-show after 2 more calls')
})

t.test('start moves called to serving; finish records the service time', async (t) => {
  const branch = called()
  const start = branch.advance(20).ok({ type: 'start', counter: 'c1' })
  t.same(start.events, [{ type: 'ticket.started', at: branch.now, id: A001, counter: 'c1' }])
  t.equal(branch.ticket('A001').state, 'serving')
  t.equal(branch.refused({ type: 'start', counter: 'c1' }).code, 'already-serving')
  t.equal(
    branch.refused({ type: 'noShow', counter: 'c1' }).code,
    'already-serving',
    'a customer being served is not a no-show',
  )
  const finish = branch.advance(240).ok({ type: 'finish', counter: 'c1' })
  t.same(finish.events, [{ type: 'ticket.finished', at: branch.now, id: A001, counter: 'c1' }])
  t.match(finish.reply.ticket, { label: 'A001', state: 'done' })
  t.same(branch.state.services.deposits?.recentServiceSeconds, [240])
  t.same(
    branch.ticket('A001').history.map((h) => h.state),
    ['waiting', 'called', 'serving', 'done'],
  )
  t.equal(branch.refused({ type: 'finish', counter: 'c1' }).code, 'no-current-ticket')
})

t.test('finish without start counts from the last call', async (t) => {
  const branch = called()
  branch.advance(50).ok({ type: 'recall', counter: 'c1' })
  branch.advance(70).ok({ type: 'finish', counter: 'c1' })
  t.same(branch.state.services.deposits?.recentServiceSeconds, [70])
})

t.test(
  'multi-step visit: finishing sends the ticket, same label, to the next service by its arrival time',
  async (t) => {
    const branch = new Branch(testConfig((c) => (c.services[2]!.nextStep = 'deposits')))
    branch.issue('accounts') // C001, issued first
    branch.advance(10).issue('deposits') // A001
    branch.next('c3')
    const finish = branch.advance(60).ok({ type: 'finish', counter: 'c3' })
    t.same(types(finish.events), ['ticket.finished', 'ticket.nextStep'])
    t.same(finish.events[1], { type: 'ticket.nextStep', at: branch.now, id: '2026-11-22/C001', service: 'deposits' })
    t.match(finish.reply.ticket, { label: 'C001', service: 'deposits', state: 'waiting', calls: 0 })
    const c001 = branch.ticket('C001')
    t.equal(c001.queueKey, c001.issuedAt, 'keeps its place by the original arrival')
    t.equal(c001.counter, undefined)
    t.same(branch.state.services.accounts?.recentServiceSeconds, [60], "the step's service time counts for accounts")
    t.equal(branch.next('c2'), 'C001', 'arrived before A001, so called first')
    t.same(
      c001.history.map((h) => h.state),
      ['waiting', 'called', 'done', 'waiting', 'called'],
    )
  },
)

t.test('"next" at a counter finishing a multi-step ticket does not call it straight back', async (t) => {
  const branch = new Branch(testConfig((c) => (c.services[0]!.nextStep = 'accounts')))
  branch.issue('deposits')
  branch.next('c1')
  t.same(
    branch.refused({ type: 'callNext', counter: 'c1' }).code,
    'queue-empty',
    'nothing else waits, so nothing changes',
  )
  branch.issue('deposits')
  const next = branch.ok({ type: 'callNext', counter: 'c1' })
  t.same(types(next.events), ['ticket.finished', 'ticket.nextStep', 'ticket.called'])
  t.match(next.reply.ticket, { label: 'A002' })
  t.equal(branch.next('c3'), 'A001', 'A001 now waits for accounts')
})

t.test('transfer to a service: front by default, or by arrival; the old counter is free', async (t) => {
  const branch = new Branch()
  branch.issue('loans') // B001
  branch.advance(10).issue('accounts') // C001
  branch.advance(10).issue('accounts') // C002
  branch.next('c3') // B001
  const transfer = branch.advance(10).ok({ type: 'transfer', counter: 'c3', to: { service: 'accounts' } })
  t.same(transfer.events, [
    {
      type: 'ticket.transferred',
      at: branch.now,
      id: '2026-11-22/B001',
      counter: 'c3',
      position: 'front',
      toService: 'accounts',
    },
  ])
  t.match(transfer.reply.ticket, { label: 'B001', service: 'accounts', state: 'waiting', calls: 0 })
  t.equal(branch.state.counters.c3?.current, undefined, 'the counter is free')
  t.same(
    branch.ticket('B001').history.map((h) => h.state),
    ['waiting', 'called', 'transferred', 'waiting'],
  )
  t.equal(branch.next('c1'), 'B001', 'front: before C001 and C002')

  const arrival = new Branch()
  arrival.issue('accounts') // C001
  arrival.advance(10).issue('loans') // B001
  arrival.advance(10).issue('accounts') // C002
  arrival.next('c3') // loans first at c3: B001
  arrival.ok({ type: 'transfer', counter: 'c3', to: { service: 'accounts' }, position: 'arrival' })
  t.same(
    [arrival.next('c1'), arrival.next('c1'), arrival.next('c1')],
    ['C001', 'B001', 'C002'],
    'arrival: by original issue time',
  )
})

t.test('the config sets the default transfer position', async (t) => {
  const branch = new Branch(testConfig((c) => (c.transfer.position = 'arrival')))
  branch.issue('accounts')
  branch.advance(10).issue('deposits')
  branch.next('c2')
  t.match(branch.ok({ type: 'transfer', counter: 'c2', to: { service: 'accounts' } }).events[0], {
    position: 'arrival',
  })
  t.equal(branch.next('c3'), 'C001')
})

t.test('front transfers keep their own order among themselves', async (t) => {
  const branch = new Branch()
  branch.issue('deposits')
  branch.issue('deposits')
  branch.issue('accounts')
  branch.next('c1')
  branch.next('c2')
  branch.advance(5).ok({ type: 'transfer', counter: 'c2', to: { service: 'accounts' } }) // A002 first
  branch.advance(5).ok({ type: 'transfer', counter: 'c1', to: { service: 'accounts' } }) // then A001
  t.same([branch.next('c3'), branch.next('c3'), branch.next('c3')], ['A002', 'A001', 'C001'])
})

t.test('transfer refusals', async (t) => {
  const branch = called()
  t.match(branch.refused({ type: 'transfer', counter: 'c1', to: { service: 'cash' } }), {
    code: 'unknown-service',
    message: /A001.*"cash"/,
  })
  t.match(branch.refused({ type: 'transfer', counter: 'c1', to: { counter: 'c7' } }), {
    code: 'unknown-counter',
    message: /A001.*"c7"/,
  })
  t.equal(branch.refused({ type: 'transfer', counter: 'c2', to: { service: 'loans' } }).code, 'no-current-ticket')
  branch.ok({ type: 'finish', counter: 'c1' })
  t.equal(
    branch.refused({ type: 'transfer', counter: 'c1', to: { service: 'loans' } }).code,
    'no-current-ticket',
    'a finished ticket is no longer at the counter',
  )
})

t.test('hold frees the counter; callTicket brings the held ticket back', async (t) => {
  const branch = called()
  branch.issue('deposits')
  const hold = branch.advance(30).ok({ type: 'hold', counter: 'c1' })
  t.same(hold.events, [{ type: 'ticket.held', at: branch.now, id: A001, counter: 'c1' }])
  t.equal(branch.ticket('A001').state, 'held')
  t.equal(branch.state.counters.c1?.current, undefined)
  t.equal(branch.next('c1'), 'A002', 'a held ticket is not in the queue')
  const back = branch.advance(60).ok({ type: 'callTicket', counter: 'c1', label: 'A001' })
  t.same(types(back.events), ['ticket.finished', 'ticket.called'], "the counter's A002 is finished first")
  t.match(back.reply.ticket, { label: 'A001', state: 'called', calls: 2, counter: 'c1' })
  t.equal(branch.refused({ type: 'hold', counter: 'c2' }).code, 'no-current-ticket')
})

t.test('callTicket calls a waiting ticket out of order, and refuses what cannot be called', async (t) => {
  const branch = new Branch()
  branch.issue('deposits')
  branch.issue('deposits')
  branch.issue('loans')
  const call = branch.ok({ type: 'callTicket', counter: 'c2', label: 'a002' })
  t.same(call.events, [{ type: 'ticket.called', at: branch.now, id: '2026-11-22/A002', counter: 'c2', recall: false }])
  t.equal(
    branch.ok({ type: 'callTicket', counter: 'c2', label: 'B001' }).reply.ticket?.label,
    'B001',
    'any service, on purpose',
  )
  t.same(branch.refused({ type: 'callTicket', counter: 'c1', label: 'B001' }), {
    code: 'ticket-not-waiting',
    message: 'B001 is already at counter 2',
  })
  t.same(branch.refused({ type: 'callTicket', counter: 'c1', label: 'Z999' }), {
    code: 'unknown-ticket',
    message: 'There is no ticket Z999 today',
  })
  t.match(branch.refused({ type: 'callTicket', counter: 'c1', label: 'A002' }), {
    code: 'ticket-finished',
    message: 'A002 is already done',
  })
  branch.ok({ type: 'pause', counter: 'c1' })
  t.equal(branch.refused({ type: 'callTicket', counter: 'c1', label: 'A001' }).code, 'counter-paused')
})

t.test('pause keeps the ticket at the counter; pausing twice changes nothing', async (t) => {
  const branch = called()
  const pause = branch.ok({ type: 'pause', counter: 'c1' })
  t.same(pause.events, [{ type: 'counter.paused', at: branch.now, counter: 'c1' }])
  t.same(branch.ok({ type: 'pause', counter: 'c1' }).events, [], 'already paused: answered, no events')
  t.equal(branch.state.counters.c1?.current, A001, 'the customer at the counter stays')
  branch.ok({ type: 'start', counter: 'c1' })
  branch.ok({ type: 'finish', counter: 'c1' })
  t.equal(branch.ticket('A001').state, 'done', 'a paused counter finishes its customer')
  t.same(branch.ok({ type: 'resume', counter: 'c1' }).events, [
    { type: 'counter.resumed', at: branch.now, counter: 'c1' },
  ])
  t.same(branch.ok({ type: 'resume', counter: 'c1' }).events, [])
  t.equal(branch.state.counters.c1?.paused, false)
})

t.test('cancel by label, in any open state; finished tickets cannot be cancelled', async (t) => {
  const branch = called()
  branch.issue('deposits')
  const cancel = branch.ok({ type: 'cancel', label: 'A001' })
  t.same(cancel.events, [{ type: 'ticket.cancelled', at: branch.now, id: A001, reason: 'cancelled' }])
  t.equal(branch.state.counters.c1?.current, undefined, 'a called ticket frees its counter')
  branch.ok({ type: 'cancel', label: 'A002' })
  t.equal(branch.ticket('A002').state, 'cancelled')
  t.same(branch.refused({ type: 'cancel', label: 'A002' }), {
    code: 'ticket-finished',
    message: 'A002 is already cancelled; there is nothing to cancel',
  })
  t.equal(branch.refused({ type: 'cancel', label: 'A404' }).code, 'unknown-ticket')
})
