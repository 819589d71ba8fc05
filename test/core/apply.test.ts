import t from 'tap'
import { apply, decide, initialState, waitingByService } from '../../firmware/core/index.ts'
import { cloneState } from '../../firmware/core/state.ts'
import type { Command, Event } from '../../firmware/core/index.ts'
import { Branch, SUNDAY_10AM, testConfig } from './harness.ts'

t.test('initialState has every configured counter and service, and no day yet', async (t) => {
  t.same(initialState(testConfig()), {
    day: '',
    tickets: {},
    byLabel: {},
    counters: {
      c1: { id: 'c1', paused: false, priorityStreak: 0 },
      c2: { id: 'c2', paused: false, priorityStreak: 0 },
      c3: { id: 'c3', paused: false, priorityStreak: 0 },
    },
    services: {
      deposits: { issued: 0, lastNumber: 0, recentServiceSeconds: [] },
      loans: { issued: 0, lastNumber: 0, recentServiceSeconds: [] },
      accounts: { issued: 0, lastNumber: 0, recentServiceSeconds: [] },
    },
    events: 0,
  })
})

t.test('the state survives JSON and counts the events folded', async (t) => {
  const branch = new Branch()
  branch.issue('deposits')
  branch.next('c1')
  const restored = JSON.parse(JSON.stringify(branch.state))
  t.same(restored, branch.state)
  t.equal(branch.state.events, 3)
})

t.test('a counter or service added to the config after a snapshot just appears', async (t) => {
  const branch = new Branch()
  branch.issue('deposits')
  const bigger = testConfig((c) => {
    c.services.push({ id: 'cash', prefix: 'D', names: { en: 'Cash' }, range: { from: 1, to: 99 }, digits: 2 })
    c.counters.push({ id: 'c4', name: '4', services: ['cash', 'deposits'] })
  })
  const after = new Branch(bigger, branch.now)
  after.state = JSON.parse(JSON.stringify(branch.state))
  t.equal(after.issue('cash'), 'D01')
  t.equal(after.next('c4'), 'D01')
  t.equal(after.next('c4'), 'A001')
  t.match(after.state.counters.c4, { current: '2026-11-22/A001' })
})

t.test('a million events replayed day after day leave exactly the last day, served', async (t) => {
  // Its speed is measured by npm run bench (recover_1m_ms), never here.
  // One busy day: 2000 visits, each issued, called, started and finished.
  const config = testConfig((c) => (c.services[0]!.range = { from: 1, to: 9999 }))
  const live = initialState(config)
  const day: Event[] = []
  let now = SUNDAY_10AM
  const run = (cmd: Command) => {
    const decision = decide(config, live, cmd, (now += 1000))
    if (!decision.ok) throw new Error(decision.error.message)
    for (const event of decision.events) apply(config, live, event)
    day.push(...decision.events)
  }
  for (let i = 0; i < 2000; i++) run({ type: 'issue', service: 'deposits' })
  for (let i = 0; i < 2000; i++) {
    const counter = `c${(i % 2) + 1}`
    for (const type of ['callNext', 'start', 'finish'] as const) run({ type, counter })
  }
  day.shift() // the day.started; each replayed day gets its own
  const events: Event[] = []
  for (let d = 0; events.length < 1_000_000; d++) {
    events.push({
      type: 'day.started',
      at: d,
      day: `2027-${String(1 + (d % 12)).padStart(2, '0')}-${String(1 + (d % 28)).padStart(2, '0')}`,
    })
    events.push(...day)
  }
  const state = initialState(config)
  for (const event of events) apply(config, state, event)
  t.equal(state.events, events.length)
  const tickets = Object.values(state.tickets)
  t.equal(tickets.length, 2000, 'only the last business day is held in memory')
  t.ok(
    tickets.every((ticket) => ticket.state === 'done'),
    'every visit of the day finished',
  )
  t.same(
    waitingByService(config, state),
    waitingByService(config, cloneState(state)),
    'the kept index agrees with one built afresh',
  )
})
