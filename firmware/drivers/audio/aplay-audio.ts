/**
 * The real speaker: the clips of one announcement are joined into one raw
 * PCM stream and written into a single `aplay -t raw` process on an explicit
 * ALSA device, so there is no gap or click between clips and no second
 * process to start mid-sentence. (node-aplay spawns one aplay per file and
 * reports success even when aplay fails, so it cannot play a sequence.)
 * aplay's exit status is the verdict: anything but 0 rejects with its stderr.
 */
import { spawn } from 'node:child_process'
import { EventEmitter, once } from 'node:events'
import type { Logger } from 'pino'
import type { Announcement } from '../../language/announcement.ts'
import type { AudioOutput, ClipLibrary } from './audio.ts'

export interface AplayOptions {
  /** ALSA PCM name for `aplay -D`, e.g. `hw:0,0`, `plughw:1`, `default`. */
  device: string
  /** The clips it plays, loaded at start (by the announcer's roles/announcer/clip-library.ts); a start that fails asks again. */
  clips: () => Promise<ClipLibrary>
  logger: Logger
  /** The aplay binary; `aplay` from PATH by default. */
  command?: string
}

export class AplayError extends Error {
  constructor(
    message: string,
    readonly exitCode: number | null,
  ) {
    super(message)
    this.name = 'AplayError'
  }
}

/** Scales signed 16-bit samples; 1 returns the same bytes. */
export function applyVolume(pcm: Buffer, volume: number): Buffer {
  if (volume >= 1) return pcm
  const out = Buffer.allocUnsafe(pcm.length - (pcm.length % 2))
  for (let i = 0; i < out.length; i += 2) out.writeInt16LE(Math.round(pcm.readInt16LE(i) * volume), i)
  return out
}

/** Resolves on drain, or when the pipe closes or fails (aplay's exit status tells why). */
function drained(stdin: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stdin.off('drain', done).off('close', done).off('error', done)
      resolve()
    }
    stdin.on('drain', done).on('close', done).on('error', done)
  })
}

export class AplayAudio extends EventEmitter<{ streaming: [] }> implements AudioOutput {
  private library?: ClipLibrary
  private current?: ReturnType<typeof spawn>

  constructor(private readonly options: AplayOptions) {
    super()
  }

  /** Takes the clips it is handed; throws what their loader threw (a ClipError naming each unusable one). */
  async start(): Promise<void> {
    this.library ??= await this.options.clips()
  }

  /** The clips of an announcement, in order, or an error naming the words that have none. */
  private clipsOf(announcement: Announcement, library: ClipLibrary): Buffer[] {
    const clips: Buffer[] = []
    const missing: string[] = []
    for (const part of announcement.parts) {
      for (const word of part.words) {
        const clip = library.clip(part.lang, word)
        if (clip) clips.push(clip)
        else missing.push(`${part.lang}/${word}`)
      }
    }
    if (missing.length > 0) throw new Error(`no clip for ${missing.join(', ')}`)
    const volume = Math.max(0, announcement.volume ?? 1)
    return volume >= 1 ? clips : clips.map((clip) => applyVolume(clip, volume))
  }

  async play(announcement: Announcement): Promise<void> {
    const library = this.library
    if (!library) throw new Error('the audio output is not started')
    const clips = this.clipsOf(announcement, library)
    const { format } = library
    const args = [
      '-q',
      '-t',
      'raw',
      '-D',
      this.options.device,
      '-f',
      format.encoding,
      '-r',
      String(format.rate),
      '-c',
      String(format.channels),
    ]
    this.options.logger.debug({ device: this.options.device, clips: clips.length }, 'playing')
    const aplay = spawn(this.options.command ?? 'aplay', args, { stdio: ['pipe', 'ignore', 'pipe'] })
    this.current = aplay
    let stderr = ''
    aplay.stderr.setEncoding('utf8')
    aplay.stderr.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2000)))
    // An aplay that dies early closes its stdin: EPIPE here, and the exit status below says why.
    let writeError: Error | undefined
    aplay.stdin.on('error', (err) => (writeError = err))
    // Settles once, never rejects: a spawn failure may come before stream() is done.
    const exited = new Promise<{ code: number | null; error?: NodeJS.ErrnoException }>((resolve) => {
      aplay.once('error', (error) => resolve({ code: null, error }))
      aplay.once('close', (code) => resolve({ code }))
    })
    try {
      await this.stream(aplay.stdin, clips)
      const { code, error } = await exited
      if (error?.code === 'ENOENT')
        throw new AplayError(`${this.options.command ?? 'aplay'} is not installed (Debian package alsa-utils)`, null)
      if (error) throw new AplayError(`aplay could not be started: ${error.message}`, null)
      if (code !== 0) {
        const why = stderr.trim() || writeError?.message || 'no message'
        throw new AplayError(`aplay on ${this.options.device} failed (exit ${code}): ${why}`, code)
      }
    } finally {
      if (this.current === aplay) this.current = undefined
    }
  }

  private async stream(stdin: NodeJS.WritableStream & { destroyed: boolean }, clips: Buffer[]): Promise<void> {
    let first = true
    for (const clip of clips) {
      if (stdin.destroyed) return
      const more = stdin.write(clip)
      if (first) {
        first = false
        this.emit('streaming')
      }
      if (!more && !stdin.destroyed) await drained(stdin)
    }
    stdin.end()
  }

  /** Ends an announcement being played; safe twice. */
  async stop(): Promise<void> {
    const aplay = this.current
    this.current = undefined
    if (aplay && aplay.exitCode === null) {
      aplay.kill('SIGTERM')
      await once(aplay, 'close')
    }
  }
}
