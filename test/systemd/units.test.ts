import t from 'tap'
import { spawnSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
  for (const [name, as] of [['qms.service', 'qms.service'], ['qms-usb-import@.service', 'qms-usb-import@sda1.service']] as const) {
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
  for (const line of ['Type=notify', 'NotifyAccess=all', 'WatchdogSec=30', 'Restart=on-failure', 'ProtectSystem=strict', 'StateDirectory=qms', 'NoNewPrivileges=yes', 'DevicePolicy=closed']) {
    t.match(unit, new RegExp(`^${line}$`, 'm'), line)
  }
  t.match(await readFile(join(UNITS, '99-qms-usb.rules'), 'utf8'), /ENV\{SYSTEMD_WANTS\}\+="qms-usb-import@%k\.service"/)
})

/** mount, umount and systemctl as the far end: they log their arguments; mount makes the stick folder the mount point. */
async function fakeTools(dir: string, stick: string): Promise<string> {
  const bin = join(dir, 'bin')
  await mkdir(bin)
  const log = join(dir, 'calls.log')
  const tool = (body: string) => `#!/bin/sh\necho "$(basename "$0") $*" >> ${log}\n${body}\n`
  await writeFile(join(bin, 'mount'), tool(`case "$2" in ro,*) rmdir "$4" && ln -s ${stick} "$4" ;; esac`), { mode: 0o755 })
  await writeFile(join(bin, 'umount'), tool('rm "$1"'), { mode: 0o755 })
  await writeFile(join(bin, 'systemctl'), tool(''), { mode: 0o755 })
  return bin
}

function runScript(dir: string, bin: string, qmsArgs: string) {
  return spawnSync(join(UNITS, 'qms-usb-import.sh'), ['sdz1'], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { PATH: `${bin}:${process.env.PATH}`, RUNTIME_DIRECTORY: join(dir, 'run'), QMS_COMMAND: `${process.execPath} ${join(ROOT, 'dist/qms.mjs')} ${qmsArgs}` },
  })
}

t.test('the import script mounts read-only, imports, leaves the report on the stick, and restarts the hub only when applied', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-usb-script-'))
  const qms = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'dist/qms.mjs'), ...args], { encoding: 'utf8' })
  t.equal(qms('config', 'keygen', '--out', join(dir, 'secrets')).status, 0)
  await mkdir(join(dir, 'keys'))
  await copyFile(join(dir, 'secrets', 'site.pub'), join(dir, 'keys', 'site.pub'))
  const stick = join(dir, 'stick')
  t.equal(qms('config', 'sign', '--config', join(ROOT, 'config/demo-bank.yaml'), '--key', join(dir, 'secrets', 'site.key'), '--out', join(stick, 'qms-bundle'), '--revision', '1').status, 0)
  const bin = await fakeTools(dir, stick)
  const args = `--keys ${join(dir, 'keys')} --config-dir ${join(dir, 'config')} --data ${join(dir, 'data')}`

  const first = runScript(dir, bin, args)
  t.equal(first.status, 0, first.stderr)
  t.match(await readFile(join(stick, 'qms-report.txt'), 'utf8'), /APPLIED/)
  const calls = (await readFile(join(dir, 'calls.log'), 'utf8')).trim().split('\n')
  t.same(calls, [`mount -o ro,nosuid,nodev,noexec /dev/sdz1 ${join(dir, 'run', 'stick')}`, `mount -o remount,rw ${join(dir, 'run', 'stick')}`, 'systemctl restart qms.service', `umount ${join(dir, 'run', 'stick')}`])

  await writeFile(join(dir, 'calls.log'), '')
  const again = runScript(dir, bin, args)
  t.equal(again.status, 1)
  t.match(await readFile(join(stick, 'qms-report.txt'), 'utf8'), /REFUSED[^]*revision 1 is the one running already/)
  t.notMatch(await readFile(join(dir, 'calls.log'), 'utf8'), /systemctl/, 'a refused bundle does not restart the hub')
})
