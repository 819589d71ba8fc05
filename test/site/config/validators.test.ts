import t from 'tap'
import { readFile, readdir } from 'node:fs/promises'
import { Ajv, type ErrorObject } from 'ajv'
import ajvErrors from 'ajv-errors'
import { parse } from 'yaml'
import { COMMAND_PAYLOADS } from '../../../firmware/contract/commands.ts'
import { ConfigSchema } from '../../../firmware/site/config/schema.ts'
import { command, config } from '../../../firmware/generated/validators.js'
import { VALIDATORS_DTS, VALIDATORS_JS, validatorsModule } from '../../../scripts/validators.ts'
import { hubConfigDocument } from '../../harness/hub-process.ts'

t.test('firmware/generated/validators.js is compiled from the schemas as they are (npm run build)', async (t) => {
  const { js, dts } = validatorsModule()
  t.equal(await readFile(VALIDATORS_JS, 'utf8'), js)
  t.equal(await readFile(VALIDATORS_DTS, 'utf8'), dts)
})

// What a technician or a device reads of an error; the schema path is where in the (reshaped) schema it came from.
const readable = (errors: ErrorObject[] | null | undefined) =>
  JSON.stringify(
    (errors ?? []).map((e) => [e.instancePath, e.keyword, e.message, e.params]),
    (key, value: unknown) => (key === 'schemaPath' ? undefined : value),
  )

/** A copy of `doc` with one to three changes: a value replaced by a wrong one, a setting removed, an unknown one added. */
function mutant(doc: unknown, random: () => number): any {
  const copy = structuredClone(doc) as any
  const WRONG = [
    null,
    -1,
    0,
    1.5,
    99999,
    '',
    'x',
    true,
    [],
    {},
    [1],
    { zz: 1 },
    'simulated',
    'gsm',
    '25:00',
    'pi-5',
    'hub',
  ]
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!
  for (let n = 1 + Math.floor(random() * 3); n > 0; n--) {
    const places: Array<[any, string | number]> = []
    const walk = (node: any) => {
      if (node === null || typeof node !== 'object') return
      for (const key of Object.keys(node)) {
        places.push([node, Array.isArray(node) ? Number(key) : key])
        walk(node[key])
      }
    }
    walk(copy)
    const [parent, key] = pick(places)
    const what = random()
    if (what < 0.5) parent[key] = structuredClone(pick(WRONG))
    else if (what < 0.75) Array.isArray(parent) ? parent.splice(Number(key), 1) : delete parent[key]
    else if (!Array.isArray(parent)) parent.unknownSetting = 1
  }
  return copy
}

t.test(
  'the generated validators answer as Ajv compiling the schemas at run time: verdict, errors, defaults',
  async (t) => {
    const ajv = new Ajv({ allErrors: true, useDefaults: true, discriminator: true, strict: false })
    ajvErrors.default(ajv)
    const configAtRunTime = ajv.compile(ConfigSchema)
    const commandAtRunTime = ajv.compile({
      type: 'object',
      discriminator: { propertyName: 'type' },
      oneOf: COMMAND_PAYLOADS,
      required: ['type'],
    })
    const configDir = new URL('../../../config/', import.meta.url)
    const sites: unknown[] = [hubConfigDocument({ boxes: 3 })]
    for (const file of (await readdir(configDir)).filter((f) => f.endsWith('.yaml')))
      sites.push(parse(await readFile(new URL(file, configDir), 'utf8')))
    const commands = [
      { req: 'r1', type: 'issue', service: 'deposits', priority: 'vip' },
      { req: 'r2', type: 'transfer', counter: 'c1', to: { service: 'loans' }, position: 'front' },
      { req: 'r3', type: 'login', counter: 'c1', pin: '1234' },
      {
        req: 'r4',
        type: 'recordNotification',
        incident: 'inc-1',
        level: 1,
        to: ['+491701234567'],
        channel: 'sms',
        delivered: true,
      },
    ]
    // A fixed sequence (a linear congruential generator), so a failure repeats.
    let seed = 7
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    let configDiffers = 0
    let commandDiffers = 0
    for (let i = 0; i < 1000; i++) {
      const doc = mutant(sites[i % sites.length], random)
      const [a, b] = [structuredClone(doc), structuredClone(doc)]
      if (
        configAtRunTime(a) !== config(b) ||
        readable(configAtRunTime.errors) !== readable(config.errors) ||
        JSON.stringify(a) !== JSON.stringify(b)
      )
        configDiffers++
      const payload = mutant(commands[i % commands.length], random)
      if (
        commandAtRunTime(payload) !== command(payload) ||
        readable(commandAtRunTime.errors) !== readable(command.errors)
      )
        commandDiffers++
    }
    t.equal(configDiffers, 0, 'site configs judged differently')
    t.equal(commandDiffers, 0, 'commands judged differently')
  },
)
