import t from 'tap'
import { validateEngineConfig } from '../../firmware/core/index.ts'
import { testConfig } from './harness.ts'

t.test('a good config has no problems', async (t) => {
  t.same(validateEngineConfig(testConfig()), [])
})

t.test('each cross-reference problem is one line a technician can act on', async (t) => {
  const config = testConfig((c) => {
    c.timeZone = 'Mars/Olympus'
    c.dayStartsAt = '25:00'
    c.services[1]!.id = 'deposits'
    c.services[2]!.prefix = 'A'
    c.services[0]!.range = { from: 50, to: 10 }
    c.services[2]!.range = { from: 1, to: 1500 }
    c.services[0]!.hours = [
      { days: [0, 1], from: '8:00', to: '15:00' },
      { days: [2], from: '09:00', to: '09:00' },
    ]
    c.services[2]!.nextStep = 'cash'
    c.counters[2]!.services = ['X', 'accounts', 'accounts']
    c.counters[1]!.id = 'c1'
  })
  t.same(validateEngineConfig(config), [
    'timeZone: unknown time zone "Mars/Olympus" (use an IANA name such as Asia/Dubai)',
    'dayStartsAt: must be a time HH:MM from 00:00 to 23:59, got "25:00"',
    'services[1].id: duplicate id "deposits" (also services[0].id)',
    'services[2].prefix: duplicate prefix "A" (also services[0].prefix)',
    'services[0].range: from 50 is greater than to 10',
    'services[0].hours[0].from: must be a time HH:MM from 00:00 to 23:59, got "8:00"',
    'services[0].hours[0].days[0]: must be a weekday 1 (Monday) to 7 (Sunday), got 0',
    'services[0].hours[1]: from and to are both 09:00; the service would never open',
    'services[2].range: to 1500 needs 4 digits but digits is 3',
    'services[2].nextStep: no service "cash"',
    'counters[1].id: duplicate id "c1" (also counters[0].id)',
    'counters[2].services[0]: no service "X"',
    'counters[2].services[2]: "accounts" is listed twice',
  ])
})

t.test('a multi-step visit that loops back would never end', async (t) => {
  const config = testConfig((c) => {
    c.services[0]!.nextStep = 'accounts'
    c.services[2]!.nextStep = 'deposits'
  })
  t.same(validateEngineConfig(config), [
    'services[0].nextStep: the visit comes back to "deposits" (deposits → accounts → deposits) and would never end',
    'services[2].nextStep: the visit comes back to "accounts" (accounts → deposits → accounts) and would never end',
  ])
  t.same(validateEngineConfig(testConfig((c) => (c.services[1]!.nextStep = 'loans'))), [
    'services[1].nextStep: the visit comes back to "loans" (loans → loans) and would never end',
  ])
})

t.test('a service no counter serves, and bad rule numbers', async (t) => {
  const config = testConfig((c) => {
    c.counters[2]!.services = ['accounts']
    c.estimate.window = 0
    c.noShow.minCalls = 0
    c.services[0]!.prefix = 'A1'
    c.services[1]!.dailyCap = 0
  })
  t.same(validateEngineConfig(config), [
    'services[0].prefix: must be letters without digits or spaces, e.g. "A"',
    'services[1].dailyCap: must be at least 1 (leave it out for no cap)',
    'services[1]: no counter serves "loans", so its tickets would never be called',
    'estimate.window: must be at least 1',
    'noShow.minCalls: must be at least 1',
  ])
})
