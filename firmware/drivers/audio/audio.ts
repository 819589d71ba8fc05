/**
 * The speaker. An announcement is, per language, the sequence of words whose
 * recorded clips play back to back ("chime ticket A 23 counter 3").
 */
export interface Announcement {
  parts: Array<{ lang: string; words: string[] }>
}

export interface AudioOutput {
  start(): Promise<void>
  play(announcement: Announcement): Promise<void>
  stop(): Promise<void>
}
