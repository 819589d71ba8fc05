import t from 'tap'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEMO_CONFIG } from '../../fixtures/site.ts'

// Tested as the bundle the device runs (npm test builds it first).
const QMS = new URL('../../../dist/qms.mjs', import.meta.url).pathname

function qms(...args: string[]) {
  return spawnSync(process.execPath, [QMS, ...args], { encoding: 'utf8', timeout: 20_000 })
}

t.before(() => {
  if (!existsSync(QMS)) throw new Error('dist/qms.mjs is missing: run `npm run build` (npm test does)')
})

t.test('config keygen then config sign make a bundle; usage errors exit 2', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-sign-'))
  const keygen = qms('config', 'keygen', '--out', join(dir, 'keys'), '--name', 'branch')
  t.equal(keygen.status, 0, keygen.stderr)
  t.match(keygen.stdout, /key [0-9a-f]{16}/)
  t.equal((await stat(join(dir, 'keys', 'branch.key'))).mode & 0o777, 0o600)

  const out = join(dir, 'stick', 'qms-bundle')
  const sign = qms(
    'config',
    'sign',
    '--config',
    DEMO_CONFIG,
    '--key',
    join(dir, 'keys', 'branch.key'),
    '--out',
    out,
    '--revision',
    '12',
  )
  t.equal(sign.status, 0, sign.stderr)
  t.match(sign.stdout, /site "marina-branch" revision 12, 1 files, signed with key/)
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as {
    revision: number
    files: Record<string, unknown>
  }
  t.equal(manifest.revision, 12)
  t.same(Object.keys(manifest.files), ['config.yaml'])

  t.equal(qms('config', 'sign', '--config', DEMO_CONFIG).status, 2)
  t.equal(
    qms(
      'config',
      'sign',
      '--config',
      DEMO_CONFIG,
      '--key',
      join(dir, 'keys', 'branch.key'),
      '--out',
      join(dir, 'x'),
      '--revision',
      'soon',
    ).status,
    2,
  )
  const again = qms('config', 'sign', '--config', DEMO_CONFIG, '--key', join(dir, 'keys', 'branch.key'), '--out', out)
  t.equal(again.status, 1)
  t.match(again.stderr, /is not empty; sign into a new folder/)
})

t.test('usb-import applies a stick, writes its report there, refuses a second time; rollback swaps back', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-import-'))
  t.equal(qms('config', 'keygen', '--out', join(dir, 'secrets')).status, 0)
  await mkdir(join(dir, 'keys'))
  await copyFile(join(dir, 'secrets', 'site.pub'), join(dir, 'keys', 'site.pub'))
  const where = ['--keys', join(dir, 'keys'), '--config-dir', join(dir, 'config'), '--data', join(dir, 'data')]
  for (const revision of ['1', '2']) {
    const stick = join(dir, `stick${revision}`)
    t.equal(
      qms(
        'config',
        'sign',
        '--config',
        DEMO_CONFIG,
        '--key',
        join(dir, 'secrets', 'site.key'),
        '--out',
        join(stick, 'qms-bundle'),
        '--revision',
        revision,
      ).status,
      0,
    )
    const applied = qms('usb-import', '--mount', stick, ...where)
    t.equal(applied.status, 0, applied.stdout + applied.stderr)
    t.match(
      await readFile(join(stick, 'qms-report.txt'), 'utf8'),
      new RegExp(`APPLIED\n  revision ${revision} of site "marina-branch"`),
    )
  }
  const again = qms('usb-import', '--mount', join(dir, 'stick1'), ...where)
  t.equal(again.status, 1)
  t.match(
    await readFile(join(dir, 'stick1', 'qms-report.txt'), 'utf8'),
    /REFUSED[^]*revision 1 is older than the running revision 2/,
  )
  const rollback = qms('config', 'rollback', '--config-dir', join(dir, 'config'))
  t.equal(rollback.status, 0, rollback.stderr)
  t.match(rollback.stdout, /rolled back from revision 2 to revision 1/)
  const recorded = JSON.parse(await readFile(join(dir, 'config', 'last-import.json'), 'utf8'))
  t.match(
    recorded,
    { outcome: 'rolled-back', revision: 1, reasons: ['rolled back from revision 2 to revision 1'] },
    'left for the hall display and the status slip',
  )
  t.equal(qms('usb-import', ...where).status, 2)
})

t.test(
  'usb-import --data DIR imports where a hub on DIR looks (DIR/config), and rollback finds it there',
  async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'qms-import-'))
    t.equal(qms('config', 'keygen', '--out', join(dir, 'secrets')).status, 0)
    await mkdir(join(dir, 'keys'))
    await copyFile(join(dir, 'secrets', 'site.pub'), join(dir, 'keys', 'site.pub'))
    for (const revision of ['1', '2']) {
      const stick = join(dir, `stick${revision}`)
      t.equal(
        qms(
          'config',
          'sign',
          '--config',
          DEMO_CONFIG,
          '--key',
          join(dir, 'secrets', 'site.key'),
          '--out',
          join(stick, 'qms-bundle'),
          '--revision',
          revision,
        ).status,
        0,
      )
      const applied = qms('usb-import', '--mount', stick, '--keys', join(dir, 'keys'), '--data', join(dir, 'data'))
      t.equal(applied.status, 0, applied.stdout + applied.stderr)
    }
    t.ok(
      existsSync(join(dir, 'data', 'config', 'current', 'config.yaml')),
      'the config is in DIR/config, not /var/lib/qms/config',
    )
    const rollback = qms('config', 'rollback', '--data', join(dir, 'data'))
    t.equal(rollback.status, 0, rollback.stderr)
    t.match(rollback.stdout, /rolled back from revision 2 to revision 1/)
  },
)
