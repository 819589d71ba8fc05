/**
 * One spoken language of the announcer: the clips it needs (name → the
 * words the clip says), how numbers are said, and the order of the words
 * of a call. A clip name is a file name: `<lang>/<name>.wav` in a clip set.
 * docs/voice.md says how to add a language.
 */

/** What a counter is called out loud; a per-site option. */
export type Place = 'counter' | 'window' | 'room'

export interface CallWords {
  /** The ticket, already as clip names ("A", "twenty", "three"). */
  ticket: string[]
  place: Place
  /** The counter's name, already as clip names. */
  placeName: string[]
}

export interface Language {
  /** The site's language code (config `site.languages`). */
  lang: string
  /** The espeak-ng voice that speaks the default clip set. */
  voice: string
  /** How the clips' words join into written text: a space, or nothing for Chinese. */
  separator: string
  /** Every clip the language uses → the words it says. */
  clips: Record<string, string>
  /** 0–999 as clip names, as people say the number. */
  number(n: number): string[]
  /** The clip name of one digit 0–9, for digit-by-digit sites and numbers past 999. */
  digit(d: number): string
  /** The clip name of a letter A–Z. */
  letter(letter: string): string
  /** The words of "ticket …, please go to counter …" in the language's own order. */
  sentence(call: CallWords): string[]
}

export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** `letter-a` … `letter-z` → each letter's name as the language says it. */
export function letterClips(names: string[]): Record<string, string> {
  if (names.length !== LETTERS.length) throw new Error(`letter names: expected ${LETTERS.length}, got ${names.length}`)
  return Object.fromEntries(names.map((name, i) => [letterClip(LETTERS[i]!), name]))
}

export function letterClip(letter: string): string {
  return `letter-${letter.toLowerCase()}`
}

/** `prefix0` … from a list of words, e.g. numberClips('n', ['zero', 'one']) → { n0: 'zero', n1: 'one' }. */
export function numberedClips(prefix: string, words: string[], step = 1, from = 0): Record<string, string> {
  return Object.fromEntries(words.map((word, i) => [`${prefix}${from + i * step}`, word]))
}

/** Refuses a number outside what `number()` speaks, with a message that says so. */
export function checkSpoken(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new RangeError(`numbers are spoken from 0 to 999, not ${n}`)
}
