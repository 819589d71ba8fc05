/**
 * One language's words as a surface prints them: the built-in catalogue
 * with the site's overrides on top, plural forms chosen by Intl.PluralRules,
 * numbers and dates by Intl.NumberFormat and DateTimeFormat in the
 * language's locale (Eastern Arabic digits where the site asks for them).
 * The Intl objects are made at their first use: a text without a count or
 * a number (a keypad reply, an SMS) never touches ICU, which costs a
 * process ~2–8 MiB once touched (docs/languages.md).
 */
import type { MessageKey } from './catalogue.ts'
import { CATALOGUES } from './index.ts'
import { isPluralMessage, type Message, type PluralCategory } from './message.ts'

/** Languages written right to left, for a site language without a built-in catalogue. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'ur', 'he', 'yi', 'ps', 'sd', 'ug', 'dv', 'ckb'])

export type Digits = 'latin' | 'eastern-arabic'

export interface WordsOptions {
  /** The site's own messages for this language (config `messages.<lang>`), checked by message-check.ts. */
  overrides?: Readonly<Record<string, Message>>
  /** Digits of numbers in Arabic-script text; every other script prints 0–9. */
  digits?: Digits
}

/** A value put into a `{place}`: numbers are formatted in the language, strings go in as written. */
export type Places = Readonly<Record<string, string | number>>

export class Words {
  readonly direction: 'ltr' | 'rtl'
  readonly locale: string
  private readonly messages: Readonly<Record<string, Message>>
  private plurals?: Intl.PluralRules
  private numbers?: Intl.NumberFormat
  private readonly dates = new Map<boolean, Intl.DateTimeFormat>()

  constructor(
    readonly lang: string,
    options: WordsOptions = {},
  ) {
    const built = CATALOGUES.get(lang)
    this.messages = { ...built?.catalogue, ...options.overrides }
    this.direction = built?.facts.direction ?? (RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr')
    const arabicScript = this.direction === 'rtl' && lang !== 'he' && lang !== 'yi'
    const digits = options.digits === 'eastern-arabic' && arabicScript ? 'arab' : 'latn'
    this.locale = `${built?.facts.locale ?? lang}-u-nu-${digits}`
  }

  /** The message with its places filled; a count goes in `n` and picks the plural form. */
  text(key: MessageKey, places: Places = {}): string {
    const message = this.messages[key]
    // message-check.ts refuses a config whose languages miss a message; this is the last word if one slipped by.
    if (message === undefined) throw new Error(`no "${this.lang}" text for message ${key}`)
    const form = isPluralMessage(message) ? (message[this.category(Number(places.n))] ?? message.other) : message
    return form.replace(/\{([a-zA-Z]+)\}/g, (whole, name: string) => {
      const value = places[name]
      return value === undefined ? whole : typeof value === 'number' ? this.number(value) : value
    })
  }

  /** A count or a measure in the language's digits and separators ("1 234,5" in Russian), one decimal at most. */
  number(n: number): string {
    this.numbers ??= new Intl.NumberFormat(this.locale, { maximumFractionDigits: 1 })
    return this.numbers.format(n)
  }

  /**
   * Date and time as the language writes them ("22 Nov 2026, 10:15", "2026年11月22日 10:15"). `wallClock`
   * is the local time as if it were UTC (utc + offset, time/local-time.ts): the zone comes from the
   * tz database, Intl only writes the fields.
   */
  dateTime(wallClock: number, withSeconds = false): string {
    let format = this.dates.get(withSeconds)
    if (!format) {
      format = new Intl.DateTimeFormat(this.locale, {
        timeZone: 'UTC',
        dateStyle: 'medium',
        timeStyle: withSeconds ? 'medium' : 'short',
      })
      this.dates.set(withSeconds, format)
    }
    return format.format(wallClock)
  }

  private category(n: number): PluralCategory {
    this.plurals ??= new Intl.PluralRules(this.locale)
    return this.plurals.select(Number.isFinite(n) ? n : 0) as PluralCategory
  }
}
