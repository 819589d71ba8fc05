import t from 'tap'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DEMO_CONFIG } from '../fixtures/site.ts'

// Tested as the bundle the device runs (npm test builds it first).
const QMS = new URL('../../dist/qms.mjs', import.meta.url).pathname

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
  const sign = qms('config', 'sign', '--config', DEMO_CONFIG, '--key', join(dir, 'keys', 'branch.key'), '--out', out, '--revision', '12')
  t.equal(sign.status, 0, sign.stderr)
  t.match(sign.stdout, /site "marina-branch" revision 12, 1 files, signed with key/)
  const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { revision: number; files: Record<string, unknown> }
  t.equal(manifest.revision, 12)
  t.same(Object.keys(manifest.files), ['config.yaml'])

  t.equal(qms('config', 'sign', '--config', DEMO_CONFIG).status, 2)
  t.equal(qms('config', 'sign', '--config', DEMO_CONFIG, '--key', join(dir, 'keys', 'branch.key'), '--out', join(dir, 'x'), '--revision', 'soon').status, 2)
  const again = qms('config', 'sign', '--config', DEMO_CONFIG, '--key', join(dir, 'keys', 'branch.key'), '--out', out)
  t.equal(again.status, 1)
  t.match(again.stderr, /is not empty; sign into a new folder/)
})
