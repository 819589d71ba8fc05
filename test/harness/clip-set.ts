/**
 * The default clip set, built with the real espeak-ng and sox once per test
 * run (cached in the temp folder by a hash of the vocabulary and of the
 * builder's source), and the ALSA rig: real aplay into a `file` plugin
 * device whose slave is `null` (DESIGN.md "Test rig").
 */
import { createHash } from 'node:crypto'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildClips } from '../../firmware/roles/announcer/clip-builder.ts'
import { LANGUAGES } from '../../firmware/language/index.ts'

const BUILDER = new URL('../../firmware/roles/announcer/clip-builder.ts', import.meta.url)

/** The path of a full clip set for en, ar, zh and ru; built on first use in this run. */
export async function clipSet(): Promise<string> {
  const hash = createHash('sha256')
    .update(readFileSync(BUILDER))
    .update(JSON.stringify([...LANGUAGES.values()].map((l) => [l.lang, l.voice, l.clips])))
    .digest('hex')
    .slice(0, 16)
  const dir = join(tmpdir(), `qms-clips-${hash}`)
  if (existsSync(join(dir, 'manifest.json'))) return dir
  const building = mkdtempSync(join(tmpdir(), 'qms-clips-building-'))
  await buildClips({ out: building, languages: [...LANGUAGES.values()], concurrency: 2 })
  try {
    renameSync(building, dir)
  } catch (err) {
    // Another test file built the same set at the same time: keep theirs.
    if (!existsSync(join(dir, 'manifest.json'))) throw err
    rmSync(building, { recursive: true, force: true })
  }
  return dir
}

/** Raw S16_LE of a WAV file, as sox (not our loader) reads it. */
export function rawOf(file: string, rate = 22050): Buffer {
  return execFileSync(
    'sox',
    [file, '-t', 'raw', '-r', String(rate), '-c', '1', '-b', '16', '-e', 'signed-integer', '-L', '-'],
    { maxBuffer: 64 << 20 },
  )
}

export interface AlsaRig {
  dir: string
  /** ALSA device names defined in the rig's config. */
  config: string
  /** Every stream played on device `capture` appended here, raw. */
  captured: string
  /** The last stream played on device `wav`, as a WAV file. */
  wav: string
  /** Points this process (and every aplay it spawns) at the rig's config. */
  use(): void
  /** Rewrites the config; `broken` leaves out both devices. */
  write(devices: 'working' | 'broken'): void
}

export function alsaRig(): AlsaRig {
  const dir = mkdtempSync(join(tmpdir(), 'qms-alsa-'))
  const rig: AlsaRig = {
    dir,
    config: join(dir, 'asound.conf'),
    captured: join(dir, 'captured.raw'),
    wav: join(dir, 'last.wav'),
    use() {
      process.env.ALSA_CONFIG_PATH = rig.config
    },
    write(devices) {
      // ALSA_CONFIG_PATH replaces alsa.conf, so "null" is defined inline rather than by name.
      const text =
        devices === 'working'
          ? [
              `pcm.wav { type file slave.pcm { type null } file "${rig.wav}" format "wav" }`,
              `pcm.capture { type file slave.pcm { type null } file "|cat >> ${rig.captured}" format "raw" }`,
            ].join('\n')
          : '# no devices\n'
      writeFileSync(rig.config, `${text}\n`)
    },
  }
  rig.write('working')
  writeFileSync(rig.captured, '')
  return rig
}

/** The PCM data of a WAV the file plugin wrote. */
export function wavData(file: string): Buffer {
  const bytes = readFileSync(file)
  let at = 12
  while (at + 8 <= bytes.length) {
    const id = bytes.toString('ascii', at, at + 4)
    const size = bytes.readUInt32LE(at + 4)
    if (id === 'data') return bytes.subarray(at + 8, at + 8 + size)
    at += 8 + size
  }
  throw new Error(`${file}: no data chunk`)
}

/**
 * aplay writes whole periods and fills the last, partial one with silence (aplay.c pcm_write: "if (count <
 * chunk_size) snd_pcm_format_set_silence(...)"); its default period is a quarter of a 500 ms buffer:
 * 125 ms, 2,756 frames at 22,050 Hz.
 */
export const APLAY_PERIOD_BYTES = 2756 * 2

/** What is wrong with a capture that should be `want` then less than a period of aplay's silence, or undefined. */
export function captureProblem(captured: Buffer, want: Buffer): string | undefined {
  if (!captured.subarray(0, want.length).equals(want))
    return `the first ${want.length} bytes differ from the clips (captured ${captured.length})`
  const padding = captured.subarray(want.length)
  if (padding.length >= APLAY_PERIOD_BYTES || !padding.every((b) => b === 0))
    return `${padding.length} bytes after the clips are not aplay's padding`
  return undefined
}
