/**
 * The data folder at start, through the built `dist/qms.mjs run` as a
 * process: locked for the process's lifetime, probed before READY, and
 * cleaned of stale temp files (firmware/shell/service/data-folder.ts).
 */
import t, { type Test } from 'tap'
import { spawn, spawnSync } from 'node:child_process'
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  boxDevice,
  hubConfigDocument,
  HubExitedError,
  HubProcess,
  QMS_BUNDLE,
  writeHubConfig,
} from '../../harness/hub-process.ts'
import { MqttDevice } from '../../harness/mqtt-device.ts'

async function site(): Promise<{ config: string; data: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'qms-data-folder-'))
  return { config: await writeHubConfig(dir, hubConfigDocument({ boxes: 1 })), data: join(dir, 'data') }
}

/** A data folder whose journal holds a ticket, its snapshots and summaries folders made: what a running site has. */
async function siteWithATicket(t: Test): Promise<{ config: string; data: string; journal: string; day: string }> {
  const { config, data } = await site()
  const hub = await HubProcess.start(config, data)
  t.equal(await issue(hub), 'ok')
  await hub.stop()
  const journal = join(data, 'journal')
  const day = (await readdir(journal)).find((n) => /^\d{4}-\d{2}-\d{2}$/.test(n))!
  await mkdir(join(journal, 'snapshots'), { recursive: true })
  await mkdir(join(data, 'reports', 'days'), { recursive: true })
  return { config, data, journal, day }
}

/** Starts a hub that must not reach ready; stops it if it does, and gives back how it ended. */
async function refusedStart(config: string, data: string, prefix: string[] = []): Promise<HubExitedError | HubProcess> {
  try {
    const hub = await HubProcess.start(config, data, 30_000, prefix)
    await hub.stop()
    return hub
  } catch (err) {
    if (err instanceof HubExitedError) return err
    throw err
  }
}

/** The message of the hub's fatal log line (pino level 60). */
function fatal(lines: string[]): string | undefined {
  for (const line of lines) {
    try {
      const entry = JSON.parse(line) as { level?: number; msg?: string }
      if (entry.level === 60) return entry.msg
    } catch {
      // stderr lines are not JSON
    }
  }
  return undefined
}

/** Issues one ticket on the hub and returns its answer's status. */
async function issue(hub: HubProcess): Promise<string> {
  const box = new MqttDevice(boxDevice(0), 'test-site')
  await box.connect(hub.port)
  const answer = await box.request({ type: 'issue', service: 'deposits' })
  box.drop()
  return answer === 'lost' ? 'lost' : answer.status
}

/**
 * The command prefix that runs the hub with `folder` read-only: a bind mount
 * in a mount namespace of its own. chmod does not stop root, a read-only
 * mount does (as systemd's ProtectSystem=strict without ReadWritePaths= would).
 */
function readOnly(folder: string): string[] {
  const asRoot = process.getuid?.() === 0
  return [
    'unshare',
    '--mount',
    ...(asRoot ? [] : ['--map-root-user']),
    'sh',
    '-c',
    'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" "$0" && exec "$@"',
    folder,
  ]
}

function exitOf(command: string, args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr.on('data', (d: Buffer) => (out += d.toString()))
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, out })))
}

t.test(
  'a second hub on the same data folder is refused, naming the first; a killed hub leaves no lock that blocks',
  async (t) => {
    const { config, data } = await site()
    const first = await HubProcess.start(config, data)
    t.teardown(() => first.kill())
    const second = await refusedStart(config, data)
    if (!(second instanceof HubExitedError)) return void t.fail('the second hub on one data folder reached ready')
    t.equal(second.exit.code, 75, 'exit code EX_TEMPFAIL')
    t.match(
      fatal(second.lines),
      new RegExp(`the data folder ${data} is in use by process ${first.pid} \\(qms run, since `),
    )
    t.equal(await issue(first), 'ok', 'the first hub still serves')

    const salvage = await exitOf(QMS_BUNDLE, ['journal', 'salvage', '--data', data])
    t.equal(salvage.code, 75, 'no salvage under a running hub')
    t.match(salvage.out, new RegExp(`in use by process ${first.pid}`))

    // SIGKILL: no chance to remove the lock; its pid is gone, so it is stale.
    await first.kill()
    const third = await HubProcess.start(config, data)
    t.equal(await issue(third), 'ok')
    t.same(await third.stop(), { code: 0, signal: null })
    t.notOk((await readdir(data)).includes('qms.lock'), 'a clean stop removes the lock')
  },
)

t.test('an unwritable folder the hub writes fails the start, naming it, before ready', async (t) => {
  const { config, data, journal, day } = await siteWithATicket(t)
  for (const folder of [data, join(journal, 'snapshots'), join(journal, day), join(data, 'reports', 'days')]) {
    const refused = await refusedStart(config, data, readOnly(folder))
    if (!(refused instanceof HubExitedError)) {
      t.fail(`the hub reached ready with ${folder} read-only`)
      continue
    }
    t.equal(refused.exit.code, 73, `${folder}: exit code EX_CANTCREAT`)
    t.match(fatal(refused.lines), `the data folder cannot be written: ${folder}: EROFS`, folder)
  }
  // Writable again: it starts and serves.
  const again = await HubProcess.start(config, data)
  t.equal(await issue(again), 'ok')
  await again.stop()
})

t.test('stale temp files of interrupted writes are removed at start; files that are not ours stay', async (t) => {
  const { config, data, journal, day } = await siteWithATicket(t)
  const gone = spawnSync('true').pid!
  const stale = [
    join(journal, 'snapshots', '0000000000000150.snap.tmp'),
    join(journal, 'gaps.tmp'),
    join(journal, day, 'merge.tmp'),
    join(journal, day, '0000000000000001.seg.tmp'),
    join(data, 'reports', 'days', '2026-11-20.json.tmp'),
    join(journal, '.qms-probe-12345-0123abcd'),
    // A lock's temp file, left by a process that is gone.
    join(data, `qms.lock.${gone}.0badf00d`),
  ]
  // Not ours, or a lock's temp file of a live process (this one) that may be taking the lock now.
  const foreign = [
    join(journal, 'snapshots', 'notes.tmp'),
    join(data, 'reports', 'days', 'export.csv.tmp'),
    join(data, `qms.lock.${process.pid}.0badf00d`),
  ]
  for (const file of [...stale, ...foreign]) await writeFile(file, Buffer.alloc(64 * 1024, 1))

  const next = await HubProcess.start(config, data)
  t.equal(await issue(next), 'ok')
  await next.stop()
  const left = async (file: string) => (await readdir(join(file, '..'))).includes(file.split('/').at(-1)!)
  for (const file of stale) t.notOk(await left(file), `removed: ${file}`)
  for (const file of foreign) t.ok(await left(file), `kept: ${file}`)
})
