/**
 * How a USB import ended, seen where the technician looks: the hall display's
 * last row for configNoticeSeconds, and the status slip. A real import
 * (shell/usb/usb-import.ts) leaves its outcome in the config folder; the hub
 * publishes it on state/config at start and on a reload; the display and the
 * ticket box read it over the embedded broker, with its access list.
 */
import t from 'tap'
import { Words } from '../../firmware/language/messages/words.ts'
import { once } from 'node:events'
import { appendFile } from 'node:fs/promises'
import { join } from 'node:path'
import pino from 'pino'
import type { Appliance } from '../../firmware/shell/app.ts'
import { loadRunningConfig } from '../../firmware/site/bundle/running-config.ts'
import { ConfigStore } from '../../firmware/site/bundle/config-store.ts'
import { usbImport } from '../../firmware/shell/usb/usb-import.ts'
import type { DisplayContent } from '../../firmware/drivers/display/display.ts'
import { LiveAppliance } from '../../firmware/shell/service/live-appliance.ts'
import { signedStick, workspace, type Workspace } from '../site/bundle/signed-bundle.ts'
import { intlZones } from '../fixtures/zones.ts'

const logger = pino({ level: 'silent' })
let now = Date.UTC(2026, 10, 22, 6, 0)

function hallShows(app: Appliance, match: (c: DisplayContent) => boolean): Promise<DisplayContent> {
  const hall = app.drivers.simulated.displays.get('hall')!
  if (match(hall.content)) return Promise.resolve(hall.content)
  return new Promise((resolve) => {
    const listener = (content: DisplayContent) => {
      if (!match(content)) return
      hall.off('shown', listener)
      resolve(content)
    }
    hall.on('shown', listener)
  })
}

// The demo site's displays speak its first language, Arabic (the slips its staff's, English).
const hallWords = new Words('ar')
const APPLIED_12 = hallWords.text('display.config.applied', { revision: '12' })
const REFUSED_SIGNATURE = hallWords.text('display.config.refused', { why: hallWords.text('refusal.signature') })

const lastRow = (row: string) => (c: DisplayContent) => c.rows.at(-1) === row

async function statusSlip(app: Appliance): Promise<string> {
  const printer = app.drivers.simulated.printers[0]!
  const printed = once(printer, 'printed')
  app.drivers.simulated.inputs.get('dispenser')!.chord(['deposits', 'accounts'])
  return (await printed)[0] as string
}

function importFrom(ws: Workspace, stick: string) {
  const dataDir = join(ws.root, 'data')
  return usbImport({
    zones: intlZones,
    mount: stick,
    keysDir: ws.keysDir,
    configDir: join(dataDir, 'config'),
    dataDir,
    now: () => now,
  })
}

t.test('the hall display and the status slip show the last import: applied, then refused', async (t) => {
  const ws = await workspace()
  const dataDir = join(ws.root, 'data')
  const noticeSeconds = (doc: Record<string, any>) =>
    (doc.board.displays.find((d: { id: string }) => d.id === 'hall').configNoticeSeconds = 1)
  t.equal((await importFrom(ws, await signedStick(ws, 'stick12', 12, noticeSeconds))).outcome, 'applied')

  const configFile = new ConfigStore(join(dataDir, 'config')).configFile
  const running = await loadRunningConfig(configFile, intlZones)
  t.equal(running.revision, 12, 'the revision is read from the verified manifest beside the file')
  const live = new LiveAppliance({ zones: intlZones, configFile, dataDir, logger, running, clock: () => now })
  await live.start()
  t.teardown(() => live.stop())

  const applied = await hallShows(live.app, lastRow(APPLIED_12))
  t.equal(applied.rows.length, 1, 'no calls yet: the notice alone')
  const slip = await statusSlip(live.app)
  t.match(slip, /Config revision 12/)
  t.match(slip, /Last import: applied r12, 22 Nov 2026/)

  // A call takes the top row; the notice keeps the last one while it lasts.
  const ticket = once(live.app.drivers.simulated.printers[0]!, 'printed')
  live.app.drivers.simulated.inputs.get('dispenser')!.press('deposits')
  await ticket
  live.app.drivers.simulated.inputs.get('counter:c1')!.press('next')
  t.same((await hallShows(live.app, (c) => c.rows[0] === 'A001 → 1')).rows, ['A001 → 1', APPLIED_12])
  // Its second is over (the clock moved on): the next repaint leaves it out.
  now += 2000
  t.same((await hallShows(live.app, (c) => !c.rows.includes(APPLIED_12))).rows, ['A001 → 1'])

  // A stick signed by a key this appliance does not trust: refused, and the hub, reloaded, shows why.
  const stranger = await workspace()
  const refused = await importFrom(ws, await signedStick(stranger, 'foreign', 13, noticeSeconds))
  t.match(refused, { outcome: 'refused', refusal: 'signature' })
  t.equal((await live.reload()).outcome, 'unchanged', 'the config file is the same: the roles keep running')
  await hallShows(live.app, lastRow(REFUSED_SIGNATURE))
  const after = await statusSlip(live.app)
  t.match(after, /Config revision 12/)
  t.match(after, /Last import: refused \(signature\)/)
  t.match(after, /signed with key [0-9a-f]{16}, which this[\s│]+appliance does not trust/)
})

t.test('a config file that is not a bundle has no revision; no import yet is said so', async (t) => {
  const ws = await workspace()
  const stick = await signedStick(ws, 'plain', 3)
  // The same bytes without their manifest: a revision is only what a verified manifest says.
  const running = await loadRunningConfig(join(stick, 'qms-bundle', 'config.yaml'), intlZones)
  t.equal(running.revision, 3)
  await appendFile(join(stick, 'qms-bundle', 'config.yaml'), '\n# edited by hand\n')
  const edited = await loadRunningConfig(join(stick, 'qms-bundle', 'config.yaml'), intlZones)
  t.equal(edited.revision, null, 'edited after signing: not that revision any more')
  t.equal(edited.hash, running.hash, 'a comment does not change the config')

  const live = new LiveAppliance({
    zones: intlZones,
    configFile: join(stick, 'qms-bundle', 'config.yaml'),
    dataDir: join(ws.root, 'data'),
    logger,
    running: edited,
    clock: () => now,
  })
  await live.start()
  t.teardown(() => live.stop())
  const slip = await statusSlip(live.app)
  t.match(slip, /Config revision none \(not a bundle\)/)
  t.match(slip, /Last import: none/)
})

t.test("who may read state/config: the hub's devices and staff screens, not a public page", async (t) => {
  const { grantsOf, maySubscribe } = await import('../../firmware/bus/access-list.ts')
  const root = 'qms/v1/site'
  const read = (who: Parameters<typeof grantsOf>[0]) => maySubscribe(grantsOf(who), root, `${root}/state/config`)
  t.ok(read({ role: 'display', id: 'hall-display', board: 'hall' }))
  t.ok(read({ role: 'dispenser', id: 'box-dispenser', board: 'box' }))
  t.ok(read({ role: 'viewer', id: 'dash' }))
  t.notOk(read({ role: 'public', id: 'web' }), 'refusal reasons name keys and paths: not for the public')
  t.notOk(read({ role: 'counter', id: 'k-counter-c1', board: 'k', counter: 'c1' }))
})
