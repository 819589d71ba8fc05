/**
 * Builds the default clip set with Debian's espeak-ng (the words) and sox
 * (one PCM format, silence trimmed, peaks normalised, 5 ms fades so the
 * joins do not click, 60 ms after each word for the spacing of speech).
 * Sites replace any clip with a recording of the same name.
 */
import { execFile } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { Language } from '../../language/language.ts'
import { MANIFEST, type ClipManifest } from './clip-manifest.ts'
import { CLIP_FORMAT, type PcmFormat } from './pcm-format.ts'

const run = promisify(execFile)

export interface BuildOptions {
  out: string
  languages: Language[]
  /** Only these clips of each language (tests build what they play); all when absent. */
  only?: ReadonlySet<string>
  format?: PcmFormat
  /** espeak-ng/sox processes at once. */
  concurrency?: number
}

function soxOutput(format: PcmFormat): string[] {
  return ['-r', String(format.rate), '-c', String(format.channels), '-b', '16', '-e', 'signed-integer']
}

/**
 * Trim leading silence (below 0.5 %) and fade in 5 ms; the same on the
 * reversed sound for the end (sox cannot fade out a length it does not yet
 * know); peak at -3 dBFS; 60 ms of silence after the word.
 */
const SHAPE = [
  'silence',
  '1',
  '0.01',
  '0.5%',
  'fade',
  't',
  '0.005',
  'reverse',
  'silence',
  '1',
  '0.01',
  '0.5%',
  'fade',
  't',
  '0.005',
  'reverse',
  'norm',
  '-3',
  'pad',
  '0',
  '0.06',
]

async function speak(voice: string, text: string, file: string, format: PcmFormat): Promise<void> {
  const raw = `${file}.espeak.wav`
  try {
    await run('espeak-ng', ['-v', voice, '-w', raw, text])
    await run('sox', [raw, ...soxOutput(format), file, ...SHAPE])
  } catch (err) {
    const e = err as Error & { stderr?: string }
    throw new Error(`could not make clip ${file} ("${text}", voice ${voice}): ${e.stderr?.trim() || e.message}`)
  } finally {
    await rm(raw, { force: true })
  }
}

/** Two soft tones, high then low, with a tail of silence before the words. */
async function chime(file: string, format: PcmFormat): Promise<void> {
  const out = soxOutput(format)
  const high = `${file}.1.wav`
  const low = `${file}.2.wav`
  try {
    await run('sox', [
      '-n',
      ...out,
      high,
      'synth',
      '0.28',
      'sine',
      '659.25',
      'fade',
      'q',
      '0.01',
      '0.28',
      '0.2',
      'vol',
      '0.5',
    ])
    await run('sox', [
      '-n',
      ...out,
      low,
      'synth',
      '0.5',
      'sine',
      '523.25',
      'fade',
      'q',
      '0.01',
      '0.5',
      '0.45',
      'vol',
      '0.5',
    ])
    await run('sox', [high, low, file, 'pad', '0', '0.2'])
  } finally {
    await rm(high, { force: true })
    await rm(low, { force: true })
  }
}

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await work(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker))
}

export async function buildClips(options: BuildOptions): Promise<ClipManifest> {
  const format = options.format ?? CLIP_FORMAT
  const manifest: ClipManifest = { format, common: { chime: 'two tones, E5 then C5' }, languages: {} }
  await mkdir(join(options.out, 'common'), { recursive: true })
  const jobs: Array<() => Promise<void>> = []
  if (!options.only || options.only.has('chime'))
    jobs.push(() => chime(join(options.out, 'common', 'chime.wav'), format))
  for (const lang of options.languages) {
    await mkdir(join(options.out, lang.lang), { recursive: true })
    manifest.languages[lang.lang] = { voice: lang.voice, clips: lang.clips }
    for (const [name, text] of Object.entries(lang.clips)) {
      if (options.only && !options.only.has(name)) continue
      jobs.push(() => speak(lang.voice, text, join(options.out, lang.lang, `${name}.wav`), format))
    }
  }
  await pool(jobs, options.concurrency ?? 4, (job) => job())
  await writeFile(join(options.out, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}
