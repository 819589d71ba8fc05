import t from 'tap'
import type { ConfigState } from '../../firmware/contract/config-state.ts'
import { configSlipLines, importNotice } from '../../firmware/roles/config-words.ts'
import { Words } from '../../firmware/language/messages/words.ts'

const en = new Words('en')

const when = (ms: number) => new Date(ms).toISOString().slice(11, 16)
const state = (revision: number | null, last: ConfigState['import']): ConfigState => ({
  site: 's',
  config: 'abc',
  revision,
  import: last,
  reload: null,
})
const rolledBack = {
  outcome: 'rolled-back' as const,
  at: Date.UTC(2026, 11, 1, 9, 30),
  revision: 1,
  reasons: ['rolled back from revision 2 to revision 1'],
}

t.test('a rollback reads as one on the hall display and the slip', async (t) => {
  t.same(importNotice(en, state(1, rolledBack)), { text: 'Config back to r1', at: rolledBack.at })
  t.same(configSlipLines(en, state(1, rolledBack), when), [
    'Config revision 1',
    'Last change: rolled back to r1, 09:30',
    '  rolled back from revision 2 to revision 1',
  ])
})

t.test('a rollback the hub has not reloaded yet says so', async (t) => {
  t.same(importNotice(en, state(2, rolledBack)), { text: 'Config r1 not loaded', at: rolledBack.at })
  t.match(configSlipLines(en, state(2, rolledBack), when).at(-1), /r1 is not running/)
})

t.test('applied and refused imports read as before', async (t) => {
  const applied = { outcome: 'applied' as const, at: rolledBack.at, revision: 3, reasons: [] }
  t.same(importNotice(en, state(3, applied))?.text, 'Config r3 applied')
  const refused = {
    outcome: 'refused' as const,
    at: rolledBack.at,
    refusal: 'signature' as const,
    reasons: ['signed by an unknown key'],
  }
  t.same(importNotice(en, state(3, refused))?.text, 'Config refused: signature')
  t.same(configSlipLines(en, state(3, refused), when), [
    'Config revision 3',
    'Last import: refused (signature), 09:30',
    '  signed by an unknown key',
  ])
})

t.test("the notice and the slip in the site's language", async (t) => {
  const refused = {
    outcome: 'refused' as const,
    at: rolledBack.at,
    refusal: 'signature' as const,
    reasons: ['signed by an unknown key'],
  }
  t.same(importNotice(new Words('ar'), state(3, refused))?.text, 'رُفضت الإعدادات: توقيع غير صالح')
  t.same(configSlipLines(new Words('ru'), state(1, rolledBack), when).slice(0, 2), [
    'Версия настроек 1',
    'Последнее изменение: возврат к r1, 09:30',
  ])
  t.same(importNotice(new Words('zh'), state(1, rolledBack))?.text, '配置已回退到 r1')
})
