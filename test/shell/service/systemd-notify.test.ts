import t, { type Test } from 'tap'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { stringify } from 'yaml'
import { SystemdNotifier } from '../../../firmware/shell/service/systemd-notify.ts'
import { FakeNotifySocket } from '../../harness/fake-notify-socket.ts'
import { demoDocument } from '../../fixtures/site.ts'

const logger = pino({ level: 'silent' })
const QMS = new URL('../../../dist/qms.mjs', import.meta.url).pathname

/** `qms run` of the demo site under a fake notify socket, as systemd starts it; the config file can be rewritten for a reload. */
async function runUnderSystemd(t: Test, prefix: string, env: Record<string, string> = {}) {
  if (!existsSync(QMS)) throw new Error('dist/qms.mjs is missing: run `npm run build` (npm test does)')
  const socket = new FakeNotifySocket()
  await socket.start()
  t.teardown(() => socket.stop())
  const dir = await mkdtemp(join(tmpdir(), prefix))
  const file = join(dir, 'site.yaml')
  const doc = demoDocument()
  await writeFile(file, stringify(doc))
  const child = spawn(process.execPath, [QMS, 'run', '--config', file, '--data', join(dir, 'data'), '--no-panel'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NOTIFY_SOCKET: socket.path, ...env },
  })
  return { socket, child, doc, file, exited: once(child, 'exit') }
}

t.test('outside systemd nothing is sent and no watchdog runs', async (t) => {
  const notifier = new SystemdNotifier({ logger, env: {}, command: '/nonexistent/systemd-notify' })
  t.equal(notifier.enabled, false)
  t.equal(notifier.watchdogIntervalMs, undefined)
  await notifier.ready('x')
  await notifier.stopping()
})

t.test('the watchdog interval is half of WATCHDOG_USEC, only for the process it names', async (t) => {
  const env = { NOTIFY_SOCKET: '/run/x', WATCHDOG_USEC: '30000000' }
  t.equal(new SystemdNotifier({ logger, env }).watchdogIntervalMs, 15000)
  t.equal(new SystemdNotifier({ logger, env: { ...env, WATCHDOG_PID: String(process.pid) } }).watchdogIntervalMs, 15000)
  t.equal(new SystemdNotifier({ logger, env: { ...env, WATCHDOG_PID: '1' } }).watchdogIntervalMs, undefined)
  t.equal(new SystemdNotifier({ logger, env: { NOTIFY_SOCKET: '/run/x' } }).watchdogIntervalMs, undefined)
})

t.test('qms run sends READY after start, WATCHDOG at half the interval, STOPPING on SIGTERM', async (t) => {
  const { socket, child, exited } = await runUnderSystemd(t, 'qms-notify-run-', { WATCHDOG_USEC: '400000' })
  const ready = await socket.next('READY')
  t.equal(ready.READY, '1')
  t.equal(ready.STATUS, 'ready: board all-in-one')
  await socket.next('WATCHDOG')
  t.ok(
    socket.messages.findIndex((m) => 'READY' in m) < socket.messages.findIndex((m) => 'WATCHDOG' in m),
    'no ping before READY',
  )
  child.kill('SIGTERM')
  t.equal((await socket.next('STOPPING')).STOPPING, '1')
  const [code] = await exited
  t.equal(code, 0)
})

t.test('SIGHUP: RELOADING=1 with MONOTONIC_USEC, then READY=1 saying how the reload ended', async (t) => {
  const { socket, child, doc, file, exited } = await runUnderSystemd(t, 'qms-notify-reload-')
  await socket.next('READY')
  let count = socket.messages.length
  child.kill('SIGHUP')
  const reloading = await socket.next('RELOADING', count)
  t.equal(reloading.RELOADING, '1')
  t.match(reloading.MONOTONIC_USEC, /^\d+$/)
  const after = socket.messages.indexOf(reloading)
  t.equal(
    (await socket.next('READY', after)).STATUS,
    'config reload unchanged: board all-in-one',
    'READY comes after RELOADING',
  )

  doc.ticket.footer = 'Changed by the reload test'
  await writeFile(file, stringify(doc))
  count = socket.messages.length
  child.kill('SIGHUP')
  const again = await socket.next('RELOADING', count)
  t.equal((await socket.next('READY', socket.messages.indexOf(again))).STATUS, 'config reloaded: board all-in-one')
  child.kill('SIGTERM')
  t.equal((await exited)[0], 0)
})
