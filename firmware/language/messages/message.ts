/**
 * The shape of a message in a catalogue: a text with `{name}` places, or, for
 * a text that counts something, one text per plural category of the
 * language (Unicode CLDR plural rules, as Intl.PluralRules names them), the
 * count being the `{n}` place. English has one/other, Russian
 * one/few/many/other, Arabic all six, Chinese only other.
 */

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number]

export type PluralMessage = Partial<Record<PluralCategory, string>> & { other: string }
export type Message = string | PluralMessage

/** What a catalogue says about its language besides the words. */
export interface LanguageFacts {
  /** The BCP 47 locale Intl formats numbers and dates with (`en-GB`: "22 Nov 2026, 10:15"). */
  locale: string
  direction: 'ltr' | 'rtl'
  /** The plural categories the language's rules have, checked against Intl in the tests. */
  plurals: readonly PluralCategory[]
}

/** `{name}` places of a text, in order, each once. */
export function placesOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([a-zA-Z]+)\}/g)].map((m) => m[1]!))]
}

export function isPluralMessage(message: unknown): message is PluralMessage {
  return typeof message === 'object' && message !== null && typeof (message as PluralMessage).other === 'string'
}
