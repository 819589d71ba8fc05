/**
 * The config writers under power cuts that lose what was not synced: the
 * built `qms usb-import` and `qms config rollback` run as processes on a
 * config folder on the lazy file system (test/harness/lazyfs.py), and the
 * power goes after their k-th file-system operation, for k from 0 up until
 * the command finishes before it (in strides from a random start;
 * QMS_CUT_STRIDE=1 cuts after every operation). After each cut the config store, last-import.json and
 * the import lock are what a technician may rely on: the running config is
 * the old release or the new one, whole; an import that said "applied" is
 * applied; a partly written file never replaces a good one; and the next
 * import is not refused as "busy" by a lock the cut left behind.
 */
import t from 'tap'
import { spawn } from 'node:child_process'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigStore } from '../../../firmware/site/bundle/config-store.ts'
import { readImportOutcome } from '../../../firmware/site/bundle/import-outcome.ts'
import { EXIT } from '../../../firmware/shell/cli/usb-import.ts'
import { loadConfig } from '../../../firmware/site/config/load.ts'
import { fsyncDir } from '../../../firmware/journal/durable-fs.ts'
import { QMS_BUNDLE } from '../../harness/hub-process.ts'
import { LazyFs, type CutMode } from '../../harness/lazy-fs.ts'
import { signedStick, workspace } from '../../site/bundle/signed-bundle.ts'
import { intlZones } from '../../fixtures/zones.ts'

const STRIDE = Math.max(1, Number(process.env.QMS_CUT_STRIDE ?? 9))
/** Where the strides start, so that runs together cover every operation. */
const OFFSET = Math.floor(Math.random() * STRIDE)
const ws = await workspace()
const first = await signedStick(ws, 'stick1', 1)
const second = await signedStick(ws, 'stick2', 2, (doc) => (doc.ticket.footer = 'Second footer'))
const fs = await LazyFs.mount(join(ws.root, 'fs'))
t.teardown(async () => {
  await fs.unmount()
  await rm(ws.root, { recursive: true, force: true })
})

function qms(args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(QMS_BUNDLE, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout.on('data', (c: Buffer) => (out += c.toString()))
  child.stderr.on('data', (c: Buffer) => (out += c.toString()))
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out })))
}

const importFrom = (site: string, stick: string) =>
  qms([
    'usb-import',
    '--mount',
    stick,
    '--keys',
    ws.keysDir,
    '--config-dir',
    join(site, 'config'),
    '--data',
    join(site, 'data'),
    '--report',
    join(ws.root, 'report.txt'),
  ])

/** A site folder that already runs revision 1, durably. */
async function siteAtRevision1(name: string): Promise<string> {
  const site = join(fs.path, name)
  await mkdir(site)
  await fsyncDir(fs.path)
  const done = await importFrom(site, first)
  if (done.code !== EXIT.APPLIED) throw new Error(`the first import failed: ${done.out}`)
  await fs.cut('all')
  return site
}

/** What the config folder holds after a cut: the running release must load whole. */
async function running(
  site: string,
): Promise<{ revision?: number; footer?: string; outcome?: string; problem?: string }> {
  try {
    const store = new ConfigStore(join(site, 'config'))
    const current = await store.current()
    const config = current && (await loadConfig(store.configFile, intlZones))
    const outcome = await readImportOutcome(join(site, 'config'))
    return {
      ...(current ? { revision: current.revision } : {}),
      ...(config ? { footer: config.ticket.footer } : {}),
      ...(outcome ? { outcome: `${outcome.outcome} ${outcome.revision}` } : {}),
    }
  } catch (err) {
    return { problem: (err as Error).message }
  }
}

t.test('an applied import survives a power cut right after it', async (t) => {
  const site = await siteAtRevision1('plain')
  t.match(await running(site), { revision: 1, outcome: 'applied 1' })
})

t.test(
  'a cut after every k-th operation of an import: old or new config, whole; then the next import goes through',
  async (t) => {
    let finished = false
    for (let k = OFFSET, round = 0; !finished; k += STRIDE, round++) {
      const site = await siteAtRevision1(`import-${k}`)
      const before = await running(site)
      await fs.freeze(k)
      const cut = await importFrom(site, second)
      const mode: CutMode = round % 2 === 0 ? 'all' : 'random'
      const counts = await fs.cut(mode, k)
      finished = counts.refusedAfterFreeze === 0
      const after = await running(site)
      const at = `power gone after operation ${k} (${mode} cut)`
      t.notOk(after.problem, `${at}: the config folder reads (${after.problem})`)
      t.ok(after.revision === 1 || after.revision === 2, `${at}: revision 1 or 2 runs, got ${after.revision}`)
      if (after.revision === 1) t.equal(after.footer, before.footer, `${at}: revision 1 whole`)
      if (after.revision === 2) t.equal(after.footer, 'Second footer', `${at}: revision 2 whole`)
      if (cut.code === EXIT.APPLIED) t.equal(after.revision, 2, `${at}: the import said applied, so revision 2 runs`)

      const again = await importFrom(site, second)
      t.not(
        again.code,
        EXIT.BUSY,
        `${at}: the next import is not refused by a lock the cut left (${again.out.split('\n').slice(0, 4).join(' | ')})`,
      )
      const settled = await running(site)
      t.equal(settled.revision, 2, `${at}: after the next import revision 2 runs`)
      t.match(
        settled.outcome ?? '',
        /^(applied 2|refused undefined)$/,
        `${at}: last-import.json tells of the last import`,
      )
    }
    t.ok(finished, 'the import finished before the power went at the last k')
  },
)

t.test('a cut after every k-th operation of a rollback: one of the two releases runs, whole', async (t) => {
  let finished = false
  for (let k = OFFSET % 4, round = 0; !finished; k += Math.max(1, Math.floor(STRIDE / 2)), round++) {
    const site = await siteAtRevision1(`rollback-${k}`)
    if ((await importFrom(site, second)).code !== EXIT.APPLIED) throw new Error('revision 2 did not apply')
    await fs.cut('all')
    await fs.freeze(k)
    const rolled = await qms(['config', 'rollback', '--config-dir', join(site, 'config')])
    const counts = await fs.cut(round % 2 === 0 ? 'all' : 'random', k)
    finished = counts.refusedAfterFreeze === 0
    const after = await running(site)
    const at = `rollback, power gone after operation ${k}`
    t.notOk(after.problem, `${at}: the config folder reads (${after.problem})`)
    t.ok(after.revision === 1 || after.revision === 2, `${at}: revision 1 or 2 runs, got ${after.revision}`)
    if (rolled.code === 0) t.equal(after.revision, 1, `${at}: the rollback said done, so revision 1 runs`)
    const previous = await new ConfigStore(join(site, 'config')).previous().catch((err: Error) => err)
    t.ok(
      !(previous instanceof Error),
      `${at}: the previous link reads (${previous instanceof Error ? previous.message : ''})`,
    )
    // A cut between the rollback's two renames left both links on one release: the other must still be reachable.
    const again = await qms(['config', 'rollback', '--config-dir', join(site, 'config')])
    t.equal(again.code, 0, `${at}: a second rollback works`)
    t.equal(
      (await running(site)).revision,
      after.revision === 1 ? 2 : 1,
      `${at}: a second rollback reaches the other revision`,
    )
  }
})
