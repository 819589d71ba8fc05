/**
 * The real driver with the real aplay into an ALSA file-plugin device: what
 * reaches the device equals the announcement's clips in order, sample for
 * sample, then aplay's padding: aplay writes whole periods, and fills the
 * last, partial one with silence (aplay.c pcm_write: "if (count <
 * chunk_size) snd_pcm_format_set_silence(…)"). Its default period is a
 * quarter of a 500 ms buffer: 125 ms, 2,756 frames at 22,050 Hz.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { execFileSync } from 'node:child_process'
import t, { type Test } from 'tap'
import { callAnnouncement } from '../../../firmware/language/call-words.ts'
import { ClipError, loadClips } from '../../../firmware/roles/announcer/clip-library.ts'
import { AplayAudio, AplayError } from '../../../firmware/drivers/audio/aplay-audio.ts'
import type { Announcement } from '../../../firmware/language/announcement.ts'
import pino from 'pino'
import { alsaRig, APLAY_PERIOD_BYTES, captureProblem, clipSet, rawOf, wavData } from '../../harness/clip-set.ts'

const logger = pino({ level: 'silent' })
const rig = alsaRig()
rig.use()
t.teardown(() => execFileSync('rm', ['-rf', rig.dir]))

/** What the device must receive: each clip file, as sox reads it, in order. */
function expected(dir: string, a: Announcement): Buffer {
  return Buffer.concat(
    a.parts.flatMap((p) => p.words.map((w) => rawOf(join(dir, w === 'chime' ? 'common' : p.lang, `${w}.wav`)))),
  )
}

function checkCapture(t: Test, captured: Buffer, want: Buffer, what: string): void {
  t.equal(captureProblem(captured, want), undefined, `${what}: the clips, sample for sample, then aplay's padding`)
}

t.test('one announcement per language, captured equals the clips in order', async (t) => {
  const dir = await clipSet()
  const audio = new AplayAudio({
    device: 'wav',
    clips: () => loadClips({ dir, languages: ['en', 'ar', 'zh', 'ru'] }),
    logger,
  })
  await audio.start()
  t.teardown(() => audio.stop())
  for (const lang of ['en', 'ar', 'zh', 'ru']) {
    const a = callAnnouncement({ label: 'A023', counterName: '3', place: 'counter', numbers: 'words' }, [lang])
    await audio.play(a)
    checkCapture(t, wavData(rig.wav), expected(dir, a), lang)
  }
  const four = callAnnouncement({ label: 'B140', counterName: '12', place: 'window', numbers: 'words' }, [
    'ar',
    'en',
    'zh',
    'ru',
  ])
  let streaming = 0
  audio.on('streaming', () => streaming++)
  await audio.play(four)
  checkCapture(t, wavData(rig.wav), expected(dir, four), 'four languages in one stream')
  t.equal(streaming, 1, 'one stream for the whole announcement')
})

t.test('volume scales every sample', async (t) => {
  const dir = await clipSet()
  const audio = new AplayAudio({ device: 'wav', clips: () => loadClips({ dir, languages: ['en'] }), logger })
  await audio.start()
  const a = callAnnouncement({ label: 'C7', counterName: '1', place: 'room', numbers: 'words' }, ['en'])
  await audio.play({ ...a, volume: 0.5 })
  const full = expected(dir, a)
  const half = Buffer.alloc(full.length)
  for (let i = 0; i < full.length; i += 2) half.writeInt16LE(Math.round(full.readInt16LE(i) / 2), i)
  checkCapture(t, wavData(rig.wav), half, 'at 50 %')
})

t.test('aplay failing rejects with its message; nothing pretends to have played', async (t) => {
  const dir = await clipSet()
  const audio = new AplayAudio({ device: 'no-such-device', clips: () => loadClips({ dir, languages: ['en'] }), logger })
  await audio.start()
  const a = callAnnouncement({ label: 'A1', counterName: '1', place: 'counter', numbers: 'words' }, ['en'])
  const err = await audio.play(a).then(
    () => undefined,
    (e: Error) => e,
  )
  t.type(err, AplayError)
  t.match(err?.message, /aplay on no-such-device failed \(exit 1\).*Unknown PCM no-such-device/s)
  const missing = new AplayAudio({
    device: 'wav',
    clips: () => loadClips({ dir, languages: ['en'] }),
    logger,
    command: 'no-such-aplay',
  })
  await missing.start()
  await t.rejects(missing.play(a), /no-such-aplay is not installed/)
  await t.rejects(
    new AplayAudio({ device: 'wav', clips: () => loadClips({ dir, languages: ['en'] }), logger }).play(a),
    /not started/,
  )
})

t.test(
  "a site's recording replaces a clip; one in another format is converted; one that cannot be is refused by name",
  async (t) => {
    const dir = await clipSet()
    const site = mkdtempSync(join(rig.dir, 'site-'))
    mkdirSync(join(site, 'en'))
    // Same format: taken as is. 44.1 kHz stereo: brought to the set's format by sox at start.
    copyFileSync(join(dir, 'ru', 'n3.wav'), join(site, 'en', 'n3.wav'))
    execFileSync('sox', [join(dir, 'ru', 'counter.wav'), '-r', '44100', '-c', '2', join(site, 'en', 'counter.wav')])
    const audio = new AplayAudio({
      device: 'wav',
      clips: () => loadClips({ dir, siteDir: site, languages: ['en'] }),
      logger,
    })
    await audio.start()
    const a = callAnnouncement({ label: 'A3', counterName: '7', place: 'counter', numbers: 'words' }, ['en'])
    await audio.play(a)
    const captured = wavData(rig.wav)
    const head = Buffer.concat(
      ['chime', 'ticket', 'letter-a'].map((w) => rawOf(join(dir, w === 'chime' ? 'common' : 'en', `${w}.wav`))),
    )
    const want = Buffer.concat([head, rawOf(join(site, 'en', 'n3.wav')), rawOf(join(dir, 'en', 'please-go-to.wav'))])
    t.ok(captured.subarray(0, want.length).equals(want), "the site's n3 is played in place of the set's")
    const converted = rawOf(join(dir, 'ru', 'counter.wav')).length
    const total = want.length + converted + rawOf(join(dir, 'en', 'n7.wav')).length
    t.ok(
      Math.abs(captured.length - total) < APLAY_PERIOD_BYTES + 8,
      `the converted recording is played at its length (${captured.length} of ${total} bytes with padding)`,
    )

    writeFileSync(join(site, 'en', 'ticket.wav'), 'not a sound file')
    const broken = new AplayAudio({
      device: 'wav',
      clips: () => loadClips({ dir, siteDir: site, languages: ['en'] }),
      logger,
    })
    const err = await broken.start().then(
      () => undefined,
      (e: Error) => e,
    )
    t.type(err, ClipError)
    t.match(err?.message, `${site}/en/ticket.wav cannot be brought to S16_LE 22050 Hz mono`)

    const partial = mkdtempSync(join(rig.dir, 'partial-'))
    copyFileSync(join(dir, 'manifest.json'), join(partial, 'manifest.json'))
    await t.rejects(
      new AplayAudio({ device: 'wav', clips: () => loadClips({ dir: partial, languages: ['en'] }), logger }).start(),
      /en\/ticket\.wav: missing/,
    )
    await t.rejects(
      new AplayAudio({ device: 'wav', clips: () => loadClips({ dir: site, languages: ['en'] }), logger }).start(),
      /no clip set at/,
    )
  },
)
