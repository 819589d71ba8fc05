/**
 * `systemctl reload qms` on a real `qms run` process: SIGHUP after the config
 * file changed swaps the roles to the new config in-process — same pid, the
 * waiting tickets still waiting, numbering going on, the new service served —
 * and a file that cannot run leaves the old config running.
 */
import t, { type Test } from 'tap'
import { execFileSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ConfigState } from '../../../firmware/contract/config-state.ts'
import { BoardProcess, type LogEntry } from '../../harness/board-process.ts'
import { boxDevice, hubConfigDocument, keypadDevice, QMS_BUNDLE, writeHubConfig } from '../../harness/hub-process.ts'
import { readConfigState } from '../../harness/config-state.ts'
import { freePort } from '../../harness/mosquitto.ts'
import { terminalSession } from '../../harness/terminal-session.ts'
import { MqttDevice, type Outcome } from '../../harness/mqtt-device.ts'

const SITE = 'test-site'

function data(outcome: Outcome): any {
  if (outcome === 'lost' || outcome.status !== 'ok') throw new Error(`not answered ok: ${JSON.stringify(outcome)}`)
  return outcome.data
}

/** The box and the keypad of counter c1, connected afresh (a reload restarts the embedded broker on the same port). */
async function devices(port: number) {
  const box = new MqttDevice(boxDevice(0), SITE)
  const keypad = new MqttDevice(keypadDevice('c1'), SITE)
  await box.connect(port)
  await keypad.connect(port)
  return { box, keypad, close: () => (box.drop(), keypad.drop()) }
}

const configState = (port: number, match: (s: ConfigState) => boolean) => readConfigState(port, SITE, match)

/** A real `qms run` of a hub-only site on a fixed free port (a reload listens on it again). */
async function startHub(t: Test, services: string[]) {
  const dir = await mkdtemp(join(tmpdir(), 'qms-reload-'))
  const port = await freePort()
  const doc = hubConfigDocument({ services, counters: ['c1'], boxes: 1 })
  doc.hub.broker.port = port
  const file = await writeHubConfig(dir, doc)
  const hub = new BoardProcess('hub-board', file, join(dir, 'data'))
  t.teardown(() => hub.stop())
  await hub.ready()
  return { port, doc, file, hub }
}

t.test('SIGHUP swaps in the changed config without a restart and keeps the queue; a bad file is refused', async (t) => {
  const { port, doc, file, hub } = await startHub(t, ['deposits', 'loans'])

  let d = await devices(port)
  const issued = []
  for (let i = 0; i < 3; i++)
    issued.push(data(await d.box.request({ type: 'issue', service: 'deposits' })).ticket.label)
  t.same(issued, ['A0001', 'A0002', 'A0003'])
  t.equal(data(await d.keypad.request({ type: 'callNext', counter: 'c1' })).ticket.label, 'A0001')
  t.same((await configState(port, () => true)).reload, null, 'no reload yet')

  // Loans renamed, a new service "cards" on the box's buttons.
  doc.services[1].names.en = 'Mortgages'
  doc.services.push({ id: 'cards', prefix: 'C', names: { en: 'Cards' }, range: { from: 1, to: 9999 }, digits: 4 })
  doc.counters[0].services.push('cards')
  doc.boards[1].dispenser.buttons.push({ service: 'cards' })
  await writeFile(file, JSON.stringify(doc))
  const from = hub.entries.length
  hub.reload()
  const reloaded = await hub.waitFor(
    (e) => e.msg === 'config reloaded: the roles run the new config, the queue is kept',
    20_000,
    from,
  )
  t.same(reloaded.services, ['deposits', 'loans', 'cards'])
  t.ok(hub.running, 'the same process runs on')
  t.equal(hub.entries.filter((e) => e.msg === 'ready').length, 1, 'it never started over')
  t.equal((await configState(port, (s) => s.reload !== null)).reload?.outcome, 'reloaded')

  d.close()
  d = await devices(port)
  const next = data(await d.box.request({ type: 'issue', service: 'deposits' }))
  t.equal(next.ticket.label, 'A0004', 'numbering goes on')
  t.equal(next.ahead, 2, 'A0002 and A0003 still wait')
  t.equal(
    data(await d.box.request({ type: 'issue', service: 'cards' })).ticket.label,
    'C0001',
    'the new service is served',
  )
  t.equal(
    data(await d.keypad.request({ type: 'callNext', counter: 'c1' })).ticket.label,
    'A0002',
    'the waiting tickets are called in order',
  )

  // Removing deposits while A0002 is at c1 and A0003, A0004 wait would strand them: refused, nothing changes.
  const without = structuredClone(doc)
  without.services = without.services.filter((s: { id: string }) => s.id !== 'deposits')
  for (const c of without.counters) c.services = c.services.filter((s: string) => s !== 'deposits')
  without.boards[1].dispenser.buttons = without.boards[1].dispenser.buttons.filter(
    (b: { service: string }) => b.service !== 'deposits',
  )
  await writeFile(file, JSON.stringify(without))
  let mark = hub.entries.length
  hub.reload()
  const stranded = await hub.waitFor((e) => e.msg === 'config reload refused; the running config stays', 20_000, mark)
  t.match(
    (stranded.problems as string[]).join('\n'),
    /service "deposits" is removed, but 3 tickets still wait for it \(A0002, A0003, A0004\)/,
  )

  // A file that does not validate: refused with the path named; the old config runs on.
  doc.services[0].prefix = 'a1'
  await writeFile(file, JSON.stringify(doc))
  mark = hub.entries.length
  hub.reload()
  const refused: LogEntry = await hub.waitFor(
    (e) => e.msg === 'config reload refused; the running config stays',
    20_000,
    mark,
  )
  t.match((refused.problems as string[]).join('\n'), /services\[0\]\.prefix/)
  const state = await configState(
    port,
    (s) => s.reload?.outcome === 'refused' && s.reload.problems.some((p) => /prefix/.test(p)),
  )
  t.equal(state.reload?.outcome, 'refused')
  t.equal(
    data(await d.box.request({ type: 'issue', service: 'cards' })).ticket.label,
    'C0002',
    'the running config still serves',
  )
  t.equal(
    data(await d.box.request({ type: 'issue', service: 'deposits' })).ticket.label,
    'A0005',
    'on the same connection: nothing was restarted',
  )
  t.equal(
    hub.entries.filter((e) => e.msg === 'config reloaded: the roles run the new config, the queue is kept').length,
    1,
  )
  d.close()
  t.same(await hub.stop(), { code: 0, signal: null })
})

