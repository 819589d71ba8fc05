/**
 * systemd/qms-usb-import.sh run as the import unit runs it, with mount,
 * umount and systemctl as the far end on PATH: each logs its arguments to
 * `<dir>/calls.log`; mount makes the stick folder the mount point;
 * systemctl runs `systemctl` (a shell body, e.g. a kill -HUP of a real hub).
 */
import { spawnSync } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { QMS_BUNDLE } from './hub-process.ts'

const SCRIPT = new URL('../../systemd/qms-usb-import.sh', import.meta.url).pathname

export async function fakeTools(dir: string, stick: string, systemctl = ''): Promise<string> {
  const bin = join(dir, 'bin')
  await mkdir(bin, { recursive: true })
  const log = join(dir, 'calls.log')
  const tool = (body: string) => `#!/bin/sh\necho "$(basename "$0") $*" >> ${log}\n${body}\n`
  await writeFile(join(bin, 'mount'), tool(`case "$2" in ro,*) rmdir "$4" && ln -s ${stick} "$4" ;; esac`), {
    mode: 0o755,
  })
  await writeFile(join(bin, 'umount'), tool('rm "$1"'), { mode: 0o755 })
  await writeFile(join(bin, 'systemctl'), tool(systemctl), { mode: 0o755 })
  return bin
}

export function runImportScript(dir: string, bin: string, qmsArgs: string) {
  return spawnSync(SCRIPT, ['sdz1'], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: `${bin}:${process.env.PATH}`,
      RUNTIME_DIRECTORY: join(dir, 'run'),
      QMS_COMMAND: `${process.execPath} ${QMS_BUNDLE} ${qmsArgs}`,
    },
  })
}
