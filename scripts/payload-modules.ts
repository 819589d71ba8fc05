/**
 * The node_modules the bundle loads at run time (esbuild leaves native
 * addons external, scripts/build.mjs), copied for the board's CPU.
 * The dependency closure comes from `npm query` over the installed tree;
 * a prebuilt binary package for another CPU (@napi-rs/canvas-linux-arm64-gnu
 * on an x64 build machine) is fetched from the npm registry with `npm pack`.
 */
import { execFileSync } from 'node:child_process'
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** Externals the appliance loads. echarts is left out: only `qms report --chart`, a desk command, loads it (67 MB). */
export const RUNTIME_MODULES = ['serialport', '@napi-rs/canvas'] as const

/** Node's process.arch → the suffix of glibc Linux prebuilt packages (@napi-rs/canvas-linux-<suffix>). */
const LINUX_TUPLE: Record<string, string> = { x64: 'x64-gnu', arm64: 'arm64-gnu', arm: 'arm-gnueabihf' }
const PREBUILT = /-linux-(x64-gnu|arm64-gnu|arm-gnueabihf)$/

interface QueriedPackage {
  name: string
  version: string
  location: string
  dev?: boolean
}

export function linuxTuple(arch: string): string {
  const tuple = LINUX_TUPLE[arch]
  if (!tuple) throw new Error(`--arch ${arch}: must be one of ${Object.keys(LINUX_TUPLE).join(', ')}`)
  return tuple
}

/** Installed packages the runtime modules need, each once, from the project root. */
function closure(root: string): QueriedPackage[] {
  const names = RUNTIME_MODULES.map((m) => `#${m}`).join(', ')
  const out = execFileSync('npm', ['query', `:is(${names}), :is(${names}) *`], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  })
  const found = (JSON.parse(out) as QueriedPackage[]).filter((p) => !p.dev)
  for (const m of RUNTIME_MODULES) {
    if (!found.some((p) => p.name === m && p.location === `node_modules/${m}`))
      throw new Error(`${m} is not installed: run npm ci first`)
  }
  return found
}

/** Copies the closure into `dest` (…/node_modules), swapping host prebuilt binaries for `arch`'s. Returns the package locations. */
export async function copyRuntimeModules(root: string, dest: string, arch: string): Promise<string[]> {
  const hostTuple = linuxTuple(process.arch)
  const targetTuple = linuxTuple(arch)
  const copied: string[] = []
  for (const pkg of closure(root)) {
    const to = join(dest, pkg.location.replace(/^node_modules\//, ''))
    if (PREBUILT.test(pkg.name) && targetTuple !== hostTuple) {
      const name = pkg.name.replace(PREBUILT, `-linux-${targetTuple}`)
      await fetchPackage(name, pkg.version, to.replace(pkg.name, name))
      copied.push(pkg.location.replace(pkg.name, name))
      continue
    }
    // Nested node_modules are their own entries in the closure.
    await cp(join(root, pkg.location), to, {
      recursive: true,
      filter: (src) => !src.slice(join(root, pkg.location).length).includes('/node_modules'),
    })
    copied.push(pkg.location)
  }
  return copied
}

async function fetchPackage(name: string, version: string, to: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'qms-npm-pack-'))
  try {
    const file = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir, `${name}@${version}`], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n')
      .pop()
    if (!file) throw new Error(`npm pack ${name}@${version} named no file`)
    await mkdir(to, { recursive: true })
    execFileSync('tar', ['-xzf', join(dir, file), '-C', to, '--strip-components=1'])
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
