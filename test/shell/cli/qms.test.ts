import t from 'tap'
import { spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { stringify } from 'yaml'
import { DEMO_CONFIG, demoDocument } from '../../fixtures/site.ts'

// The device runs the bundle, so the command is tested as the bundle (npm test builds it first).
const QMS = new URL('../../../dist/qms.mjs', import.meta.url).pathname

function qms(...args: string[]) {
  return spawnSync(process.execPath, [QMS, ...args], { encoding: 'utf8', timeout: 20_000 })
}

t.before(() => {
  if (!existsSync(QMS)) throw new Error('dist/qms.mjs is missing: run `npm run build` (npm test does)')
})

t.test('--help lists the commands; unknown ones are refused with usage', async (t) => {
  const help = qms('--help')
  t.equal(help.status, 0)
  t.match(help.stdout, /qms run --config FILE --data DIR/)
  t.match(help.stdout, /qms journal salvage --data DIR/)
  const unknown = qms('fly')
  t.equal(unknown.status, 2)
  t.match(unknown.stderr, /unknown command "fly"/)
  t.equal(qms('run').status, 2)
  t.equal(qms('--no-such-flag').status, 2)
})

t.test(
  "a command's --help is that command's; an unknown option is named in plain words; the help says how to run it from a checkout",
  async (t) => {
    const sign = qms('config', 'sign', '--help')
    t.equal(sign.status, 0)
    t.match(sign.stdout, /^ {2}qms config sign --config FILE --key NAME\.key/)
    t.notMatch(sign.stdout, /qms run|qms usb-import/, 'only the command asked about')
    t.match(qms('journal', 'salvage', '--help').stdout, /^ {2}qms journal salvage --data DIR\n {6}Recover a journal/)
    const unknown = qms('run', '--nope')
    t.equal(unknown.status, 2)
    t.match(
      unknown.stderr,
      /^qms: unknown option "--nope"; `qms <command> --help` lists a command's options\n\n {2}qms run --config FILE/,
    )
    t.notMatch(unknown.stderr, /To specify a positional argument/, "not Node's parser's words")
    t.match(qms('--help').stdout, /npx qms/, 'qms is not on PATH in a checkout')
  },
)

t.test('config validate: 0 for a good config, every problem for a bad one', async (t) => {
  const good = qms('config', 'validate', DEMO_CONFIG)
  t.equal(good.status, 0)
  t.match(good.stdout, /valid — 3 services, 3 counters/)
  const dir = await mkdtemp(join(tmpdir(), 'qms-cli-'))
  const doc = demoDocument()
  doc.services[1].prefix = '7'
  doc.counters[0].services = ['nothing']
  const bad = join(dir, 'bad.yaml')
  await writeFile(bad, stringify(doc))
  const result = qms('config', 'validate', bad)
  t.equal(result.status, 1)
  t.match(result.stderr, /services\[1\]\.prefix: must be one letter A–Z/)
})

t.test('run starts headless, and SIGTERM (twice) stops it cleanly', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-cli-'))
  const config = join(dir, 'site.yaml')
  await writeFile(config, stringify(demoDocument()))
  const child = spawn(process.execPath, [QMS, 'run', '--config', config, '--data', join(dir, 'data'), '--no-panel'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: Array<Record<string, unknown>> = []
  const ready = new Promise<Record<string, unknown>>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>
      lines.push(entry)
      if (entry.msg === 'ready') resolve(entry)
    })
    child.on('exit', (code) => reject(new Error(`exited ${code} before ready`)))
  })
  const entry = await ready
  t.ok(Number(entry.port) > 0, 'the broker port is reported')
  child.kill('SIGTERM')
  child.kill('SIGTERM')
  const [code] = await once(child, 'exit')
  t.equal(code, 0)
  t.ok(
    lines.some((l) => l.msg === 'stopped'),
    'says it stopped',
  )
  t.equal(lines.filter((l) => l.msg === 'shutting down').length, 1, 'one shutdown, whatever the signals')
  const warnings = lines.filter((l) => Number(l.level) >= 40 && l.msg !== 'already shutting down')
  t.same(warnings, [], 'a clean stop warns of nothing: no lost connections, no EPIPE')
})

t.test('a broken config stops start-up with the problems in the log', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-cli-'))
  const config = join(dir, 'site.yaml')
  const doc = demoDocument()
  doc.site.timeZone = 'Mars/Olympus_Mons'
  await writeFile(config, stringify(doc))
  const result = spawnSync(process.execPath, [QMS, 'run', '--config', config, '--data', dir, '--no-panel'], {
    encoding: 'utf8',
  })
  t.equal(result.status, 1)
  t.match(result.stdout, /timeZone/)
})

t.test('a signal during start-up still stops in order', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-cli-'))
  const config = join(dir, 'site.yaml')
  await writeFile(config, stringify(demoDocument()))
  const child = spawn(process.execPath, [QMS, 'run', '--config', config, '--data', join(dir, 'data'), '--no-panel'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: Array<Record<string, unknown>> = []
  createInterface({ input: child.stdout }).on('line', (line) => {
    const entry = JSON.parse(line) as Record<string, unknown>
    lines.push(entry)
    // The journal is recovered before the broker listens: signal in between.
    if (entry.msg === 'queue state recovered') child.kill('SIGTERM')
  })
  const [code] = await once(child, 'exit')
  t.equal(code, 0)
  t.notOk(
    lines.some((l) => l.msg === 'ready'),
    'never reported ready',
  )
  t.ok(
    lines.some((l) => l.msg === 'stopped'),
    'stopped cleanly',
  )
})

t.test(
  'broker-config writes the Mosquitto files for every shipped example, and run names the board it picked',
  async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'qms-cli-'))
    for (const example of ['demo-bank', 'bank-branch', 'clinic', 'government-office', 'restaurant', 'ticket-box-pi4']) {
      const file = new URL(`../../../config/${example}.yaml`, import.meta.url).pathname
      const result = qms('broker-config', '--config', file, '--out', join(dir, example))
      t.equal(result.status, 0, `${example}: ${result.stderr}`)
      t.ok(existsSync(join(dir, example, 'mosquitto.conf')), `${example}: mosquitto.conf written`)
    }
    t.match(
      qms('broker-config', '--config', DEMO_CONFIG, '--out', join(dir, 'again')).stdout,
      /set it to "external" when the site moves to this Mosquitto/,
    )
    const box = qms(
      'run',
      '--config',
      new URL('../../../config/ticket-box-pi4.yaml', import.meta.url).pathname,
      '--data',
      join(dir, 'data'),
      '--no-panel',
    )
    t.equal(box.status, 1, 'the hub of another machine cannot start here')
    t.match(box.stdout, /no --board given: this runs board \\"hub-1\\", the hub's; this site's boards are hub-1, box-1/)
    t.match(box.stdout, /192\.0\.2\.10 is not an address of this machine/)
  },
)