t.test(
  'a new config that fails to start: the running one starts again, the queue kept, and the reason published',
  async (t) => {
    const { port, doc, file, hub } = await startHub(t, ['deposits'])
    let d = await devices(port)
    t.equal(data(await d.box.request({ type: 'issue', service: 'deposits' })).ticket.label, 'A0001')
    d.close()

    // The new config's broker port is taken by another program: its start fails with EADDRINUSE.
    const taken = createServer()
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve))
    t.teardown(() => new Promise((resolve) => taken.close(resolve)))
    doc.hub.broker.port = (taken.address() as AddressInfo).port
    doc.hub.broker.host = '127.0.0.1'
    await writeFile(file, JSON.stringify(doc))
    const mark = hub.entries.length
    hub.reload()
    const reverted = await hub.waitFor(
      (e) => e.msg === 'config reload not taken; the running config starts again',
      20_000,
      mark,
    )
    t.equal(reverted.outcome, 'reverted')
    t.match(
      (reverted.problems as string[]).join('\n'),
      /the new config did not start: port \d+ \(hub\.broker\.port, the MQTT broker\) is taken by another program/,
    )
    await hub.waitFor((e) => e.msg === 'config state published' && e.reload === 'reverted', 20_000, mark)

    d = await devices(port)
    t.equal(
      data(await d.box.request({ type: 'issue', service: 'deposits' })).ticket.label,
      'A0002',
      'the old config serves on its port, numbering going on',
    )
    const state = await configState(port, (s) => s.reload !== null)
    t.match(state.reload, {
      outcome: 'reverted',
      problems: [/port \d+ \(hub\.broker\.port, the MQTT broker\) is taken by another program/],
    })
    d.close()
    t.ok(hub.running)
  },
)

t.test('in a terminal SIGHUP still means the terminal closed: the appliance stops instead of reloading', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-hangup-'))
  const file = await writeHubConfig(dir, hubConfigDocument({ services: ['deposits'], counters: ['c1'], boxes: 1 }))
  const data = join(dir, 'data')
  // script(1) gives the appliance a pseudo-terminal, as a technician's shell would.
  const session = terminalSession(t, `${QMS_BUNDLE} run --config ${file} --data ${data} --no-panel`)
  await session.waitFor(/ready/)
  t.match(session.output, /ready/, 'the appliance started in the terminal')
  const pid = Number(
    execFileSync('pgrep', ['-n', '-f', '--', `qms.mjs run .*--data ${data}`], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .at(-1),
  )
  process.kill(pid, 'SIGHUP')
  t.equal(await session.ended(), 0, 'the session ended')
  t.match(session.output, /terminal closed/)
  t.notMatch(session.output, /reload/i, 'no reload was tried')
})
