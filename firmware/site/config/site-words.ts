/**
 * Which language each surface of a site speaks, as Words: the ticket's
 * fixed words in ticket.languages (every site language in turn when absent, as the service names are),
 * displays in the first site language, staff texts (SMS, keypad replies,
 * the technician's slips) in site.staffLanguage.
 */
import { Words } from '../../language/messages/words.ts'
import type { SiteDocument } from './schema.ts'

type SiteWords = Pick<SiteDocument, 'site' | 'ticket' | 'messages'>

/** One Words per config and language, so that its Intl formatters are made once, not per ticket. */
const made = new WeakMap<object, Map<string, Words>>()

function wordsIn(config: SiteWords, lang: string): Words {
  let byLang = made.get(config)
  if (!byLang) made.set(config, (byLang = new Map()))
  let words = byLang.get(lang)
  if (!words) {
    const overrides = config.messages?.[lang]
    words = new Words(lang, { digits: config.site.digits, ...(overrides === undefined ? {} : { overrides }) })
    byLang.set(lang, words)
  }
  return words
}

export function ticketWords(config: SiteWords): Words[] {
  return (config.ticket.languages ?? config.site.languages).map((lang) => wordsIn(config, lang))
}

export function displayWords(config: SiteWords): Words {
  return wordsIn(config, config.site.languages[0]!)
}

export function staffWords(config: SiteWords): Words {
  return wordsIn(config, config.site.staffLanguage ?? config.site.languages[0]!)
}

/** Every language something of the site is shown in, for the config check. */
export function shownLanguages(config: SiteWords): string[] {
  return [
    ...new Set([
      ...config.site.languages,
      ...(config.ticket.languages ?? []),
      ...(config.site.staffLanguage === undefined ? [] : [config.site.staffLanguage]),
    ]),
  ]
}
