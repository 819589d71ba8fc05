/**
 * The tryboot A/B update scripts on a stand-in board: the bootloader's
 * device-tree properties as real big-endian files, autoboot.txt in a
 * folder, the slots' partitions as files, a real update (img2simg sparse
 * images in a zstd tar) written by the real simg2img, the hub's port a real
 * listening socket. `reboot` and `systemctl` are the far end: they log
 * their arguments and answer as the test sets them.
 */
import t from 'tap'
import { execFileSync, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const LIB = new URL('../../image-build/layer/qms-appliance.d/rootfs/usr/lib/qms/', import.meta.url).pathname
const AUTOBOOT = (all: number, tryboot: number) =>
  `[all]\ntryboot_a_b=1\nboot_partition=${all}\n[tryboot]\nboot_partition=${tryboot}\n`

interface Board {
  dir: string
  env: NodeJS.ProcessEnv
  /** What reboot and systemctl were asked, one call a line. */
  calls(): Promise<string[]>
  booted(partition: number, tryboot: boolean): Promise<void>
  /** systemctl's answers about qms.service. */
  qms(state: { active: boolean; restarts?: number; configured?: boolean }): Promise<void>
  status(): Promise<string>
}

async function board(): Promise<Board> {
  const dir = await mkdtemp(join(tmpdir(), 'qms-ab-'))
  for (const d of ['bootfs', 'bootloader', 'slots/other', 'state', 'bin', 'answers'])
    await mkdir(join(dir, d), { recursive: true })
  await writeFile(join(dir, 'bootfs/autoboot.txt'), AUTOBOOT(2, 3))
  await writeFile(join(dir, 'slots/other/boot'), Buffer.alloc(1 << 20))
  await writeFile(join(dir, 'slots/other/system'), Buffer.alloc(4 << 20))
  const log = join(dir, 'calls.log')
  await writeFile(log, '')
  await writeFile(join(dir, 'bin/reboot'), `#!/bin/sh\necho "reboot $*" >> ${log}\n`, { mode: 0o755 })
  const answers = join(dir, 'answers')
  await writeFile(
    join(dir, 'bin/systemctl'),
    [
      '#!/bin/sh',
      `echo "systemctl $*" >> ${log}`,
      'case "$*" in',
      `  "show -p ConditionResult --value qms.service") cat ${answers}/condition ;;`,
      `  "show -p NRestarts --value qms.service") cat ${answers}/restarts ;;`,
      `  "is-active --quiet qms.service") [ "$(cat ${answers}/active)" = active ] ;;`,
      `  "is-active qms.service") cat ${answers}/active; [ "$(cat ${answers}/active)" = active ] ;;`,
      '  reboot) ;;',
      '  *) echo "unexpected systemctl $*" >&2; exit 2 ;;',
      'esac',
      '',
    ].join('\n'),
    { mode: 0o755 },
  )
  const u32 = (n: number) => {
    const b = Buffer.alloc(4)
    b.writeUInt32BE(n)
    return b
  }
  const b: Board = {
    dir,
    env: {
      PATH: `${join(dir, 'bin')}:${process.env.PATH}`,
      QMS_AB_BOOTFS: join(dir, 'bootfs'),
      QMS_AB_BOOTLOADER: join(dir, 'bootloader'),
      QMS_AB_STATE: join(dir, 'state'),
      QMS_AB_SLOTS: join(dir, 'slots'),
      QMS_AB_SETTLE: '0',
    },
    calls: async () =>
      (await readFile(log, 'utf8'))
        .split('\n')
        .filter((l) => l !== '' && !l.startsWith('systemctl show') && !l.startsWith('systemctl is-active')),
    async booted(partition, tryboot) {
      await writeFile(join(dir, 'bootloader/partition'), u32(partition))
      await writeFile(join(dir, 'bootloader/tryboot'), u32(tryboot ? 1 : 0))
    },
    async qms({ active, restarts = 0, configured = true }) {
      await writeFile(join(answers, 'active'), `${active ? 'active' : 'failed'}\n`)
      await writeFile(join(answers, 'restarts'), `${restarts}\n`)
      await writeFile(join(answers, 'condition'), `${configured ? 'yes' : 'no'}\n`)
    },
    status: async () => (await readFile(join(dir, 'state/status'), 'utf8')).trimEnd(),
  }
  await b.booted(2, false)
  await b.qms({ active: true })
  return b
}

/** An image-rota update: android-sparse `boot` and `system` in a zstd tar, with its .sha256. Returns the raw images. */
async function makeUpdate(dir: string): Promise<{ file: string; boot: Buffer; system: Buffer }> {
  const boot = randomBytes(1 << 20)
  // Mostly zeros, as a filesystem image is: the sparse format skips them.
  const system = Buffer.concat([randomBytes(256 << 10), Buffer.alloc(3 << 20), randomBytes(768 << 10)])
  const work = await mkdtemp(join(tmpdir(), 'qms-update-'))
  await writeFile(join(work, 'boot.raw'), boot)
  await writeFile(join(work, 'system.raw'), system)
  execFileSync('img2simg', [join(work, 'boot.raw'), join(work, 'boot')])
  execFileSync('img2simg', [join(work, 'system.raw'), join(work, 'system')])
  const file = join(dir, 'qms-appliance.update.tar.zst')
  execFileSync('tar', ['-I', 'zstd', '-cf', file, '-C', work, 'boot', 'system'])
  execFileSync('sh', [
    '-c',
    `cd ${dir} && sha256sum qms-appliance.update.tar.zst > qms-appliance.update.tar.zst.sha256`,
  ])
  return { file, boot, system }
}

function run(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(join(LIB, script), args, { env, stdio: ['ignore', 'ignore', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (code) => resolve({ code, stderr }))
  })
}

async function listening(): Promise<{ port: string; close(): void }> {
  const server = createServer((socket) => socket.end())
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { port: String((server.address() as AddressInfo).port), close: () => server.close() }
}

t.test('install writes both images into the other slot and reboots into it once with tryboot', async (t) => {
  const b = await board()
  const update = await makeUpdate(b.dir)
  const result = await run('qms-ab-install', [update.file], b.env)
  t.equal(result.code, 0, result.stderr)
  t.same(await readFile(join(b.dir, 'slots/other/boot')), update.boot)
  t.same(await readFile(join(b.dir, 'slots/other/system')), update.system)
  t.same(await b.calls(), ['reboot 0 tryboot'])
  t.match(await b.status(), /^trying \S+ qms-appliance\.update\.tar\.zst on partition 3$/)
  t.equal(
    await readFile(join(b.dir, 'bootfs/autoboot.txt'), 'utf8'),
    AUTOBOOT(2, 3),
    'autoboot.txt is only changed by a commit',
  )
})

t.test(
  'install refuses, writing nothing, a damaged update, a boot already on trial, and a board not on its default slot',
  async (t) => {
    const cases: [string, (b: Board, file: string) => Promise<void>, RegExp][] = [
      [
        'damaged',
        async (_b, file) => writeFile(file, 'truncated'),
        /does not match .*\.sha256 \(truncated or corrupted copy\)/,
      ],
      ['no checksum', async (_b, file) => rm(`${file}.sha256`), /\.sha256 is missing/],
      ['on trial', async (b) => b.booted(3, true), /this boot is itself an update on trial/],
      ['not default', async (b) => b.booted(3, false), /booted from partition 3, but autoboot\.txt's default is 2/],
      [
        'no A/B layout',
        async (b) => rm(join(b.dir, 'slots/other'), { recursive: true }),
        /other\/boot is missing \(not an A\/B image\?\)/,
      ],
    ]
    for (const [name, spoil, reason] of cases) {
      const b = await board()
      const update = await makeUpdate(b.dir)
      await spoil(b, update.file)
      const result = await run('qms-ab-install', [update.file], b.env)
      t.equal(result.code, 1, name)
      t.match(result.stderr, reason, name)
      t.same(await b.calls(), [], `${name}: no reboot`)
      if (name !== 'no A/B layout')
        t.same(await readFile(join(b.dir, 'slots/other/boot')), Buffer.alloc(1 << 20), `${name}: slot untouched`)
    }
  },
)

t.test(
  'an update that cannot be unpacked or written is recorded as failed, and the board does not reboot',
  async (t) => {
    const b = await board()
    const update = await makeUpdate(b.dir)
    // A checksum-correct tar that lacks the system image: built by someone else's tool, say.
    const work = await mkdtemp(join(tmpdir(), 'qms-update-'))
    await writeFile(join(work, 'boot'), 'not a sparse image')
    execFileSync('tar', ['-I', 'zstd', '-cf', update.file, '-C', work, 'boot'])
    execFileSync('sh', [
      '-c',
      `cd ${b.dir} && sha256sum qms-appliance.update.tar.zst > qms-appliance.update.tar.zst.sha256`,
    ])
    const result = await run('qms-ab-install', [update.file], b.env)
    t.equal(result.code, 2)
    t.match(
      await b.status(),
      /^failed \S+ qms-appliance\.update\.tar\.zst could not be unpacked into .*incoming \(damaged, or the persistent partition is full\)$/,
    )
    t.same(await b.calls(), [])
    await t.rejects(readFile(join(b.dir, 'state/incoming/boot')), 'the unpacked files are removed')

    // Both members present, but `boot` is not a sparse image: simg2img refuses it.
    await writeFile(join(work, 'system'), 'not a sparse image either')
    execFileSync('tar', ['-I', 'zstd', '-cf', update.file, '-C', work, 'boot', 'system'])
    execFileSync('sh', [
      '-c',
      `cd ${b.dir} && sha256sum qms-appliance.update.tar.zst > qms-appliance.update.tar.zst.sha256`,
    ])
    const unwritable = await run('qms-ab-install', [update.file], b.env)
    t.equal(unwritable.code, 2)
    t.match(await b.status(), /^failed \S+ writing boot to .*slots\/other\/boot$/)
    t.same(await b.calls(), [], 'the half-written slot is never booted')
  },
)

t.test('on the trial boot a healthy appliance is committed: autoboot.txt swapped, no reboot', async (t) => {
  const b = await board()
  await writeFile(join(b.dir, 'state/status'), 'trying 2026-01-01T00:00:00Z x on partition 3\n')
  await b.booted(3, true)
  const hub = await listening()
  t.teardown(hub.close)
  const result = await run('qms-ab-commit', [], { ...b.env, QMS_AB_HUB_PORT: hub.port })
  t.equal(result.code, 0, result.stderr)
  t.equal(await readFile(join(b.dir, 'bootfs/autoboot.txt'), 'utf8'), AUTOBOOT(3, 2))
  t.match(await b.status(), /^committed \S+ partition 3 boots by default; 2 keeps the previous version$/)
  t.same(await b.calls(), [])
})

t.test('on the trial boot an unhealthy appliance is not committed: the board reboots into the old slot', async (t) => {
  const hub = await listening()
  t.teardown(hub.close)
  const cases: [string, (b: Board) => Promise<void>, string, RegExp][] = [
    ['failed', (b) => b.qms({ active: false }), hub.port, /qms\.service is failed/],
    ['restarting', (b) => b.qms({ active: true, restarts: 2 }), hub.port, /qms\.service restarted 2 times/],
    ['hub not listening', async () => {}, '1', /the hub does not accept connections on port 1/],
  ]
  for (const [name, set, port, reason] of cases) {
    const b = await board()
    await b.booted(3, true)
    await set(b)
    const result = await run('qms-ab-commit', [], { ...b.env, QMS_AB_HUB_PORT: port, QMS_AB_HEALTH_TIMEOUT: '1' })
    t.equal(result.code, 1, name)
    t.equal(await readFile(join(b.dir, 'bootfs/autoboot.txt'), 'utf8'), AUTOBOOT(2, 3), `${name}: not committed`)
    t.same(await b.calls(), ['systemctl reboot'], `${name}: a normal reboot, which boots partition 2`)
    const status = await b.status()
    t.match(status, /^failed \S+ on partition 3 after 1 s: /, name)
    t.match(status, reason, name)
    t.match(status, /rebooting into partition 2$/, name)
  }
})

t.test('a board with no site config yet is judged on the operating system alone', async (t) => {
  const b = await board()
  await b.booted(3, true)
  await b.qms({ active: false, configured: false })
  const result = await run('qms-ab-commit', [], { ...b.env, QMS_AB_HUB_PORT: '1' })
  t.equal(result.code, 0, result.stderr)
  t.equal(await readFile(join(b.dir, 'bootfs/autoboot.txt'), 'utf8'), AUTOBOOT(3, 2))
})

t.test('a normal boot after a trial that never committed reports the roll-back, and touches nothing', async (t) => {
  const b = await board()
  await writeFile(join(b.dir, 'state/status'), 'trying 2026-01-01T00:00:00Z x on partition 3\n')
  const result = await run('qms-ab-commit', [], b.env)
  t.equal(result.code, 0, result.stderr)
  t.match(
    await b.status(),
    /^rolled-back \S+ the trial boot did not commit \(crash, hang or power cut\); running partition 2 again$/,
  )
  t.equal(await readFile(join(b.dir, 'bootfs/autoboot.txt'), 'utf8'), AUTOBOOT(2, 3))
  t.same(await b.calls(), [])

  const quiet = await board()
  t.equal((await run('qms-ab-commit', [], quiet.env)).code, 0)
  await t.rejects(quiet.status(), 'an ordinary boot writes no status')
})
