import t from 'tap'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { stringify } from 'yaml'
import { demoDocument } from '../../fixtures/site.ts'

// The bundle, as the device runs it (npm test builds it first).
const QMS = new URL('../../../dist/qms.mjs', import.meta.url).pathname

t.before(() => {
  if (!existsSync(QMS)) throw new Error('dist/qms.mjs is missing: run `npm run build` (npm test does)')
})

/** Starts the demo site (Asia/Dubai) headless with TZDIR set; resolves with its log lines once ready, then stops it. */
async function startWith(zoneDir: string): Promise<Array<Record<string, unknown>>> {
  const dir = await mkdtemp(join(tmpdir(), 'qms-tz-'))
  const config = join(dir, 'site.yaml')
  await writeFile(config, stringify(demoDocument()))
  const child = spawn(process.execPath, [QMS, 'run', '--config', config, '--data', join(dir, 'data'), '--no-panel'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, TZDIR: zoneDir },
  })
  const lines: Array<Record<string, unknown>> = []
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>
      lines.push(entry)
      if (entry.msg === 'ready') resolve()
    })
    child.on('exit', (code) => reject(new Error(`exited ${code} before ready: ${JSON.stringify(lines)}`)))
  })
  child.kill('SIGTERM')
  const [code] = await once(child, 'exit')
  if (code !== 0) throw new Error(`exit code ${code}`)
  return lines
}

const zoneLines = (lines: Array<Record<string, unknown>>) => lines.filter((l) => l.module === 'time-zone')

t.test('with the system tz database, local time comes from the zone file', async (t) => {
  const lines = await startWith('/usr/share/zoneinfo')
  t.match(zoneLines(lines), [{ level: 30, timeZone: 'Asia/Dubai', msg: 'local time from the tz database' }])
})

t.test('without tzdata (no zone file), the appliance starts on Intl and says why', async (t) => {
  const lines = await startWith(await mkdtemp(join(tmpdir(), 'qms-no-tzdata-')))
  t.match(zoneLines(lines), [{ level: 40, timeZone: 'Asia/Dubai', reason: /cannot read the zone file: ENOENT/ }])
})

t.test('a zone file that is not TZif: the appliance starts on Intl and says why', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-bad-tzdata-'))
  await mkdir(join(dir, 'Asia'))
  await writeFile(join(dir, 'Asia', 'Dubai'), 'Zone Asia/Dubai 3:41:12 - LMT 1920\n')
  const lines = await startWith(dir)
  t.match(zoneLines(lines), [{ level: 40, timeZone: 'Asia/Dubai', reason: /not a TZif file/ }])
})
