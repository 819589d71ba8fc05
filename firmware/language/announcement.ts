/**
 * What the speaker says: per language, the sequence of words whose recorded
 * clips play back to back ("chime ticket A 23 counter 3"), as one sound.
 * Made by call-words.ts, played by drivers/audio.
 */
export interface Announcement {
  parts: Array<{ lang: string; words: string[] }>
  /** 0–1 of the clips' own level; 1 when absent. */
  volume?: number
}
