import t from 'tap'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'yaml'
import { readFileSync } from 'node:fs'
import { ConfigError, checkConfig, loadConfig } from '../../../firmware/site/config/load.ts'
import { readablePath, validateConfig } from '../../../firmware/site/config/validate.ts'
import { intlZones } from '../../fixtures/zones.ts'

const demoText = readFileSync(new URL('../../../config/demo-bank.yaml', import.meta.url), 'utf8')
const demo = () => parse(demoText) as Record<string, any>

function problems(document: unknown): string[] {
  try {
    checkConfig(document, 'site.yaml', intlZones)
  } catch (err) {
    if (err instanceof ConfigError) return err.problems
    throw err
  }
  return []
}

t.test('the demo bank branch is valid and gets its defaults', async (t) => {
  const config = await loadConfig(new URL('../../../config/demo-bank.yaml', import.meta.url).pathname, intlZones)
  t.equal(config.services.length, 3)
  t.same(config.services[0]?.range, { from: 1, to: 999 })
  t.equal(config.services[0]?.digits, 3)
  t.equal(config.rules.estimate.defaultServiceSeconds, 300)
  t.equal(config.hub.retentionDays, 400)
  t.equal(config.ticket.paperWidth, 80)
})

t.test('paths are written as a technician reads them', async (t) => {
  t.equal(readablePath('/services/2/prefix'), 'services[2].prefix')
  t.equal(readablePath(''), '(top level)')
  t.equal(readablePath('/site/name'), 'site.name')
})

t.test('each schema problem names its path and says what is wrong', async (t) => {
  const doc = demo()
  doc.services[2].prefix = 'ab'
  doc.site.dayStartsAt = '25:00'
  doc.rules.transfer.position = 'back'
  doc.services[0].colour = 'red'
  delete doc.site.name
  doc.version = 0
  const found = problems(doc)
  t.ok(found.includes('services[2].prefix: must be one letter A–Z'), found.join('\n'))
  t.ok(found.includes('site.dayStartsAt: must be a time of day as HH:MM, e.g. 04:00'), found.join('\n'))
  t.ok(found.includes('rules.transfer.position: must be one of: front, arrival'), found.join('\n'))
  t.ok(found.includes('services[0]: unknown setting "colour"'), found.join('\n'))
  t.ok(found.includes('site: "name" is missing'), found.join('\n'))
  t.ok(found.includes('version: must be 1, the config format this firmware reads'), found.join('\n'))
})

t.test('cross-references are checked after the schema', async (t) => {
  const doc = demo()
  doc.board.dispenser.buttons.push({ service: 'mortgages' })
  doc.board.displays.push({ id: 'above-c9', kind: 'counter', counter: 'c9', output: { driver: 'simulated' } })
  doc.counters[1].services = ['deposits', 'insurance']
  const found = problems(doc)
  t.ok(found.includes('board.dispenser.buttons[3].service: no service "mortgages"'), found.join('\n'))
  t.ok(
    found.includes('board.displays[4].counter: a counter display needs the id of a configured counter'),
    found.join('\n'),
  )
  t.ok(
    found.some((p) => p.startsWith('counters[1].services')),
    found.join('\n'),
  )
})

t.test('a role without its devices is refused', async (t) => {
  const doc = demo()
  delete doc.board.announcer
  t.ok(problems(doc).includes('board.announcer: the announcer role needs its audio output'))
})

t.test('validation never changes the document it is given', async (t) => {
  const doc = demo()
  const before = JSON.stringify(doc)
  t.equal(validateConfig(doc).ok, true)
  t.equal(JSON.stringify(doc), before)
})

t.test('files that are not YAML, or missing, give one clear error', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-config-'))
  const broken = join(dir, 'broken.yaml')
  await writeFile(broken, 'site: [unclosed\n')
  await t.rejects(loadConfig(broken, intlZones), { name: 'ConfigError', problems: [/^not valid YAML\/JSON/] })
  await t.rejects(loadConfig(join(dir, 'absent.yaml'), intlZones), {
    name: 'ConfigError',
    problems: [/^cannot read the file/],
  })
  const garbage = join(dir, 'garbage.yaml')
  await writeFile(garbage, '42\n')
  await t.rejects(loadConfig(garbage, intlZones), { name: 'ConfigError' })
})
