import t from 'tap'
import { drawPanel, type PanelView } from '../../../firmware/shell/panel/panel-screen.ts'
import { demoConfig } from '../../fixtures/site.ts'

const plain = (text: string) => text.replace(/\x1b\[[0-9;?]*[a-zA-Z]/g, '') // eslint-disable-line no-control-regex

t.test('at 80×24 the whole legend shows, q quit first, and nothing scrolls the top off', async (t) => {
  const config = demoConfig()
  const ticket = Array.from({ length: 30 }, (_, i) => `ticket line ${i + 1}`).join('\n')
  const view: PanelView = {
    config,
    counter: 0,
    ticket,
    displays: new Map(),
    announcements: [],
    feedback: '',
    prompt: '',
    log: ['one', 'two', 'three'],
    devices: '',
  }
  const lines = plain(drawPanel(view, 80, 24, 'normal')).split('\n')
  t.ok(lines.length <= 24, `${lines.length} lines fit 24 rows`)
  t.ok(
    lines.every((l) => [...l].length <= 80),
    'no line wider than 80',
  )
  const legend = lines.join('\n')
  t.match(legend, /q quit/)
  const keys = ['n next', 'r recall', 'x noShow', 'f finish', 'h hold', 'p pause', 'u resume', 'o logout', 't transfer']
  for (const key of [...keys, 'c call #', 'e reprint #', 'k cancel #', 'l login PIN', 'v rate 1-5'])
    t.match(legend, key, `${key} is not cut`)
  t.notMatch(legend, /…\s*$/m, 'no legend line ends cut')
  t.match(lines.at(-1), /three/, 'the newest log line still shows')
})
