/**
 * A stick with an export request, and no bundle, against a real hub: the
 * config imported by `qms usb-import`, a `qms run` process taking tickets
 * over MQTT into its journal, then `qms usb-import` (the bundle, as the
 * import unit runs it) writing today's reports and the service log. Once
 * with journalctl nowhere on PATH, once with this machine's journalctl.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import t from 'tap'
import { signBundle } from '../../../firmware/site/bundle/bundle-sign.ts'
import { readExportRequest } from '../../../firmware/site/bundle/export-request.ts'
import { generateSigningKey } from '../../../firmware/site/bundle/signing-keys.ts'
import {
  boxDevice,
  hubConfigDocument,
  HubProcess,
  keypadDevice,
  QMS_BUNDLE,
  writeHubConfig,
} from '../../harness/hub-process.ts'
import { MqttDevice, type Outcome } from '../../harness/mqtt-device.ts'
import { intlZones } from '../../fixtures/zones.ts'

const qms = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
  spawnSync(process.execPath, [QMS_BUNDLE, ...args], { encoding: 'utf8', timeout: 60_000, env })

t.before(() => {
  if (!existsSync(QMS_BUNDLE)) throw new Error('dist/qms.mjs is missing: run `npm run build` (npm test does)')
})

function ok(outcome: Outcome): void {
  if (outcome === 'lost' || outcome.status !== 'ok') throw new Error(`not answered ok: ${JSON.stringify(outcome)}`)
}

t.test("an export request gets today's reports and the log, with or without journalctl", async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-export-'))
  const [keys, data, stick] = [join(dir, 'keys'), join(dir, 'data'), join(dir, 'stick')]
  const configDir = join(data, 'config')
  await mkdir(keys)
  const key = await generateSigningKey(keys, 'site')
  const bundleStick = join(dir, 'bundle-stick')
  await signBundle({
    zones: intlZones,
    configFile: await writeHubConfig(dir, hubConfigDocument({ counters: ['c1'], boxes: 1 })),
    keyFile: key.privateFile,
    outDir: join(bundleStick, 'qms-bundle'),
    revision: 7,
  })
  const common = ['--keys', keys, '--config-dir', configDir, '--data', data]
  t.equal(qms(['usb-import', '--mount', bundleStick, ...common]).status, 0, 'the config is imported first')

  const hub = await HubProcess.start(join(configDir, 'current', 'config.yaml'), data)
  t.teardown(() => hub.stop())
  const box = new MqttDevice(boxDevice(0), 'test-site')
  const keypad = new MqttDevice(keypadDevice('c1'), 'test-site')
  await box.connect(hub.port)
  await keypad.connect(hub.port)
  t.teardown(() => (box.drop(), keypad.drop()))
  for (const service of ['deposits', 'deposits', 'loans']) ok(await box.request({ type: 'issue', service }))
  ok(await keypad.request({ type: 'callNext', counter: 'c1' }))
  ok(await keypad.request({ type: 'finish', counter: 'c1' }))

  await mkdir(stick)
  await writeFile(join(stick, 'qms-export-request'), 'hours: 2\n')
  // No journalctl: PATH holds only an empty folder.
  const noPath = join(dir, 'empty-bin')
  await mkdir(noPath)
  const staged = join(dir, 'run', 'export')
  const run = qms(
    ['usb-import', '--mount', stick, ...common, '--export-dir', staged, '--report', join(dir, 'run', 'report.txt')],
    { ...process.env, PATH: noPath },
  )
  t.equal(run.status, 3, `no bundle: nothing imported (${run.stderr})`)
  t.match(run.stdout, /NO BUNDLE on the stick \(no qms-bundle\/\): nothing imported, the running config is unchanged/)
  t.match(
    run.stdout,
    /EXPORT written to qms-export\/test-site-[0-9TZ-]+\/: report-\d{4}-\d\d-\d\d-by-service\.csv, .*-by-counter\.csv, .*-by-staff\.csv, .*-by-hour\.csv, qms-log\.txt, README\.txt/,
  )
  t.match(run.stdout, /config revision 7/)
  t.match(run.stdout, /qms-log\.txt: journalctl is not available on this system/)

  const [folder, ...more] = await readdir(staged)
  t.same(more, [], 'one export folder, no staging left behind')
  const files = await readdir(join(staged, folder!))
  const byService = files.find((f) => f.endsWith('-by-service.csv'))!
  const rows = parse(await readFile(join(staged, folder!, byService), 'utf8'), { bom: true, columns: true }) as Array<
    Record<string, string>
  >
  t.match(
    rows.find((r) => r.service === 'deposits'),
    { issued: '2', served: '1' },
  )
  t.match(
    rows.find((r) => r.service === 'loans'),
    { issued: '1', served: '0' },
  )
  const byCounter = parse(
    await readFile(join(staged, folder!, files.find((f) => f.endsWith('-by-counter.csv'))!), 'utf8'),
    { bom: true, columns: true },
  ) as Array<Record<string, string>>
  t.match(
    byCounter.find((r) => r.counter === 'c1'),
    { served: '1' },
  )
  t.match(
    await readFile(join(staged, folder!, 'qms-log.txt'), 'utf8'),
    /^# journalctl -u qms\.service --since=-2h .*\njournalctl is not available on this system/,
  )

  // With this machine's journalctl (its journal may hold nothing for qms.service): what it said is in the file.
  const withJournal = qms([
    'usb-import',
    '--mount',
    stick,
    ...common,
    '--export-dir',
    staged,
    '--report',
    join(dir, 'run', 'report.txt'),
  ])
  t.equal(withJournal.status, 3)
  const second = (await readdir(staged)).find((f) => f !== folder)
  const log = await readFile(join(staged, second!, 'qms-log.txt'), 'utf8')
  t.match(log, /^# journalctl -u qms\.service --since=-2h --no-pager -o short-iso/)
  t.notMatch(log, /not available/)
  t.match(withJournal.stdout, /qms-log\.txt: (the last 2 hours of qms\.service's log|journalctl ended with exit code)/)
})

t.test('the request file: empty, hours, and what cannot be used is named', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-export-request-'))
  t.equal(await readExportRequest(dir), undefined, 'no file: no export')
  const request = async (text: string) => {
    await writeFile(join(dir, 'qms-export-request'), text)
    return readExportRequest(dir)
  }
  t.same(await request(''), { hours: 24, problems: [] })
  t.same(await request('hours: 6\n'), { hours: 6, problems: [] })
  t.match(await request('hours: 900\n'), {
    hours: 24,
    problems: [/hours must be a whole number from 1 to 168, not 900; 24 taken/],
  })
  t.match(await request('days: 2\n'), { hours: 24, problems: [/"days" is not a request field/] })
  t.match(await request('hours: [\n'), { hours: 24, problems: [/is not "hours: N"/] })
})

t.test('two exports in the same second get two folders; a half-made one is never under its final name', async (t) => {
  const { usbExport } = await import('../../../firmware/shell/usb/usb-export.ts')
  const dir = await mkdtemp(join(tmpdir(), 'qms-export-twice-'))
  const options = {
    exportDir: join(dir, 'out'),
    configDir: join(dir, 'config'),
    dataDir: join(dir, 'data'),
    request: { hours: 1, problems: [] },
    now: Date.UTC(2026, 11, 1, 10, 0),
    journalctl: join(dir, 'no-journalctl'),
    zones: intlZones,
  }
  const first = await usbExport(options)
  const second = await usbExport(options)
  t.same([first.folder, second.folder], ['qms-2026-12-01T10-00-00Z', 'qms-2026-12-01T10-00-00Z-2'])
  t.same((await readdir(options.exportDir)).sort(), [first.folder, second.folder])
  t.match(first.lines.join('\n'), /no reports: the appliance runs no config that loads/)
})
