import t from 'tap'
import { byKey } from '../../firmware/report/key-order.ts'

t.test('report keys sort by code unit, the same on every machine', async (t) => {
  t.same(['loans', 'Accounts', 'deposits', 'accounts', 'a-1', 'a_1', '2026-12-01', '2026-11-30'].sort(byKey), [
    '2026-11-30',
    '2026-12-01',
    'Accounts',
    'a-1',
    'a_1',
    'accounts',
    'deposits',
    'loans',
  ])
  t.equal(byKey('x', 'x'), 0)
})
