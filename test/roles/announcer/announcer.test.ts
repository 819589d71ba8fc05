/**
 * The announcer role on a real broker, with the real aplay into an ALSA
 * file device that appends every stream it is given: the captured audio
 * must be each call's announcement, in order, once, each padded by aplay to
 * whole 125 ms periods (see test/drivers/audio/aplay-audio.test.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import t, { type Test } from 'tap'
import { callAnnouncement } from '../../../firmware/language/call-words.ts'
import { PASSWORD, startBroker } from '../../fixtures/broker.ts'
import { BusClient } from '../../../firmware/bus/client.ts'
import { topics } from '../../../firmware/bus/topics.ts'
import type { AnnouncerConfig } from '../../../firmware/site/config/schema.ts'
import { AplayAudio } from '../../../firmware/drivers/audio/aplay-audio.ts'
import { loadClips } from '../../../firmware/roles/announcer/clip-library.ts'
import pino from 'pino'
import type { DeviceHealth } from '../../../firmware/contract/states.ts'
import { AnnouncerRole } from '../../../firmware/roles/announcer/announcer.ts'
import type { QueuedCall } from '../../../firmware/roles/announcer/announcement-queue.ts'
import { alsaRig, clipSet, rawOf } from '../../harness/clip-set.ts'
import { demoConfig } from '../../fixtures/site.ts'
import { intlZones } from '../../fixtures/zones.ts'

const PERIOD_BYTES = 2756 * 2
const logger = pino({ level: 'silent' })
const rig = alsaRig()
rig.use()
t.teardown(() => execFileSync('rm', ['-rf', rig.dir]))
const site = topics('marina-branch')
const ANNOUNCER = 'box-announcer'
const COUNTER_NAMES: Record<string, string> = { c1: '1', c2: '2', c3: '3' }

const clipCache = new Map<string, Buffer>()
/** A call as the device must receive it: the clip files, then aplay's silence to a whole period. */
function heard(dir: string, label: string, counter: string, volume = 1): Buffer {
  const a = callAnnouncement({ label, counterName: COUNTER_NAMES[counter]!, place: 'counter', numbers: 'words' }, [
    'ar',
    'en',
  ])
  const pcm = Buffer.concat(
    a.parts.flatMap((p) =>
      p.words.map((w) => {
        const file = join(dir, w === 'chime' ? 'common' : p.lang, `${w}.wav`)
        if (!clipCache.has(file)) clipCache.set(file, rawOf(file))
        return clipCache.get(file)!
      }),
    ),
  )
  if (volume !== 1) for (let i = 0; i < pcm.length; i += 2) pcm.writeInt16LE(Math.round(pcm.readInt16LE(i) * volume), i)
  return Buffer.concat([pcm, Buffer.alloc((PERIOD_BYTES - (pcm.length % PERIOD_BYTES)) % PERIOD_BYTES)])
}

async function setup(t: Test, announcer: Partial<AnnouncerConfig>, clock: () => number) {
  const dir = await clipSet()
  const broker = await startBroker(
    [
      { id: 'hub', role: 'hub', board: 'main' },
      { id: 'watcher', role: 'hub', board: 'main' },
      { id: ANNOUNCER, role: 'announcer', board: 'box' },
    ],
    { site: site.root.split('/')[2]! },
  )
  t.teardown(() => broker.stop())
  const url = `mqtt://127.0.0.1:${broker.port}`
  // Plays the hub: publishes durable call events as hub-bus does.
  const hub = new BusClient({ url, device: 'hub', username: 'hub', password: PASSWORD, topics: site, logger })
  await hub.start()
  t.teardown(() => hub.stop())
  const config = demoConfig()
  const output = { driver: 'aplay' as const, device: 'capture', clips: dir }
  const settings: AnnouncerConfig = { output, place: 'counter', numbers: 'words', volume: [], ...announcer }
  const audio = new AplayAudio({
    device: output.device,
    clips: () => loadClips({ dir, languages: config.site.languages }),
    logger,
  })
  const bus = new BusClient({
    url,
    device: 'box-announcer',
    username: 'box-announcer',
    password: PASSWORD,
    topics: site,
    logger,
  })
  await bus.start()
  t.teardown(() => bus.stop())
  const role = new AnnouncerRole({
    zones: intlZones,
    site: config.site,
    counters: config.counters,
    announcer: settings,
    audio,
    bus,
    topics: site,
    logger,
    clock,
    retryMs: 50,
  })
  await role.start()
  t.teardown(() => role.stop())
  const announced: QueuedCall[] = []
  role.on('announced', (c) => announced.push(c))
  let seq = 0
  const call = (label: string, counter: string, recall = false) =>
    hub.publish('event', site.event('ticket.called'), {
      type: 'ticket.called',
      at: clock(),
      id: `x-${label}`,
      counter,
      recall,
      seq: ++seq,
      label,
    })
  const until = async (n: number) => {
    while (announced.length < n) await new Promise((r) => setTimeout(r, 10))
  }
  writeFileSync(rig.captured, '')
  return { dir, url, call, announced, until, role }
}

