/**
 * A call as clip names, per language: "chime, ticket, A, twenty, three,
 * please go to, counter, three". Letters are spelled; a run of digits is a
 * number said as people say it ("040" is "forty"), or digit by digit where
 * the site asks for that, and always past 999 (the grammars speak 0–999).
 */
import type { Announcement } from './announcement.ts'
import { language, LANGUAGES } from './index.ts'
import type { Language, Place } from './language.ts'

/** The language-independent clips (`common/<name>.wav`). */
export const COMMON_CLIPS = ['chime'] as const

export type NumberStyle = 'words' | 'digits'

export interface SpokenCall {
  label: string
  counterName: string
  place: Place
  numbers: NumberStyle
}

/** Letters and digits only: what a label or a counter name may hold to be spoken. */
export const SPEAKABLE = /^[A-Za-z0-9]+$/

/** A label or counter name as the language's clip names. */
export function spell(lang: Language, text: string, numbers: NumberStyle): string[] {
  if (!SPEAKABLE.test(text)) throw new Error(`"${text}" cannot be announced: only letters A–Z and digits are spoken`)
  const words: string[] = []
  for (const [run] of text.matchAll(/[A-Za-z]+|[0-9]+/g)) {
    if (/^[A-Za-z]/.test(run)) words.push(...[...run.toUpperCase()].map((c) => lang.letter(c)))
    else if (numbers === 'digits' || Number(run) > 999) words.push(...[...run].map((d) => lang.digit(Number(d))))
    else words.push(...lang.number(Number(run)))
  }
  return words
}

/** The announcement of one call: the chime, then the sentence in each language in turn. */
export function callAnnouncement(call: SpokenCall, languages: string[]): Announcement {
  return {
    parts: languages.map((code, i) => {
      const lang = language(code)
      const sentence = lang.sentence({
        ticket: spell(lang, call.label, call.numbers),
        place: call.place,
        placeName: spell(lang, call.counterName, call.numbers),
      })
      return { lang: code, words: i === 0 ? ['chime', ...sentence] : sentence }
    }),
  }
}

/** What an announcement says, as text per language ("en: ticket A twenty three …"), for the front panel and logs. */
export function announcementText(announcement: Announcement): string {
  return announcement.parts
    .map((p) => {
      const lang = LANGUAGES.get(p.lang)
      const words = p.words
        .filter((w) => !(COMMON_CLIPS as readonly string[]).includes(w))
        .map((w) => lang?.clips[w] ?? w)
      return `${p.lang}: ${words.join(lang?.separator ?? ' ')}`
    })
    .join('  |  ')
}
