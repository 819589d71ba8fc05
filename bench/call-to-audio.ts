/**
 * A call event to the first sample handed to aplay, for a four-language
 * announcement (ar, en, zh, ru): the hub's `ticket.called` through the real
 * broker, the announcer role, the queue, the clips joined, aplay spawned and
 * its stdin written. One call at a time, so this is latency, not queueing.
 * aplay plays into an ALSA file device on `null` (the test rig), which takes
 * the stream as fast as it comes.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { PASSWORD, startBroker } from '../test/fixtures/broker.ts'
import { BusClient } from '../firmware/bus/client.ts'
import { topics } from '../firmware/bus/topics.ts'
import { AplayAudio } from '../firmware/drivers/audio/aplay-audio.ts'
import pino from 'pino'
import { AnnouncerRole } from '../firmware/roles/announcer/announcer.ts'
import { clipSet } from '../test/harness/clip-set.ts'
import { demoConfig } from '../test/fixtures/site.ts'
import { benchDir } from './bench-dir.ts'
import { median, percentile } from './stats.ts'

export type CallToAudioResult = { call_to_audio_p50_ms: number; call_to_audio_p99_ms: number }

export async function measureCallToAudio(calls = 300): Promise<CallToAudioResult> {
  const dir = await benchDir('audio')
  await writeFile(join(dir, 'asound.conf'), 'pcm.bench { type file slave.pcm { type null } file "/dev/null" format "raw" }\n')
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
    [{ id: 'hub', role: 'hub', board: 'main' }, { id: 'watcher', role: 'hub', board: 'main' }, { id: ANNOUNCER, role: 'announcer', board: 'box' }],
    { site: site.root.split('/')[2]! },
  )
  const url = `mqtt://127.0.0.1:${broker.port}`
  const hub = new BusClient({ url, device: 'hub', username: 'hub', password: PASSWORD, topics: site, logger })
  const bus = new BusClient({ url, device: 'bench-announcer', username: 'bench-announcer', password: PASSWORD, topics: site, logger })
  const output = { driver: 'aplay' as const, device: 'bench', clips }
  const audio = new AplayAudio({ ...output, languages, logger })
  const role = new AnnouncerRole({ config, announcer: { output, place: 'counter', numbers: 'words', volume: [] }, audio, bus, topics: site, logger })
  const ms: number[] = []
  try {
    await hub.start()
    await bus.start()
    await role.start()
    for (let i = 0; i < calls + 20; i++) {
      const streaming = new Promise<number>((resolve) => audio.once('streaming', () => resolve(performance.now())))
      const announced = new Promise((resolve) => role.once('announced', resolve))
      const t0 = performance.now()
      await hub.publish('event', site.event('ticket.called'), { type: 'ticket.called', at: Date.now(), id: `b${i}`, counter: 'c3', recall: false, seq: i, label: `B${(i % 999) + 1}` })
      const t1 = await streaming
      await announced
      if (i >= 20) ms.push(t1 - t0) // the first 20 warm up
    }
  } finally {
    await role.stop()
    await bus.stop()
    await hub.stop()
    await broker.stop()
  }
  return { call_to_audio_p50_ms: median(ms), call_to_audio_p99_ms: percentile(ms, 99) }
}
