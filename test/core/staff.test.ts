import t from 'tap'
import { apply, validateEngineConfig } from '../../firmware/core/index.ts'
import { Branch, testConfig, types } from './harness.ts'

const staffed = () =>
  testConfig((c) => {
    c.staff = [
      { id: 'amal', name: 'Amal', pin: '1234', services: ['accounts'] },
      { id: 'badr', name: 'Badr', pin: '5678', services: ['deposits', 'loans', 'accounts'] },
      { id: 'lina', name: 'Lina', pin: '9999', services: ['loans'] },
    ]
  })

t.test('login with a PIN records who is at the counter; logout ends it', async (t) => {
  const branch = new Branch(staffed())
  branch.ok({ type: 'tick' })
  const login = branch.ok({ type: 'login', counter: 'c1', pin: '1234' })
  t.same(login.events, [{ type: 'staff.loggedIn', at: branch.now, counter: 'c1', staff: 'amal' }])
  t.same(login.reply, { staff: { id: 'amal', name: 'Amal' } }, 'the answer names the person, never the PIN')
  t.equal(branch.state.counters.c1?.staff, 'amal')
  t.same(branch.ok({ type: 'login', counter: 'c1', pin: '1234' }).events, [], 'logging in twice changes nothing')
  const logout = branch.ok({ type: 'logout', counter: 'c1' })
  t.same(logout.events, [{ type: 'staff.loggedOut', at: branch.now, counter: 'c1', staff: 'amal' }])
  t.equal(branch.state.counters.c1?.staff, undefined)
  t.same(branch.ok({ type: 'logout', counter: 'c1' }).events, [], 'logging out an empty counter changes nothing')
})

t.test('a wrong PIN, an unknown counter, or no common service is refused', async (t) => {
  const branch = new Branch(staffed())
  t.same(branch.refused({ type: 'login', counter: 'c1', pin: '0000' }), {
    code: 'wrong-pin',
    message: 'No one has that PIN; type it again',
  })
  t.equal(branch.refused({ type: 'login', counter: 'c9', pin: '1234' }).code, 'unknown-counter')
  t.same(branch.refused({ type: 'login', counter: 'c2', pin: '9999' }), {
    code: 'no-common-service',
    message: 'Lina serves none of the services of counter 2',
  })
  t.equal(
    new Branch().refused({ type: 'login', counter: 'c1', pin: '1234' }).code,
    'wrong-pin',
    'a site without staff has no PINs',
  )
})

t.test('a new login replaces whoever was at the counter, and moves the person from another counter', async (t) => {
  const branch = new Branch(staffed())
  branch.ok({ type: 'login', counter: 'c1', pin: '1234' })
  branch.ok({ type: 'login', counter: 'c3', pin: '5678' })
  const moved = branch.ok({ type: 'login', counter: 'c1', pin: '5678' })
  t.same(types(moved.events), ['staff.loggedOut', 'staff.loggedOut', 'staff.loggedIn'])
  t.match(moved.events, [
    { counter: 'c1', staff: 'amal' },
    { counter: 'c3', staff: 'badr' },
    { counter: 'c1', staff: 'badr' },
  ])
  t.equal(branch.state.counters.c1?.staff, 'badr')
  t.equal(branch.state.counters.c3?.staff, undefined)
})

t.test('a counter serves the intersection of its services and the logged-in person’s', async (t) => {
  const branch = new Branch(staffed())
  branch.issue('deposits')
  const c001 = branch.issue('accounts')
  branch.ok({ type: 'login', counter: 'c1', pin: '1234' })
  t.equal(branch.next('c1'), c001, 'Amal serves accounts only, though counter 1 also serves deposits')
  t.same(branch.refused({ type: 'callNext', counter: 'c1' }), {
    code: 'queue-empty',
    message: 'No one is waiting for Accounts',
  })
  branch.ok({ type: 'logout', counter: 'c1' })
  t.equal(branch.next('c1'), 'A001', 'with nobody logged in the counter serves its own services')
})

t.test('counter operations carry the staff id; without a login they carry none', async (t) => {
  const branch = new Branch(staffed())
  branch.issue('deposits')
  branch.issue('deposits')
  branch.ok({ type: 'login', counter: 'c2', pin: '5678' })
  const call = branch.ok({ type: 'callNext', counter: 'c2' })
  t.match(call.events, [{ type: 'ticket.called', counter: 'c2', staff: 'badr' }])
  t.match(branch.ok({ type: 'start', counter: 'c2' }).events, [{ type: 'ticket.started', staff: 'badr' }])
  t.match(branch.ok({ type: 'hold', counter: 'c2' }).events, [{ type: 'ticket.held', staff: 'badr' }])
  branch.ok({ type: 'callNext', counter: 'c2' })
  const transfer = branch.ok({ type: 'transfer', counter: 'c2', to: { service: 'loans' } })
  t.match(transfer.events, [{ type: 'ticket.transferred', staff: 'badr' }])
  branch.ok({ type: 'logout', counter: 'c2' })
  branch.issue('deposits')
  const anonymous = branch.ok({ type: 'callNext', counter: 'c2' })
  t.notOk('staff' in anonymous.events[0]!, 'no login, no staff on the event')
})

t.test('a replay of the events gives the same staff at each counter', async (t) => {
  const branch = new Branch(staffed())
  branch.ok({ type: 'login', counter: 'c1', pin: '1234' })
  branch.ok({ type: 'login', counter: 'c3', pin: '9999' })
  branch.ok({ type: 'login', counter: 'c1', pin: '5678' })
  const replay = new Branch(staffed())
  for (const e of branch.log) apply(replay.config, replay.state, e)
  t.same(replay.state.counters, branch.state.counters)
})

t.test('the config checks staff ids, PINs and services', async (t) => {
  const config = testConfig((c) => {
    c.staff = [
      { id: 'amal', name: 'Amal', pin: '1234', services: ['accounts'] },
      { id: 'amal', name: 'Other', pin: '1234', services: ['nope'] },
      { id: 'omar', name: 'Omar', pin: '12', services: ['loans'] },
    ]
  })
  t.same(validateEngineConfig(config), [
    'staff[1].id: duplicate id "amal" (also staff[0].id)',
    'staff[1].pin: the same PIN as staff[0]; every person needs their own',
    'staff[1].services[0]: no service "nope"',
    'staff[2].pin: must be 4–8 digits, typed on the keypad',
  ])
  t.same(validateEngineConfig(staffed()), [])
})
