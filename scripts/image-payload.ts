/**
 * `npm run image-payload -- [--out FILE] [--arch arm64] [--no-build] [--clips DIR]`
 *
 * Assembles the firmware payload that image-build/layer/qms-appliance.yaml
 * unpacks onto the image's root (docs/image.md): a gzipped tar laid out as
 * installed —
 *
 *   usr/lib/qms/qms.mjs                 the bundle (npm run build)
 *   usr/lib/qms/chunks/*.mjs            its code-split parts, loaded when a subcommand or role needs them
 *   usr/lib/qms/node_modules/…          the native modules it loads, for --arch
 *   usr/lib/qms/*.sh                    systemd/'s scripts
 *   usr/lib/systemd/system/*.service    systemd/'s units
 *   usr/lib/udev/rules.d/*.rules        systemd/'s udev rules
 *   usr/share/qms/clips/…               the default clip set (qms clips build)
 *   usr/share/qms/payload.json          version, commit, arch and the SHA-256 of every file above
 *   usr/share/qms/payload.sha256        the same hashes for `sha256sum -c` (the layer checks with it)
 *
 * --no-build takes dist/qms.mjs as it is; --clips DIR takes a built clip set
 * instead of building one (about 4 s for all four languages).
 */
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmod, copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { copyRuntimeModules, linuxTuple } from './payload-modules.ts'

const ROOT = resolve(import.meta.dirname, '..')

export interface PayloadManifest {
  name: 'qms-payload'
  version: string
  commit: string | null
  arch: string
  node: string
  files: { path: string; sha256: string; size: number; mode: string }[]
}

/** Where each kind of file in systemd/ is installed. */
function installPath(file: string): string {
  if (file.endsWith('.service')) return `usr/lib/systemd/system/${file}`
  if (file.endsWith('.rules')) return `usr/lib/udev/rules.d/${file}`
  if (file.endsWith('.sh')) return `usr/lib/qms/${file}`
  throw new Error(`systemd/${file}: not a .service, .rules or .sh file, so the payload has no place for it`)
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort()
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', '--short=12', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return null // a source tarball without .git: the version alone names the build
  }
}

async function manifestOf(stage: string, arch: string): Promise<PayloadManifest> {
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'))
  const files = []
  for (const path of await filesUnder(stage)) {
    const bytes = await readFile(join(stage, path))
    const { mode } = await stat(join(stage, path))
    files.push({
      path,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.length,
      mode: (mode & 0o777).toString(8),
    })
  }
  return { name: 'qms-payload', version: pkg.version, commit: gitCommit(), arch, node: pkg.engines.node, files }
}

export async function assemblePayload(opts: {
  out: string
  arch: string
  build: boolean
  clips?: string
}): Promise<PayloadManifest> {
  linuxTuple(opts.arch) // refuse an unknown arch before any work
  const run = (file: string, args: string[]) =>
    execFileSync(file, args, { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] })
  if (opts.build) run(process.execPath, ['scripts/build.mjs'])
  const bundle = join(ROOT, 'dist/qms.mjs')
  await stat(bundle).catch(() => {
    throw new Error(`${bundle} is missing: run npm run build (or leave out --no-build)`)
  })

  const stage = await mkdtemp(join(tmpdir(), 'qms-payload-'))
  try {
    const lib = join(stage, 'usr/lib/qms')
    await mkdir(lib, { recursive: true })
    await copyFile(bundle, join(lib, 'qms.mjs'))
    await chmod(join(lib, 'qms.mjs'), 0o755)
    // Source maps stay behind: the device does not run with --enable-source-maps.
    await cp(join(ROOT, 'dist/chunks'), join(lib, 'chunks'), {
      recursive: true,
      filter: (from) => !from.endsWith('.map'),
    })
    for (const file of await readdir(join(ROOT, 'systemd'))) {
      const to = join(stage, installPath(file))
      await mkdir(dirname(to), { recursive: true })
      await copyFile(join(ROOT, 'systemd', file), to)
      await chmod(to, file.endsWith('.sh') ? 0o755 : 0o644)
    }
    const clips = join(stage, 'usr/share/qms/clips')
    if (opts.clips) {
      await stat(join(opts.clips, 'manifest.json')).catch(() => {
        throw new Error(`--clips ${opts.clips}: no manifest.json there, so it is not a built clip set`)
      })
      await cp(opts.clips, clips, { recursive: true })
    } else {
      run(process.execPath, [bundle, 'clips', 'build', '--out', clips])
    }
    await copyRuntimeModules(ROOT, join(lib, 'node_modules'), opts.arch)

    const manifest = await manifestOf(stage, opts.arch)
    await writeFile(join(stage, 'usr/share/qms/payload.json'), `${JSON.stringify(manifest, null, 1)}\n`)
    await writeFile(
      join(stage, 'usr/share/qms/payload.sha256'),
      manifest.files.map((f) => `${f.sha256}  ${f.path}\n`).join(''),
    )
    await mkdir(dirname(opts.out), { recursive: true })
    // Sorted names, root-owned, fixed times: the same tree gives the same tarball.
    run('tar', [
      '--sort=name',
      '--owner=0',
      '--group=0',
      '--numeric-owner',
      '--mtime=@0',
      '-I',
      'gzip -n',
      '-cf',
      opts.out,
      '-C',
      stage,
      'usr',
    ])
    return manifest
  } finally {
    await rm(stage, { recursive: true, force: true })
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      arch: { type: 'string', default: process.arch },
      'no-build': { type: 'boolean', default: false },
      clips: { type: 'string' },
    },
  })
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'))
  const out = resolve(values.out ?? join(ROOT, 'dist/image', `qms-payload-${pkg.version}-${values.arch}.tar.gz`))
  const manifest = await assemblePayload({
    out,
    arch: values.arch,
    build: !values['no-build'],
    clips: values.clips && resolve(values.clips),
  })
  const bytes = manifest.files.reduce((n, f) => n + f.size, 0)
  process.stdout.write(
    `${out}: ${manifest.files.length} files, ${(bytes / 1048576).toFixed(1)} MiB unpacked, version ${manifest.version} (${manifest.commit ?? 'no commit'}), ${manifest.arch}\n`,
  )
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  main().catch((err: Error) => {
    process.stderr.write(`image-payload: ${err.message}\n`)
    process.exitCode = 1
  })
}
