/**
 * A call event to the first sample aplay has written to its device, for a
 * four-language announcement (ar, en, zh, ru): the hub's `ticket.called`
 * through the real broker, the announcer role, the queue, the clips joined,
 * aplay spawned, its stdin written, and aplay's ALSA file device writing the
 * first period to its capture file (the time inotify reports the file grew,
 * not the time the role wrote to aplay's stdin). One call at a time, so this
 * is latency, not queueing. The file device's slave is `null`, which takes
 * the stream as fast as it comes.
 */
import { type FSWatcher, statSync, unlinkSync, watch } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PASSWORD, startBroker } from '../test/fixtures/broker.ts'
import { BusClient } from '../firmware/bus/client.ts'
import { topics } from '../firmware/bus/topics.ts'
import { AplayAudio } from '../firmware/drivers/audio/aplay-audio.ts'
import { loadClips } from '../firmware/roles/announcer/clip-library.ts'
import pino from 'pino'
import { AnnouncerRole } from '../firmware/roles/announcer/announcer.ts'
import { clipSet } from '../test/harness/clip-set.ts'
import { demoConfig } from '../test/fixtures/site.ts'
import { benchDir } from './bench-dir.ts'
import { median, p99 } from './stats.ts'
import { intlZones } from '../test/fixtures/zones.ts'

/** `call_to_stdin_p50_ms`: the old end point, the first write to aplay's stdin, beside it to show aplay's own start. */
export type CallToAudioResult = {
  call_to_audio_p50_ms: number
  call_to_audio_p99_ms: number
  call_to_stdin_p50_ms: number
}

const CAPTURE = 'capture.raw'

/** The time the capture file, removed before the call, first holds a byte: aplay's device has written a sample. */
function firstSample(dir: string): { at: Promise<number>; watcher: FSWatcher } {
  const file = join(dir, CAPTURE)
  let resolve!: (t: number) => void
  const at = new Promise<number>((r) => (resolve = r))
  const watcher = watch(dir, (_event, name) => {
    if (name !== CAPTURE) return
    const t = performance.now()
    try {
      if (statSync(file).size > 0) resolve(t)
    } catch {} // removed again, or not yet created
  })
  return { at, watcher }
}

export async function measureCallToAudio(calls = 1000): Promise<CallToAudioResult> {
  const dir = await benchDir('audio')
  const captures = join(dir, 'captures')
  await mkdir(captures)
  await writeFile(
    join(dir, 'asound.conf'),
    `pcm.bench { type file slave.pcm { type null } file "${join(captures, CAPTURE)}" format "raw" }\n`,
  )
  process.env.ALSA_CONFIG_PATH = join(dir, 'asound.conf')
  const logger = pino({ level: 'silent' })
  const languages = ['ar', 'en', 'zh', 'ru']
  const config = demoConfig((doc) => {
    doc.site.languages = languages
    for (const s of doc.services) s.names = Object.fromEntries(languages.map((l) => [l, s.id]))
  })
  const site = topics(config.site.id)
  const ANNOUNCER = 'bench-announcer'
  const clips = await clipSet()
  const broker = await startBroker(
    [
      { id: 'hub', role: 'hub', board: 'main' },
      { id: 'watcher', role: 'hub', board: 'main' },
      { id: ANNOUNCER, role: 'announcer', board: 'box' },
    ],
    { site: site.root.split('/')[2]! },
  )
  const url = `mqtt://127.0.0.1:${broker.port}`
  const hub = new BusClient({ url, device: 'hub', username: 'hub', password: PASSWORD, topics: site, logger })
  const bus = new BusClient({
    url,
    device: 'bench-announcer',
    username: 'bench-announcer',
    password: PASSWORD,
    topics: site,
    logger,
  })
  const output = { driver: 'aplay' as const, device: 'bench', clips }
  const audio = new AplayAudio({ device: output.device, clips: () => loadClips({ dir: clips, languages }), logger })
  const role = new AnnouncerRole({
    zones: intlZones,
    site: config.site,
    counters: config.counters,
    announcer: { output, place: 'counter', numbers: 'words', volume: [] },
    audio,
    bus,
    topics: site,
    logger,
  })
  const ms: number[] = []
  const stdin: number[] = []
  try {
    await hub.start()
    await bus.start()
    await role.start()
    for (let i = 0; i < calls + 20; i++) {
      try {
        unlinkSync(join(captures, CAPTURE))
      } catch {} // the first call: none yet
      const sample = firstSample(captures)
      const streaming = new Promise<number>((resolve) => audio.once('streaming', () => resolve(performance.now())))
      const announced = new Promise((resolve) => role.once('announced', resolve))
      const t0 = performance.now()
      await hub.publish('event', site.event('ticket.called'), {
        type: 'ticket.called',
        at: Date.now(),
        id: `b${i}`,
        counter: 'c3',
        recall: false,
        seq: i,
        label: `B${(i % 999) + 1}`,
      })
      await announced
      const t1 = await sample.at
      sample.watcher.close()
      // The first 20 warm up.
      if (i >= 20) {
        ms.push(t1 - t0)
        stdin.push((await streaming) - t0)
      }
    }
  } finally {
    await role.stop()
    await bus.stop()
    await hub.stop()
    await broker.stop()
  }
  return { call_to_audio_p50_ms: median(ms), call_to_audio_p99_ms: p99(ms), call_to_stdin_p50_ms: median(stdin) }
}
