/**
 * The speaker. An announcement is, per language, the sequence of words whose
 * recorded clips play back to back ("chime ticket A 23 counter 3"), as one
 * sound: the real driver joins the clips into one PCM stream.
 */
export interface Announcement {
  parts: Array<{ lang: string; words: string[] }>
  /** 0–1 of the clips' own level; 1 when absent. */
  volume?: number
}

export interface AudioOutput {
  start(): Promise<void>
  /** Resolves once the whole announcement was played; rejects when it could not be. */
  play(announcement: Announcement): Promise<void>
  stop(): Promise<void>
}
