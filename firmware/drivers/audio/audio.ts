/**
 * The speaker. An announcement (language/announcement.ts) is played as one
 * sound: the real driver joins its words' clips into one PCM stream. The
 * driver only plays clips; the announcer owns them and how they are loaded
 * (roles/announcer/clip-library.ts), and hands them over as a ClipLibrary.
 */
import type { Announcement } from '../../language/announcement.ts'

/** Raw PCM as `aplay -t raw` is told to read it. */
export interface PcmFormat {
  /** aplay's -f name; only signed 16-bit little-endian is produced. */
  encoding: 'S16_LE'
  rate: number
  channels: number
}

/** The clips of the site's languages, in memory as raw PCM of one format, ready to be joined. */
export interface ClipLibrary {
  format: PcmFormat
  /** Raw PCM of a word of a language (`chime` and other common clips in any language). */
  clip(lang: string, word: string): Buffer | undefined
}

/** Where a clip set is and which of its languages are wanted (the aplay output's config). */
export interface ClipSet {
  /** The default clip set (with manifest.json). */
  dir: string
  /** A site's recordings, laid out like the set; optional. */
  siteDir?: string
  languages: string[]
}

/** Loads a clip set; throws naming each clip that cannot be used. */
export type ClipLoader = (set: ClipSet) => Promise<ClipLibrary>

export interface AudioOutput {
  start(): Promise<void>
  /** Resolves once the whole announcement was played; rejects when it could not be. */
  play(announcement: Announcement): Promise<void>
  stop(): Promise<void>
}
