/**
 * The one PCM format every clip is brought to, so that the clips of an
 * announcement can be joined byte for byte into one stream for one aplay.
 * 22,050 Hz is espeak-ng's own rate: the default clips need no resampling.
 */
import type { PcmFormat } from '../../drivers/audio/audio.ts'

export type { PcmFormat }

export const CLIP_FORMAT: PcmFormat = { encoding: 'S16_LE', rate: 22050, channels: 1 }

export function bytesPerFrame(format: PcmFormat): number {
  return 2 * format.channels
}

export function describeFormat(format: PcmFormat): string {
  return `${format.encoding} ${format.rate} Hz ${format.channels === 1 ? 'mono' : `${format.channels} channels`}`
}
