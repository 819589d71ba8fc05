/**
 * A USB import, traced: the built bundle's `qms usb-import` applies
 * revision 2 of a signed bundle over revision 1. Every crash state must
 * leave `current` naming revision 1 or 2 with every file of that revision's
 * bundle whole, and revision 2 once the import printed APPLIED.
 */
import { spawnSync } from 'node:child_process'
import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigStore } from '../../../firmware/site/bundle/config-store.ts'
import { BUNDLE_DIR } from '../../../firmware/site/bundle/manifest.ts'
import { usbImport as importBundle } from '../../../firmware/shell/usb/usb-import.ts'
import { signedStick, workspace } from '../../site/bundle/signed-bundle.ts'
import { QMS_BUNDLE } from '../hub-process.ts'
import type { CrashState } from './crash-model.ts'
import type { Trace } from './fs-ops.ts'
import { readRun, straceCommand } from './strace-run.ts'
import { readTree } from './tree-io.ts'
import { intlZones } from '../../fixtures/zones.ts'

export interface ImportRun {
  trace: Trace
  /** Revision → the bundle's files by name, as signed. */
  bundles: Map<number, Map<string, Buffer>>
  /** A stick of revision 3, for the import after the crash, and the keys that verify it. */
  next: { stick: string; keysDir: string }
  /** Removes the sticks and keys. */
  dispose(): Promise<void>
}

/** The import's report line on stdout (firmware/shell/usb/usb-import.ts reportText). */
const APPLIED = /^(APPLIED)$/gm

async function bundleFiles(stick: string): Promise<Map<string, Buffer>> {
  const dir = join(stick, BUNDLE_DIR)
  const files = new Map<string, Buffer>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files.set(path.slice(dir.length + 1), await readFile(path))
  }
  return files
}

function usbImport(ws: { keysDir: string }, stick: string, appliance: string, wrap: string[] = []): void {
  const args = [
    QMS_BUNDLE,
    'usb-import',
    '--mount',
    stick,
    '--keys',
    ws.keysDir,
    '--config-dir',
    join(appliance, 'config'),
    '--data',
    join(appliance, 'data'),
  ]
  const run = spawnSync(
    wrap[0] ?? process.execPath,
    wrap.length > 0 ? [...wrap.slice(1), process.execPath, ...args] : args,
    { encoding: 'utf8', timeout: 120_000 },
  )
  if (run.status !== 0) throw new Error(`qms usb-import exited ${run.status}: ${run.stdout}${run.stderr}`)
}

export async function traceImportRun(): Promise<ImportRun> {
  const ws = await workspace()
  const appliance = join(ws.root, 'appliance')
  const sticks = [
    await signedStick(ws, 'stick1', 1),
    await signedStick(ws, 'stick2', 2, (doc) => (doc.site.name = 'Renamed branch')),
  ]
  usbImport(ws, sticks[0]!, appliance)
  const start = await readTree(appliance)
  const traceFile = join(ws.root, 'import.strace')
  usbImport(ws, sticks[1]!, appliance, straceCommand(traceFile))
  const trace = await readRun(traceFile, appliance, start, APPLIED)
  if (!trace.ops.some((op) => op.t === 'ack')) throw new Error('no APPLIED in the trace of the import')
  const bundles = new Map([
    [1, await bundleFiles(sticks[0]!)],
    [2, await bundleFiles(sticks[1]!)],
  ])
  const next = { stick: await signedStick(ws, 'stick3', 3), keysDir: ws.keysDir }
  return { trace, bundles, next, dispose: () => rm(ws.root, { recursive: true, force: true }) }
}

export async function checkImportState(dir: string, run: ImportRun, state: CrashState): Promise<string[]> {
  let current
  try {
    current = await new ConfigStore(join(dir, 'config')).current()
  } catch (err) {
    return [`the current config cannot be read: ${(err as Error).message}`]
  }
  if (!current) return ['no current config']
  const files = run.bundles.get(current.revision)
  if (!files) return [`current names revision ${current.revision}, neither the old nor the new`]
  const problems: string[] = []
  if (state.acked.has('APPLIED') && current.revision !== 2)
    problems.push(`APPLIED was printed but current is revision ${current.revision}`)
  for (const [name, bytes] of files) {
    const found = await readFile(join(current.dir, name)).catch((err: NodeJS.ErrnoException) => err)
    if (found instanceof Error) problems.push(`revision ${current.revision}: ${name} ${found.code}`)
    else if (!found.equals(bytes))
      problems.push(
        `revision ${current.revision}: ${name} differs from the signed bundle (${found.length} of ${bytes.length} bytes)`,
      )
  }
  if (problems.length > 0) return problems
  // What the crash left (a lock, a half-made release) must not stop the technician's next stick.
  const next = await importBundle({
    zones: intlZones,
    mount: run.next.stick,
    keysDir: run.next.keysDir,
    configDir: join(dir, 'config'),
    dataDir: join(dir, 'data'),
  })
  if (next.outcome !== 'applied') problems.push(`the next import was refused: ${next.lines.join('; ')}`)
  return problems
}
