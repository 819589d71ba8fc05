import t from 'tap'
import { spawnSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ImportLock } from '../../firmware/site/bundle/import-lock.ts'
import { fakeTools, runImportScript } from '../harness/import-script.ts'
import { installedUnit, verifyUnit } from '../harness/systemd-verify.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const UNITS = join(ROOT, 'systemd')

/** The units as installed, with the firmware paths pointing into this checkout so verify finds the commands. */
function installed(name: string, as = name): Promise<string> {
  return installedUnit(join(UNITS, name), as, {
    '/usr/lib/qms/qms-usb-import.sh': join(UNITS, 'qms-usb-import.sh'),
    '/usr/lib/qms/qms.mjs': join(ROOT, 'dist/qms.mjs'),
  })
}

t.test('systemd-analyze verify passes both units without a warning', async (t) => {
  for (const [name, as] of [
    ['qms.service', 'qms.service'],
    ['qms-usb-import@.service', 'qms-usb-import@sda1.service'],
  ] as const) {
    const result = verifyUnit(await installed(name, as))
    t.equal(result.status, 0, `${name}: ${result.stderr}`)
    t.equal(result.stderr, '', name)
  }
})

t.test('verify does catch a broken unit (so the check above means something)', async (t) => {
  const file = await installed('qms.service')
  await writeFile(file, (await readFile(file, 'utf8')).replace('Type=notify', 'Type=notiffy'))
  t.match(verifyUnit(file).stderr, /Failed to parse service type/)
})

t.test('the service is Type=notify with the watchdog, restarts on failure, and is sandboxed', async (t) => {
  const unit = await readFile(join(UNITS, 'qms.service'), 'utf8')
  for (const line of [
    'Type=notify',
    'NotifyAccess=all',
    'WatchdogSec=30',
    'Restart=on-failure',
    'ProtectSystem=strict',
    'StateDirectory=qms',
    'NoNewPrivileges=yes',
    'DevicePolicy=closed',
  ]) {
    t.match(unit, new RegExp(`^${line}$`, 'm'), line)
  }
  t.match(
    await readFile(join(UNITS, '99-qms-usb.rules'), 'utf8'),
    /ENV\{SYSTEMD_WANTS\}\+="qms-usb-import@%k\.service"/,
  )
})

t.test(
  'the import script mounts read-only, imports, leaves the report on the stick, and reloads the hub: applied, or refused if it runs; busy: left alone',
  async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'qms-usb-script-'))
    const qms = (...args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'dist/qms.mjs'), ...args], { encoding: 'utf8' })
    t.equal(qms('config', 'keygen', '--out', join(dir, 'secrets')).status, 0)
    await mkdir(join(dir, 'keys'))
    await copyFile(join(dir, 'secrets', 'site.pub'), join(dir, 'keys', 'site.pub'))
    const stick = join(dir, 'stick')
    t.equal(
      qms(
        'config',
        'sign',
        '--config',
        join(ROOT, 'config/demo-bank.yaml'),
        '--key',
        join(dir, 'secrets', 'site.key'),
        '--out',
        join(stick, 'qms-bundle'),
        '--revision',
        '1',
      ).status,
      0,
    )
    const bin = await fakeTools(dir, stick)
    const args = `--keys ${join(dir, 'keys')} --config-dir ${join(dir, 'config')} --data ${join(dir, 'data')}`

    const first = runImportScript(dir, bin, args)
    t.equal(first.status, 0, first.stderr)
    t.match(await readFile(join(stick, 'qms-report.txt'), 'utf8'), /APPLIED/)
    const calls = (await readFile(join(dir, 'calls.log'), 'utf8')).trim().split('\n')
    t.same(calls, [
      `mount -o ro,nosuid,nodev,noexec /dev/sdz1 ${join(dir, 'run', 'stick')}`,
      `mount -o remount,rw ${join(dir, 'run', 'stick')}`,
      'systemctl reload-or-restart qms.service',
      `umount ${join(dir, 'run', 'stick')}`,
    ])

    await writeFile(join(dir, 'calls.log'), '')
    const again = runImportScript(dir, bin, args)
    t.equal(again.status, 1)
    t.match(await readFile(join(stick, 'qms-report.txt'), 'utf8'), /REFUSED[^]*revision 1 is the one running already/)
    // Only a running hub is reloaded, to show the refusal; a stopped one is not started for it.
    t.match(await readFile(join(dir, 'calls.log'), 'utf8'), /^systemctl try-reload-or-restart qms\.service$/m)
    t.notMatch(await readFile(join(dir, 'calls.log'), 'utf8'), /systemctl (reload-or-restart|restart)/)

    // Another import holds the lock (this test process, alive): the stick is told, nothing changes, the hub is left alone.
    const lock = new ImportLock(join(dir, 'config'))
    t.same(await lock.acquire('/run/qms-usb/sdy1/stick', Date.now()), { ok: true })
    await writeFile(join(dir, 'calls.log'), '')
    const busy = runImportScript(dir, bin, args)
    await lock.release()
    t.equal(busy.status, 75)
    t.match(
      await readFile(join(stick, 'qms-report.txt'), 'utf8'),
      new RegExp(`another import is running \\(process ${process.pid}, importing from /run/qms-usb/sdy1/stick since`),
    )
    t.notMatch(await readFile(join(dir, 'calls.log'), 'utf8'), /systemctl/)
  },
)

t.test('a stick with only an export request gets the export folder and leaves the hub alone', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-usb-script-'))
  const stick = join(dir, 'stick')
  await mkdir(stick)
  await writeFile(join(stick, 'qms-export-request'), '')
  const bin = await fakeTools(dir, stick)
  const run = runImportScript(
    dir,
    bin,
    `--keys ${join(dir, 'keys')} --config-dir ${join(dir, 'config')} --data ${join(dir, 'data')}`,
  )
  t.equal(run.status, 3, run.stderr)
  t.match(
    await readFile(join(stick, 'qms-report.txt'), 'utf8'),
    /NO BUNDLE[^]*EXPORT written to qms-export\/qms-[0-9TZ-]+\/: qms-log\.txt, README\.txt[^]*no reports: the appliance runs no config that loads/,
  )
  const [folder] = await readdir(join(stick, 'qms-export'))
  t.same((await readdir(join(stick, 'qms-export', folder!))).sort(), ['README.txt', 'qms-log.txt'])
  t.notMatch(await readFile(join(dir, 'calls.log'), 'utf8'), /systemctl/)
})
