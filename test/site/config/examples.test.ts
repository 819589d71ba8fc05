import t, { type Test } from 'tap'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import pino from 'pino'
import { parse, stringify } from 'yaml'
import { engineConfig } from '../../../firmware/site/config/engine-slice.ts'
import { loadConfig } from '../../../firmware/site/config/load.ts'
import { Hub } from '../../../firmware/hub/hub.ts'
import { intlZones } from '../../fixtures/zones.ts'

const CONFIG_DIR = new URL('../../../config/', import.meta.url).pathname
const QMS = new URL('../../../dist/qms.mjs', import.meta.url).pathname
const EXAMPLES = ['bank-branch.yaml', 'clinic.yaml', 'government-office.yaml', 'restaurant.yaml']

t.test('every config in config/ is valid', async (t) => {
  const files = (await readdir(CONFIG_DIR)).filter((f) => f.endsWith('.yaml'))
  for (const example of EXAMPLES) t.ok(files.includes(example), example)
  for (const file of files) await t.resolves(loadConfig(join(CONFIG_DIR, file), intlZones), file)
})

// A weekday (Tuesday 2026-11-24) at 11:00 UTC: every example site is open.
const now = Date.UTC(2026, 10, 24, 11, 0)
let reqs = 0

async function hubFor(t: Test, file: string, at = now) {
  const engine = engineConfig(await loadConfig(join(CONFIG_DIR, file), intlZones), intlZones)
  const hub = new Hub({
    engine,
    journalDir: join(await mkdtemp(join(tmpdir(), 'qms-example-')), 'journal'),
    snapshotEvery: 100,
    retentionDays: 400,
    logger: pino({ level: 'silent' }),
    clock: () => at,
  })
  await hub.start()
  t.teardown(() => hub.stop())
  const run = async (command: Record<string, unknown>) => {
    const answer = await hub.execute({ req: `r${++reqs}`, ...command }, 'test')
    if (answer.status !== 'ok') throw new Error(`${JSON.stringify(command)}: ${answer.error.message}`)
    return answer.data as { ticket?: { label: string } }
  }
  const label = (data: { ticket?: { label: string } }) => data.ticket?.label
  return { run, label }
}

t.test('bank branch: four services, six counters, each counter taking its own services first', async (t) => {
  const { run, label } = await hubFor(t, 'bank-branch.yaml')
  const issued = []
  for (const service of ['cash', 'accounts', 'cards', 'loans', 'cash'])
    issued.push(label(await run({ type: 'issue', service })))
  t.same(issued, ['A001', 'B001', 'C001', 'D001', 'A002'])
  t.equal(
    label(await run({ type: 'callNext', counter: 'c6' })),
    'D001',
    'the loans counter takes the loan customer who came fourth',
  )
  t.equal(label(await run({ type: 'callNext', counter: 'c5' })), 'C001', 'counter 5 takes cards before accounts')
  t.equal(label(await run({ type: 'callNext', counter: 'c4' })), 'B001')
  t.equal(label(await run({ type: 'callNext', counter: 'c1' })), 'A001')
  t.equal(label(await run({ type: 'callNext', counter: 'c3' })), 'A002')
})

t.test('clinic: priority patients first at reception; one ticket goes registration → doctor → pharmacy', async (t) => {
  const { run, label } = await hubFor(t, 'clinic.yaml')
  t.equal(label(await run({ type: 'issue', service: 'registration' })), 'R001')
  t.equal(label(await run({ type: 'issue', service: 'priority' })), 'P001')
  t.equal(
    label(await run({ type: 'callNext', counter: 'reception-1' })),
    'P001',
    'the priority patient who came later is called first',
  )
  await run({ type: 'finish', counter: 'reception-1' })
  t.equal(label(await run({ type: 'callNext', counter: 'reception-2' })), 'R001')
  await run({ type: 'finish', counter: 'reception-2' })
  t.equal(
    label(await run({ type: 'callNext', counter: 'room-3' })),
    'P001',
    'after registration the ticket waits for a doctor',
  )
  t.equal(label(await run({ type: 'callNext', counter: 'room-4' })), 'R001')
  await run({ type: 'finish', counter: 'room-4' })
  t.equal(label(await run({ type: 'callNext', counter: 'pharmacy-5' })), 'R001', 'after the doctor, the pharmacy')
})

t.test('restaurant: a four-seat table seats a party of four before an earlier couple', async (t) => {
  const { run, label } = await hubFor(t, 'restaurant.yaml')
  t.equal(label(await run({ type: 'issue', service: 'party-2' })), 'A001')
  t.equal(label(await run({ type: 'issue', service: 'party-4' })), 'B001')
  t.equal(label(await run({ type: 'callNext', counter: 'table-11' })), 'B001')
  t.equal(
    label(await run({ type: 'callNext', counter: 'table-12' })),
    'A001',
    'a free four-seat table with no party of four takes the couple',
  )
})

t.test('government office: services keep their own hours', async (t) => {
  const { run, label } = await hubFor(t, 'government-office.yaml')
  // 11:00 UTC is 16:00 in Almaty (UTC+5): pick-up (14:00–18:00) is open, residence (to 16:00) has closed.
  t.equal(label(await run({ type: 'issue', service: 'pickup' })), 'D001')
  await t.rejects(
    run({ type: 'issue', service: 'residence' }),
    /Residence registration is closed now \(16:00 in Asia\/Almaty\); it is open/,
    'the zone it is closed in',
  )
})

t.test('government office: an officer at a window serves only what both serve', async (t) => {
  const { run, label } = await hubFor(t, 'government-office.yaml', Date.UTC(2026, 10, 24, 6, 0))
  t.equal(label(await run({ type: 'issue', service: 'passports' })), 'A001')
  t.equal(label(await run({ type: 'issue', service: 'certificates' })), 'B001')
  await run({ type: 'login', counter: 'w2', pin: '7314' })
  t.equal(
    label(await run({ type: 'callNext', counter: 'w2' })),
    'B001',
    'Daniyar serves certificates only, though the passport ticket came first',
  )
})

t.test('each example runs in the simulator until SIGTERM', async (t) => {
  if (!existsSync(QMS)) throw new Error('dist/qms.mjs is missing: run `npm run build` (npm test does)')
  for (const example of EXAMPLES) {
    const dir = await mkdtemp(join(tmpdir(), 'qms-example-run-'))
    const doc = parse(await readFile(join(CONFIG_DIR, example), 'utf8')) as { hub: { broker: { port: number } } }
    doc.hub.broker.port = 0
    await writeFile(join(dir, example), stringify(doc))
    const child = spawn(
      process.execPath,
      [QMS, 'run', '--config', join(dir, example), '--data', join(dir, 'data'), '--no-panel'],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    const exited = once(child, 'exit')
    const ready = await new Promise<boolean>((resolve) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        if ((JSON.parse(line) as { msg?: string }).msg === 'ready') resolve(true)
      })
      child.once('exit', () => resolve(false))
    })
    t.ok(ready, `${example} started`)
    child.kill('SIGTERM')
    t.equal((await exited)[0], 0, `${example} stopped cleanly`)
  }
})
