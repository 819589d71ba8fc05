/**
 * The payload the image layer installs: assembled by the real script from
 * the built bundle and a real clip set, unpacked with tar, and checked file
 * by file; its units verified; its bundle run from the unpacked tree with
 * only the payload's node_modules to load from; and the layer's install
 * script run on it into an empty root.
 */
import t from 'tap'
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { appendFile, mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { clipSet } from '../harness/clip-set.ts'
import { installedUnit, verifyUnit } from '../harness/systemd-verify.ts'
import type { PayloadManifest } from '../../scripts/image-payload.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const INSTALL = join(ROOT, 'image-build/layer/qms-appliance.d/install-payload.sh')

function assemble(...args: string[]) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'scripts/image-payload.ts'), '--no-build', ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: 300_000 },
  )
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort()
}

const sha256 = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex')

const dir = await mkdtemp(join(tmpdir(), 'qms-payload-test-'))
const clips = await clipSet()
const tarball = join(dir, 'payload.tar.gz')
const made = assemble('--clips', clips, '--out', tarball)
const unpacked = join(dir, 'root')
await mkdir(unpacked)
if (made.status === 0) execFileSync('tar', ['-xzf', tarball, '-C', unpacked])

t.test('the script assembles a payload and says what it holds', async (t) => {
  t.equal(made.status, 0, made.stderr)
  t.match(
    made.stdout,
    new RegExp(`${tarball}: \\d+ files, [\\d.]+ MiB unpacked, version \\d+\\.\\d+\\.\\d+ \\(\\w+\\), ${process.arch}`),
  )
})

t.test('the manifest lists every file with its hash, size and mode, and nothing else', async (t) => {
  const manifest = JSON.parse(await readFile(join(unpacked, 'usr/share/qms/payload.json'), 'utf8')) as PayloadManifest
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'))
  t.equal(manifest.version, pkg.version)
  t.equal(manifest.arch, process.arch)
  t.equal(
    manifest.commit,
    execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(),
  )
  const own = ['usr/share/qms/payload.json', 'usr/share/qms/payload.sha256']
  t.same(
    manifest.files.map((f) => f.path),
    (await filesUnder(unpacked)).filter((f) => !own.includes(f)),
  )
  for (const f of manifest.files) {
    const file = join(unpacked, f.path)
    const { size, mode } = await stat(file)
    if (f.sha256 !== (await sha256(file)) || f.size !== size || f.mode !== (mode & 0o777).toString(8))
      t.fail(`${f.path} differs from the manifest`)
  }
  const sums = (await readFile(join(unpacked, 'usr/share/qms/payload.sha256'), 'utf8')).trim().split('\n')
  t.same(
    sums,
    manifest.files.map((f) => `${f.sha256}  ${f.path}`),
  )
})

t.test(
  'it holds the bundle, every file of systemd/ where it is installed, the clip set and the native modules',
  async (t) => {
    t.equal(await sha256(join(unpacked, 'usr/lib/qms/qms.mjs')), await sha256(join(ROOT, 'dist/qms.mjs')))
    const installedAt: Record<string, string> = {
      '.service': 'usr/lib/systemd/system',
      '.rules': 'usr/lib/udev/rules.d',
      '.sh': 'usr/lib/qms',
    }
    for (const file of await readdir(join(ROOT, 'systemd'))) {
      const at = Object.entries(installedAt).find(([ext]) => file.endsWith(ext))?.[1]
      t.ok(at, `systemd/${file} has an install place`)
      t.equal(await sha256(join(unpacked, at!, file)), await sha256(join(ROOT, 'systemd', file)), file)
    }
    t.equal((await stat(join(unpacked, 'usr/lib/qms/qms-usb-import.sh'))).mode & 0o777, 0o755)
    t.same(await filesUnder(join(unpacked, 'usr/share/qms/clips')), await filesUnder(clips))
    for (const m of [
      'serialport',
      '@serialport/bindings-cpp',
      '@napi-rs/canvas',
      `@napi-rs/canvas-linux-${process.arch}-gnu`,
    ]) {
      t.ok((await stat(join(unpacked, 'usr/lib/qms/node_modules', m, 'package.json'))).isFile(), m)
    }
    await t.rejects(
      stat(join(unpacked, 'usr/lib/qms/node_modules/echarts')),
      'echarts (qms report --chart only) is left out',
    )
  },
)

t.test('the units verify as unpacked', async (t) => {
  for (const unit of await readdir(join(unpacked, 'usr/lib/systemd/system'))) {
    const as = unit.endsWith('@.service') ? unit.replace('@', '@sda1') : unit
    const result = verifyUnit(
      await installedUnit(join(unpacked, 'usr/lib/systemd/system', unit), as, {
        '/usr/lib/qms/': `${join(unpacked, 'usr/lib/qms')}/`,
      }),
    )
    t.equal(result.status, 0, `${unit}: ${result.stderr}`)
    t.equal(result.stderr, '', unit)
  }
})

