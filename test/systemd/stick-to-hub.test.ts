/**
 * The whole path of a stick on a running appliance: the import script (the
 * real one, with mount and systemctl at the far end — systemctl's reload is
 * the `kill -HUP $MAINPID` of qms.service's ExecReload, sent to a real
 * `qms run`), `qms usb-import`, the outcome file, the hub's in-process
 * reload, and state/config as a ticket box reads it.
 */
import t from 'tap'
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { signBundle } from '../../firmware/site/bundle/bundle-sign.ts'
import { generateSigningKey } from '../../firmware/site/bundle/signing-keys.ts'
import type { ConfigState } from '../../firmware/contract/config-state.ts'
import { BoardProcess } from '../harness/board-process.ts'
import { fakeTools, runImportScript } from '../harness/import-script.ts'
import { boxDevice, hubConfigDocument } from '../harness/hub-process.ts'
import { readConfigState } from '../harness/config-state.ts'
import { freePort } from '../harness/mosquitto.ts'
import { MqttDevice, type Outcome } from '../harness/mqtt-device.ts'
import { intlZones } from '../fixtures/zones.ts'

function label(outcome: Outcome): string {
  if (outcome === 'lost' || outcome.status !== 'ok') throw new Error(`not answered ok: ${JSON.stringify(outcome)}`)
  return (outcome.data as { ticket: { label: string } }).ticket.label
}

const configState = (port: number, match: (s: ConfigState) => boolean) => readConfigState(port, 'test-site', match)

t.test(
  'a stick applied on a running hub is reloaded in-process; a refused one is shown; the queue goes on',
  async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'qms-stick-hub-'))
    const [keys, data] = [join(dir, 'keys'), join(dir, 'data')]
    await mkdir(keys)
    const key = await generateSigningKey(keys, 'site')
    const stranger = await generateSigningKey(await mkdtemp(join(tmpdir(), 'qms-stranger-')), 'other')
    const port = await freePort()
    const doc = hubConfigDocument({ services: ['deposits'], counters: ['c1'], boxes: 1 })
    doc.hub.broker.port = port
    const stick = async (name: string, revision: number, keyFile = key.privateFile) => {
      const configFile = join(dir, `${name}.json`)
      await writeFile(configFile, JSON.stringify(doc))
      await signBundle({ zones: intlZones, configFile, keyFile, outDir: join(dir, name, 'qms-bundle'), revision })
      return join(dir, name)
    }
    const args = `--keys ${keys} --config-dir ${join(data, 'config')} --data ${data}`
    let hubPid = 0
    // systemctl as systemd would do it for qms.service: reload = ExecReload = kill -HUP $MAINPID.
    const script = async (name: string, path: string) => {
      const runDir = join(dir, `run-${name}`)
      const bin = await fakeTools(
        runDir,
        path,
        hubPid === 0 ? '' : `case "$1" in reload-or-restart|try-reload-or-restart) kill -HUP ${hubPid} ;; esac`,
      )
      return runImportScript(runDir, bin, args)
    }

    // A new appliance: the first stick gives it its config (the hub is not running yet; systemd would start it).
    t.equal((await script('first', await stick('first', 1))).status, 0)
    const hub = new BoardProcess('hub-board', join(data, 'config', 'current', 'config.yaml'), data)
    t.teardown(() => hub.stop())
    t.equal((await hub.ready()).revision, 1)
    hubPid = hub.pid
    let box = new MqttDevice(boxDevice(0), 'test-site')
    await box.connect(port)
    t.same(
      [
        label(await box.request({ type: 'issue', service: 'deposits' })),
        label(await box.request({ type: 'issue', service: 'deposits' })),
      ],
      ['A0001', 'A0002'],
    )
    t.match(await configState(port, () => true), { revision: 1, import: { outcome: 'applied', revision: 1 } })

    // Revision 2 adds a service.
    doc.services.push({ id: 'cards', prefix: 'C', names: { en: 'Cards' }, range: { from: 1, to: 9999 }, digits: 4 })
    doc.counters[0].services.push('cards')
    doc.boards[1].dispenser.buttons.push({ service: 'cards' })
    const from = hub.entries.length
    const second = await script('second', await stick('second', 2))
    t.equal(second.status, 0, second.stderr)
    await hub.waitFor((e) => e.msg === 'config reloaded: the roles run the new config, the queue is kept', 20_000, from)
    t.match(await configState(port, (s) => s.revision === 2), {
      revision: 2,
      import: { outcome: 'applied', revision: 2 },
      reload: { outcome: 'reloaded' },
    })
    box.drop()
    box = new MqttDevice(boxDevice(0), 'test-site')
    await box.connect(port)
    t.equal(
      label(await box.request({ type: 'issue', service: 'deposits' })),
      'A0003',
      'the queue and its numbering are kept',
    )
    t.equal(label(await box.request({ type: 'issue', service: 'cards' })), 'C0001')
    t.equal(hub.entries.filter((e) => e.msg === 'ready').length, 1, 'one process start for the whole story')

    // A stick signed by a key this appliance does not trust: refused; the running hub shows it, and keeps its config.
    const mark = hub.entries.length
    const third = await script('third', await stick('third', 3, stranger.privateFile))
    t.equal(third.status, 1)
    await hub.waitFor((e) => e.msg === 'the config file is unchanged: nothing to reload', 20_000, mark)
    t.match(await configState(port, (s) => s.import?.outcome === 'refused'), {
      revision: 2,
      import: { outcome: 'refused', refusal: 'signature' },
      reload: { outcome: 'unchanged' },
    })
    t.equal(
      label(await box.request({ type: 'issue', service: 'cards' })),
      'C0002',
      'on the same connection: nothing restarted',
    )
    box.drop()
  },
)