// 2026-11-22 is a Sunday; Asia/Dubai is UTC+4.
const at = (hhmm: string) => Date.parse(`2026-11-22T${hhmm}:00+04:00`)

t.test('a flood of calls: each heard once, in order, none lost', async (t) => {
  const { dir, call, announced, until } = await setup(t, {}, Date.now)
  const calls = Array.from({ length: 40 }, (_, i) => ({
    label: `${'ABC'[i % 3]}${String(i + 1).padStart(3, '0')}`,
    counter: `c${(i % 3) + 1}`,
  }))
  await Promise.all(calls.map((c) => call(c.label, c.counter)))
  await until(calls.length)
  t.same(
    announced.map((c) => c.label),
    calls.map((c) => c.label),
    'announced in the order called',
  )
  const captured = readFileSync(rig.captured)
  const want = Buffer.concat(calls.map((c) => heard(dir, c.label, c.counter)))
  t.equal(captured.length, want.length, 'nothing more, nothing less reached the device')
  t.ok(captured.equals(want), 'the captured audio is every announcement in order, sample for sample')
})

t.test(
  'speaker down: health published, calls wait and merge, a recall of a heard call repeats, retried until it plays',
  async (t) => {
    rig.write('broken')
    t.teardown(() => rig.write('working'))
    const { dir, url, call, announced, until } = await setup(t, {}, Date.now)
    const healths: DeviceHealth[] = []
    const watcher = new BusClient({
      url,
      device: 'watcher',
      username: 'watcher',
      password: PASSWORD,
      topics: site,
      logger,
    })
    await watcher.start()
    t.teardown(() => watcher.stop())
    await watcher.subscribe('deviceHealth', site.deviceHealth(ANNOUNCER), (h) => healths.push(h))
    await call('A001', 'c1')
    await call('A002', 'c2')
    await call('A002', 'c3', true) // recalled before it was heard: merged, sent to counter 3
    // The first try has failed once the health says so: wait for that, not for a time.
    while (!healths.at(-1)?.problems) await new Promise((r) => setTimeout(r, 10))
    t.equal(announced.length, 0, 'nothing announced while the device is missing')
    t.match(
      healths.at(-1),
      {
        device: ANNOUNCER,
        online: true,
        problems: [/^speaker: aplay on capture failed \(exit 1\).*Unknown PCM capture/s],
      },
      'health says what is wrong',
    )
    rig.write('working')
    await until(2)
    t.same(
      announced.map((c) => [c.label, c.counter]),
      [
        ['A001', 'c1'],
        ['A002', 'c3'],
      ],
      'both calls, the merged one once, at its newest counter',
    )
    await call('A002', 'c3', true)
    await until(3)
    t.same(
      announced.map((c) => c.label),
      ['A001', 'A002', 'A002'],
      'a recall after it was heard is heard again',
    )
    t.match(healths.at(-1), { device: ANNOUNCER, online: true }, 'health is good again')
    t.equal(healths.at(-1)!.problems, undefined, 'with no problems listed')
    const want = Buffer.concat([heard(dir, 'A001', 'c1'), heard(dir, 'A002', 'c3'), heard(dir, 'A002', 'c3')])
    t.ok(readFileSync(rig.captured).equals(want), 'the device got exactly those three')
  },
)

t.test('quiet outside the announcer hours; volume by time of day', async (t) => {
  let now = at('07:00')
  const { dir, call, announced, until } = await setup(
    t,
    {
      hours: [{ days: [1, 2, 3, 4, 5, 6, 7], from: '08:00', to: '18:00' }],
      volume: [
        { from: '08:00', percent: 100 },
        { from: '12:00', percent: 50 },
      ],
    },
    () => now,
  )
  await call('A001', 'c1')
  now = at('09:00')
  await call('A002', 'c1')
  await until(1)
  now = at('13:00')
  await call('A003', 'c2')
  await until(2)
  t.same(
    announced.map((c) => c.label),
    ['A002', 'A003'],
    'the 07:00 call stayed quiet',
  )
  const want = Buffer.concat([heard(dir, 'A002', 'c1'), heard(dir, 'A003', 'c2', 0.5)])
  t.ok(readFileSync(rig.captured).equals(want), 'full volume at 09:00, half at 13:00')
})
