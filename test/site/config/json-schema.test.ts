import t from 'tap'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Ajv } from 'ajv'
import { parse } from 'yaml'
import { publishedSchema } from '../../../firmware/site/config/json-schema.ts'
import { demoDocument } from '../../fixtures/site.ts'

const CONFIG_DIR = new URL('../../../config/', import.meta.url).pathname

t.test('config/schema.json is made from the schema (npm run config-schema)', async (t) => {
  t.equal(await readFile(join(CONFIG_DIR, 'schema.json'), 'utf8'), publishedSchema())
})

t.test(
  'an editor checking against schema.json (no defaults filled) accepts every example and flags a mistake',
  async (t) => {
    // As an editor's checker would: plain Ajv, unknown keywords such as errorMessage ignored.
    const check = new Ajv({ allErrors: true, strict: false }).compile(
      JSON.parse(await readFile(join(CONFIG_DIR, 'schema.json'), 'utf8')) as object,
    )
    for (const file of (await readdir(CONFIG_DIR)).filter((f) => f.endsWith('.yaml'))) {
      const ok = check(parse(await readFile(join(CONFIG_DIR, file), 'utf8')))
      t.ok(ok, `${file}: ${JSON.stringify(check.errors)}`)
    }
    const doc = demoDocument()
    delete doc.rules
    t.ok(check(doc), 'a setting with a default may be left out')
    doc.services[0].prefix = 'a'
    t.notOk(check(doc))
    t.match(JSON.stringify(check.errors), /\/services\/0\/prefix/)
  },
)
