import t, { type Test } from 'tap'
import { readdir, readFile, readlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import pino from 'pino'
import { ConfigStore } from '../../../firmware/site/bundle/config-store.ts'
import { reportText, usbImport } from '../../../firmware/shell/usb/usb-import.ts'
import { loadConfig } from '../../../firmware/site/config/load.ts'
import { engineConfig } from '../../../firmware/site/config/engine-slice.ts'
import { Hub } from '../../../firmware/hub/hub.ts'
import { demoConfig } from '../../fixtures/site.ts'
import { signedStick, workspace, type Workspace } from '../../site/bundle/signed-bundle.ts'
import { intlZones } from '../../fixtures/zones.ts'

// Sunday 2026-11-22, 10:00 in Dubai: the branch is open and the day has begun.
const now = Date.UTC(2026, 10, 22, 6, 0)
let reqs = 0
const req = () => `r${++reqs}`

function importFrom(ws: Workspace, stick: string) {
  return usbImport({
    zones: intlZones,
    mount: stick,
    keysDir: ws.keysDir,
    configDir: join(ws.root, 'config'),
    dataDir: join(ws.root, 'data'),
    now: () => now,
  })
}

/** The hub as it runs on the appliance, with its journal in the data folder. */
async function liveHub(ws: Workspace, t: Test): Promise<Hub> {
  const hub = new Hub({
    engine: engineConfig(demoConfig(), intlZones),
    journalDir: join(ws.root, 'data', 'journal'),
    snapshotEvery: 100,
    retentionDays: 400,
    logger: pino({ level: 'silent' }),
    clock: () => now,
  })
  await hub.start()
  t.teardown(() => hub.stop())
  return hub
}

/** The demo site without the loans service (and the buttons and counter lists that name it). */
function withoutLoans(doc: Record<string, any>): void {
  doc.services = doc.services.filter((s: { id: string }) => s.id !== 'loans')
  doc.counters[2].services = ['accounts']
  doc.board.dispenser.buttons = doc.board.dispenser.buttons.filter((b: { service: string }) => b.service !== 'loans')
}

t.test(
  'a new appliance takes the first bundle; later ones replace it, keeping the previous for rollback',
  async (t) => {
    const ws = await workspace()
    const first = await importFrom(ws, await signedStick(ws, 'stick1', 1))
    t.equal(first.outcome, 'applied', first.lines.join('\n'))
    t.match(first.lines.join('\n'), /no earlier config to keep/)
    const store = new ConfigStore(join(ws.root, 'config'))
    t.equal((await loadConfig(store.configFile, intlZones)).site.id, 'marina-branch')

    const second = await importFrom(ws, await signedStick(ws, 'stick2', 2, (doc) => (doc.ticket.footer = 'New footer')))
    t.equal(second.outcome, 'applied', second.lines.join('\n'))
    t.match(second.lines.join('\n'), /revision 1 is kept: qms config rollback returns to it/)
    t.equal((await loadConfig(store.configFile, intlZones)).ticket.footer, 'New footer')
    t.equal(await readlink(join(ws.root, 'config', 'current')), 'releases/2')

    const back = await store.rollback()
    t.same([back.from.revision, back.to.revision], [2, 1])
    t.equal((await loadConfig(store.configFile, intlZones)).ticket.footer, demoConfig().ticket.footer)
    await store.rollback()
    t.equal((await store.current())?.revision, 2, 'a second rollback undoes the first')

    const third = await importFrom(ws, await signedStick(ws, 'stick3', 3))
    t.equal(third.outcome, 'applied')
    t.same(
      (await readdir(join(ws.root, 'config', 'releases'))).sort(),
      ['2', '3'],
      'only current and previous are kept',
    )
  },
)

t.test('refusals leave the running config as it was', async (t) => {
  const ws = await workspace()
  await importFrom(ws, await signedStick(ws, 'stick5', 5))
  const store = new ConfigStore(join(ws.root, 'config'))
  const before = await readFile(store.configFile, 'utf8')

  const older = await importFrom(ws, await signedStick(ws, 'old', 4))
  t.equal(older.outcome, 'refused')
  t.match(older.lines.join('\n'), /revision 4 is older than the running revision 5/)

  const stranger = await workspace()
  const foreign = await importFrom(ws, await signedStick(stranger, 'foreign', 6))
  t.equal(foreign.outcome, 'refused')
  t.match(foreign.lines.join('\n'), /which this appliance does not trust/)

  const tampered = await signedStick(ws, 'tampered', 7)
  await writeFile(join(tampered, 'qms-bundle', 'config.yaml'), 'version: 1\n')
  t.match((await importFrom(ws, tampered)).lines.join('\n'), /config\.yaml is \d+ bytes but was signed at \d+/)

  t.equal(await readFile(store.configFile, 'utf8'), before)
  t.equal((await store.current())?.revision, 5)
})

t.test(
  'the dry run refuses to remove a service tickets wait for, or a counter that is serving, and names them',
  async (t) => {
    const ws = await workspace()
    await importFrom(ws, await signedStick(ws, 'stick1', 1))
    const hub = await liveHub(ws, t)
    for (const service of ['loans', 'loans', 'deposits'])
      t.equal((await hub.execute({ req: req(), type: 'issue', service }, 'box')).status, 'ok')
    t.equal((await hub.execute({ req: req(), type: 'callNext', counter: 'c2' }, 'desk2')).status, 'ok')

    const result = await importFrom(ws, await signedStick(ws, 'stick2', 2, withoutLoans))
    t.equal(result.outcome, 'refused')
    t.match(result.lines.join('\n'), /service "loans" is removed, but 2 tickets still wait for it \(B001, B002\)/)
    t.match(result.notes.join('\n'), /3 open tickets in the live queue/)

    const noC2 = await importFrom(
      ws,
      await signedStick(ws, 'stick3', 3, (doc) => {
        doc.counters = doc.counters.filter((c: { id: string }) => c.id !== 'c2')
        doc.board.counters = doc.board.counters.filter((c: { counter: string }) => c.counter !== 'c2')
        doc.board.displays = doc.board.displays.filter((d: { counter?: string }) => d.counter !== 'c2')
      }),
    )
    t.equal(noC2.outcome, 'refused')
    t.match(noC2.lines.join('\n'), /counter "c2" is removed, but it is serving or has been sent A001/)
    t.equal((await new ConfigStore(join(ws.root, 'config')).current())?.revision, 1)

    // Once the loans tickets are served, the same change goes through.
    for (let i = 0; i < 2; i++) {
      t.equal((await hub.execute({ req: req(), type: 'callNext', counter: 'c3' }, 'desk3')).status, 'ok')
      t.equal((await hub.execute({ req: req(), type: 'finish', counter: 'c3' }, 'desk3')).status, 'ok')
    }
    const later = await importFrom(ws, await signedStick(ws, 'stick4', 4, withoutLoans))
    t.equal(later.outcome, 'applied', later.lines.join('\n'))
    t.match(later.notes.join('\n'), /1 open ticket in the live queue carry over unchanged/)
  },
)

t.test('a running config that no longer loads does not block the stick that fixes it', async (t) => {
  const ws = await workspace()
  await importFrom(ws, await signedStick(ws, 'stick1', 1))
  const store = new ConfigStore(join(ws.root, 'config') + '/')
  const file = join(
    await readlink(join(ws.root, 'config', 'current')).then((target) => join(ws.root, 'config', target)),
    'config.yaml',
  )
  await writeFile(file, 'version: 1\n')
  const fixed = await importFrom(ws, await signedStick(ws, 'stick2', 2))
  t.equal(fixed.outcome, 'applied', fixed.lines.join('\n'))
  t.match(fixed.notes.join('\n'), /the running config does not load/)
  t.equal((await store.current())?.revision, 2, 'a config folder given with a trailing slash reads the same')
  await store.rollback()
  t.equal(await readlink(join(ws.root, 'config', 'current')), 'releases/1', 'links stay relative to the folder')
})

t.test('a step that fails is reported like a refusal, never thrown', async (t) => {
  const ws = await workspace()
  await writeFile(join(ws.root, 'config'), 'a file where the config folder should be')
  const result = await importFrom(ws, await signedStick(ws, 'stick', 1))
  t.equal(result.outcome, 'refused')
  // The first step to fail is taking the import lock in that folder (mkdir: EEXIST).
  t.match(
    result.lines.join('\n'),
    /the import stopped with an error: .*(ENOTDIR|EEXIST).*; after it, the config folder cannot be read either/,
  )
})

t.test('the report reads as applied or refused with every reason', async (t) => {
  const at = new Date(now)
  const refused = reportText({ outcome: 'refused', lines: ['one', 'two'], notes: ['running: x'] }, at)
  t.match(refused, /REFUSED — the running config is unchanged\. Every reason:\n {2}- one\n {2}- two/)
  t.match(
    reportText({ outcome: 'applied', lines: ['revision 3'], notes: [] }, at),
    /^qms usb-import 2026-11-22T06:00:00\.000Z\n\nAPPLIED\n {2}revision 3/,
  )
})
