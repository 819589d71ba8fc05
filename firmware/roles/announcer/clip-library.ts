/**
 * The clips of the site's languages, in memory as raw PCM in the set's one
 * format, ready to be joined. A site's own recording (`<siteDir>/<lang>/<name>.wav`)
 * wins over the default set's file of the same name; a WAV in another format
 * is converted by sox, and one that cannot be is refused with its name.
 */
import { execFile } from 'node:child_process'
import { access, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import wavefile from 'wavefile'
import { COMMON_CLIPS } from '../../language/call-words.ts'
import { readManifest } from './clip-manifest.ts'
import { language } from '../../language/index.ts'
import { describeFormat, type PcmFormat } from './pcm-format.ts'
import type { ClipLibrary, ClipSet } from '../../drivers/audio/audio.ts'

const run = promisify(execFile)

export class ClipError extends Error {
  constructor(readonly problems: string[]) {
    super(`the clip set cannot be used:\n  ${problems.join('\n  ')}`)
    this.name = 'ClipError'
  }
}

interface WavFormat {
  audioFormat: number
  numChannels: number
  sampleRate: number
  bitsPerSample: number
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file)
    return true
  } catch {
    return false
  }
}

/** The PCM of a WAV already in the format, or undefined when it is in another one (or not a WAV wavefile reads). */
function pcmAsIs(bytes: Buffer, format: PcmFormat): Buffer | undefined {
  const wav = new wavefile.WaveFile()
  try {
    wav.fromBuffer(bytes)
  } catch {
    return undefined
  }
  const fmt = wav.fmt as WavFormat
  const same =
    fmt.audioFormat === 1 &&
    fmt.bitsPerSample === 16 &&
    fmt.sampleRate === format.rate &&
    fmt.numChannels === format.channels
  if (!same) return undefined
  const samples = (wav.data as { samples: Uint8Array }).samples
  return Buffer.from(samples.buffer, samples.byteOffset, samples.byteLength)
}

/** sox reads what it can (any WAV, FLAC, …) and writes the set's raw format, with the builder's fades. */
async function convert(file: string, format: PcmFormat): Promise<Buffer> {
  const args = [
    file,
    '-t',
    'raw',
    '-r',
    String(format.rate),
    '-c',
    String(format.channels),
    '-b',
    '16',
    '-e',
    'signed-integer',
    '-L',
    '-',
    'fade',
    't',
    '0.005',
    'reverse',
    'fade',
    't',
    '0.005',
    'reverse',
  ]
  try {
    const { stdout } = await run('sox', args, { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 })
    return stdout
  } catch (err) {
    const e = err as Error & { stderr?: Buffer }
    throw new Error(
      `${file} cannot be brought to ${describeFormat(format)}: ${e.stderr?.toString().trim() || e.message}`,
    )
  }
}

async function loadOne(file: string, format: PcmFormat): Promise<Buffer> {
  const bytes = await readFile(file)
  return pcmAsIs(bytes, format) ?? (await convert(file, format))
}

/** The speaker's ClipLoader (drivers/audio/audio.ts): the set's clips of the site's languages, the site's own recordings first. */
export async function loadClips(source: ClipSet): Promise<ClipLibrary> {
  const manifest = await readManifest(source.dir)
  const format = manifest.format
  const wanted: Array<{ lang: string; word: string; folder: string }> = COMMON_CLIPS.map((word) => ({
    lang: '',
    word,
    folder: 'common',
  }))
  const problems: string[] = []
  for (const code of source.languages) {
    if (!manifest.languages[code]) problems.push(`${source.dir}: the set has no clips for language "${code}"`)
    for (const word of Object.keys(language(code).clips)) wanted.push({ lang: code, word, folder: code })
  }
  const clips = new Map<string, Buffer>()
  await Promise.all(
    wanted.map(async ({ lang, word, folder }) => {
      const site = source.siteDir ? join(source.siteDir, folder, `${word}.wav`) : undefined
      const file = site && (await exists(site)) ? site : join(source.dir, folder, `${word}.wav`)
      try {
        const pcm = await loadOne(file, format)
        if (pcm.length === 0) throw new Error(`${file} holds no sound`)
        clips.set(`${lang}/${word}`, pcm)
      } catch (err) {
        problems.push((err as NodeJS.ErrnoException).code === 'ENOENT' ? `${file}: missing` : (err as Error).message)
      }
    }),
  )
  if (problems.length > 0) throw new ClipError(problems.sort())
  return {
    format,
    clip: (lang, word) => clips.get(`${lang}/${word}`) ?? clips.get(`/${word}`),
  }
}
