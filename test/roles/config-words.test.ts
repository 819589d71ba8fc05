import t from 'tap'
import type { ConfigState } from '../../firmware/contract/config-state.ts'
import { configSlipLines, importNotice } from '../../firmware/roles/config-words.ts'

const when = (ms: number) => new Date(ms).toISOString().slice(11, 16)
const state = (revision: number | null, last: ConfigState['import']): ConfigState => ({ site: 's', config: 'abc', revision, import: last, reload: null })
const rolledBack = { outcome: 'rolled-back' as const, at: Date.UTC(2026, 11, 1, 9, 30), revision: 1, reasons: ['rolled back from revision 2 to revision 1'] }

t.test('a rollback reads as one on the hall display and the slip', async (t) => {
  t.same(importNotice(state(1, rolledBack)), { text: 'Config back to r1', at: rolledBack.at })
  t.same(configSlipLines(state(1, rolledBack), when), ['Config revision 1', 'Last change: rolled back to r1, 09:30', '  rolled back from revision 2 to revision 1'])
})

t.test('a rollback the hub has not reloaded yet says so', async (t) => {
  t.same(importNotice(state(2, rolledBack)), { text: 'Config r1 not loaded', at: rolledBack.at })
  t.match(configSlipLines(state(2, rolledBack), when).at(-1), /r1 is not running/)
})

t.test('applied and refused imports read as before', async (t) => {
  const applied = { outcome: 'applied' as const, at: rolledBack.at, revision: 3, reasons: [] }
  t.same(importNotice(state(3, applied))?.text, 'Config r3 applied')
  const refused = { outcome: 'refused' as const, at: rolledBack.at, refusal: 'signature' as const, reasons: ['signed by an unknown key'] }
  t.same(importNotice(state(3, refused))?.text, 'Config refused: signature')
  t.same(configSlipLines(state(3, refused), when), ['Config revision 3', 'Last import: refused (signature), 09:30', '  signed by an unknown key'])
})