t.test('the unpacked bundle runs, loading its native modules from the payload alone', async (t) => {
  // From a folder outside the checkout: nothing resolves from this project's node_modules.
  const help = spawnSync(process.execPath, [join(unpacked, 'usr/lib/qms/qms.mjs'), '--help'], {
    cwd: dir,
    encoding: 'utf8',
  })
  t.equal(help.status, 0, help.stderr)
  t.match(help.stdout, /^qms — customer-queue appliance/)
  // A subcommand lives in a code-split chunk: it runs only if the chunks came along.
  const validate = spawnSync(
    process.execPath,
    [join(unpacked, 'usr/lib/qms/qms.mjs'), 'config', 'validate', join(ROOT, 'config/demo-bank.yaml')],
    { cwd: dir, encoding: 'utf8' },
  )
  t.equal(validate.status, 0, validate.stderr)
  t.match(validate.stdout, /valid/i)
  const probe = join(unpacked, 'usr/lib/qms/probe.mjs')
  await writeFile(
    probe,
    [
      "import { createRequire } from 'node:module'",
      'const require = createRequire(import.meta.url)',
      "const { SerialPort } = await import(require.resolve('serialport'))",
      "const { createCanvas } = await import(require.resolve('@napi-rs/canvas'))",
      // The native binding answers the open: its error is the kernel's, not a missing module.
      "const opened = await new Promise((done) => new SerialPort({ path: '/nonexistent-tty', baudRate: 9600 }, (err) => done(String(err))))",
      "console.log(JSON.stringify({ serialport: require.resolve('serialport'), canvas: createCanvas(8, 8).toBuffer('image/png').length > 0, opened }))",
    ].join('\n'),
  )
  const loaded = spawnSync(process.execPath, [probe], { cwd: dir, encoding: 'utf8' })
  t.equal(loaded.status, 0, loaded.stderr)
  const result = JSON.parse(loaded.stdout)
  t.ok(result.serialport.startsWith(join(unpacked, 'usr/lib/qms/node_modules/')), result.serialport)
  t.equal(result.canvas, true)
  t.match(result.opened, /No such file or directory, cannot open \/nonexistent-tty/)
})

t.test("the layer's install script installs the payload into a root and adds the image's files", async (t) => {
  const root = join(dir, 'image-root')
  const keys = join(dir, 'keys')
  await mkdir(join(root, 'usr/bin'), { recursive: true })
  await mkdir(join(root, 'usr/sbin'), { recursive: true })
  await mkdir(join(root, 'etc'), { recursive: true })
  // Debian's base-passwd: the groups the qms user joins exist before the hook runs.
  await writeFile(join(root, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\n')
  await writeFile(join(root, 'etc/group'), 'root:x:0:\nlp:x:7:\ndialout:x:20:\naudio:x:29:\n')
  await mkdir(keys)
  await writeFile(join(keys, 'site.pub'), 'a public key\n')

  const run = spawnSync(INSTALL, [root, tarball, keys], { encoding: 'utf8' })
  t.equal(run.status, 0, run.stderr)
  t.equal(await sha256(join(root, 'usr/lib/qms/qms.mjs')), await sha256(join(ROOT, 'dist/qms.mjs')))
  t.ok((await stat(join(root, 'usr/lib/qms/qms-ab-commit'))).mode & 0o100, 'the A/B commit script is executable')
  t.ok((await stat(join(root, 'usr/lib/systemd/system/qms.service.d/image.conf'))).isFile())
  t.equal(await readFile(join(root, 'etc/qms/keys/site.pub'), 'utf8'), 'a public key\n')
  t.match(await readFile(join(root, 'etc/passwd'), 'utf8'), /^qms:x:\d+:\d+:Queue appliance:\/var\/lib\/qms:/m)
  const group = await readFile(join(root, 'etc/group'), 'utf8')
  for (const g of ['dialout', 'lp', 'audio', 'gpio'])
    t.match(group, new RegExp(`^${g}:x:\\d+:(.*,)?qms(,|$)`, 'm'), `qms is in ${g}`)
  t.equal((await stat(join(root, 'var/lib/qms-update'))).mode & 0o777, 0o700, "the update state is root's alone")
  t.equal(
    await readFile(join(root, 'etc/rpi-image-gen/slot-shared.d/qms.conf'), 'utf8'),
    'Version=1\nPath=/var/lib/qms\nPath=/var/lib/qms-update\nPath=/var/lib/qms-device-pins\n',
  )
  for (const d of ['var/lib/qms', 'var/lib/qms-device-pins'])
    t.ok((await stat(join(root, d))).isDirectory(), `${d}: a mount point for the persistent partition`)
  t.equal(
    execFileSync('readlink', [join(root, 'etc/udev/rules.d/61-qms-pins.rules')], { encoding: 'utf8' }).trim(),
    '/var/lib/qms-device-pins/61-qms-pins.rules',
  )

  const broken = join(dir, 'broken.tar.gz')
  const tree = join(dir, 'broken')
  await mkdir(tree)
  execFileSync('tar', ['-xzf', tarball, '-C', tree])
  await appendFile(join(tree, 'usr/lib/qms/qms.mjs'), '\n// changed after the manifest\n')
  execFileSync('tar', ['-czf', broken, '-C', tree, 'usr'])
  await mkdir(join(dir, 'root2'))
  const refused = spawnSync(INSTALL, [join(dir, 'root2'), broken, keys], { encoding: 'utf8' })
  t.equal(refused.status, 1)
  t.match(refused.stderr, /usr\/lib\/qms\/qms\.mjs: FAILED[^]*files above do not match its checksums/)
  const noKeys = spawnSync(INSTALL, [join(dir, 'root2'), tarball, join(dir, 'nowhere')], { encoding: 'utf8' })
  t.equal(noKeys.status, 1)
  t.match(noKeys.stderr, /holds no \.pub file/)
})

t.test('an unknown --arch and a folder that is not a clip set are refused before any work', async (t) => {
  const arch = assemble('--arch', 'sparc', '--out', join(dir, 'x.tar.gz'))
  t.equal(arch.status, 1)
  t.match(arch.stderr, /--arch sparc: must be one of x64, arm64, arm/)
  const notClips = assemble('--clips', dir, '--out', join(dir, 'y.tar.gz'))
  t.equal(notClips.status, 1)
  t.match(notClips.stderr, /no manifest\.json there, so it is not a built clip set/)
})
