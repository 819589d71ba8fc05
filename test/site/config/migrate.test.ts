import t from 'tap'
import { readFileSync } from 'node:fs'
import { ConfigError, checkConfig, parseConfigText } from '../../../firmware/site/config/load.ts'
import { CONFIG_VERSION, MIGRATIONS, migrateConfig, type Migration } from '../../../firmware/site/config/migrate.ts'
import { intlZones } from '../../fixtures/zones.ts'

const demo = () =>
  parseConfigText(readFileSync(new URL('../../../config/demo-bank.yaml', import.meta.url), 'utf8')) as Record<
    string,
    any
  >

t.test('a config in the current format is read as it is', async (t) => {
  t.equal(CONFIG_VERSION, 1)
  t.same(
    MIGRATIONS.map((m) => m.from),
    [],
    'no older format has existed yet',
  )
  const doc = demo()
  const migrated = migrateConfig(doc)
  t.same(migrated, { ok: true, document: doc, steps: [] })
})

t.test('a config written for a newer firmware is refused, saying what to do', async (t) => {
  const doc = { ...demo(), version: CONFIG_VERSION + 1 }
  const error = (() => {
    try {
      checkConfig(doc, 'site.yaml', intlZones)
    } catch (err) {
      return err
    }
  })()
  t.ok(error instanceof ConfigError, 'a config error')
  t.match((error as ConfigError).problems, [
    'version: 2 is a newer config format than this firmware reads (up to 1); update the firmware, or write the config for version 1',
  ])
})

// The steps a future format change would add, run through the same function: older files are brought up step by step.
const steps: Migration[] = [
  {
    from: 1,
    says: 'hub.port moved to hub.broker.port',
    up: ({ hub, ...rest }) => ({ ...rest, hub: { broker: { port: (hub as { port: number }).port } } }),
  },
  {
    from: 2,
    says: 'site.languages became a list',
    up: (doc) => ({
      ...doc,
      site: { ...(doc.site as object), languages: [(doc.site as { language: string }).language] },
    }),
  },
]

t.test('an older config is migrated step by step, and the file as read is not changed', async (t) => {
  const old = { version: 1, site: { id: 'x', language: 'en' }, hub: { port: 1883 } }
  const migrated = migrateConfig(old, steps, 3)
  t.same(migrated, {
    ok: true,
    document: { version: 3, site: { id: 'x', language: 'en', languages: ['en'] }, hub: { broker: { port: 1883 } } },
    steps: ['version 1 → 2: hub.port moved to hub.broker.port', 'version 2 → 3: site.languages became a list'],
  })
  t.same(old, { version: 1, site: { id: 'x', language: 'en' }, hub: { port: 1883 } }, 'the original is untouched')
  t.same(
    migrateConfig({ version: 2, site: { language: 'ar' } }, steps, 3),
    {
      ok: true,
      document: { version: 3, site: { language: 'ar', languages: ['ar'] } },
      steps: ['version 2 → 3: site.languages became a list'],
    },
    'from the middle of the chain',
  )
})

t.test('a version with no way forward, or no version at all', async (t) => {
  t.same(migrateConfig({ version: 1 }, [steps[1]!], 3), {
    ok: false,
    problem: 'version: no way from config format 1 to 2 in this firmware',
  })
  for (const doc of [undefined, 'text', [1], { site: {} }, { version: 'one' }, { version: 0 }])
    t.same(migrateConfig(doc), { ok: true, document: doc, steps: [] }, `${JSON.stringify(doc)}: left to the schema`)
  const missing = { ...demo() }
  delete missing.version
  t.throws(() => checkConfig(missing, 'site.yaml', intlZones), /version/, 'the schema names the missing version')
})
