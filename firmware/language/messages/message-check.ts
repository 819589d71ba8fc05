/**
 * What a site's messages must be, checked with its config (site/config/load.ts)
 * so that a missing translation stops `qms config validate` and the start, not
 * a customer's ticket: every language the site shows has a text for every
 * message (a language without a built-in catalogue has all of them in the
 * config), an override names a message that exists and only its places, and
 * a counted message has every plural form the language's rules ask for.
 */
import { CATALOGUES, MESSAGE_KEYS } from './index.ts'
import { english } from './en.ts'
import { isPluralMessage, PLURAL_CATEGORIES, placesOf, type Message, type PluralCategory } from './message.ts'

export interface SiteMessages {
  /** Every language something is shown in: the site's, the ticket's, the staff's. */
  languages: readonly string[]
  /** config `messages`: language → message key → text. */
  messages?: Readonly<Record<string, Readonly<Record<string, Message>>>>
}

const KNOWN = new Set<string>(MESSAGE_KEYS)

function pluralsOf(lang: string): readonly PluralCategory[] {
  // Intl only for a language without a catalogue: the built-in ones state theirs (checked against Intl in the tests).
  return (
    CATALOGUES.get(lang)?.facts.plurals ??
    (new Intl.PluralRules(lang).resolvedOptions().pluralCategories as PluralCategory[])
  )
}

function overrideProblems(lang: string, key: string, message: Message): string[] {
  const path = `messages.${lang}.${key}`
  if (!KNOWN.has(key))
    return [
      `${path}: there is no message "${key}" (the messages and their English texts: firmware/language/messages/en.ts)`,
    ]
  const allowed = placesOf(String(english[key as keyof typeof english]))
  const forms = isPluralMessage(message)
    ? PLURAL_CATEGORIES.flatMap((c) => (message[c] === undefined ? [] : [message[c]!]))
    : [message]
  const problems = forms.flatMap((text) =>
    placesOf(text)
      .filter((p) => !allowed.includes(p))
      .map(
        (p) =>
          `${path}: {${p}} is not a place of this message (it has ${allowed.length > 0 ? allowed.map((a) => `{${a}}`).join(' ') : 'none'})`,
      ),
  )
  if (isPluralMessage(message)) {
    const missing = pluralsOf(lang).filter((c) => message[c] === undefined)
    if (missing.length > 0)
      problems.push(
        `${path}: "${lang}" counts with the forms ${pluralsOf(lang).join(', ')}; missing ${missing.join(', ')}`,
      )
  }
  return problems
}

export function messageProblems(site: SiteMessages): string[] {
  const problems: string[] = []
  const messages = site.messages ?? {}
  for (const lang of Object.keys(messages)) {
    if (!site.languages.includes(lang))
      problems.push(`messages.${lang}: "${lang}" is not a language of this site (${site.languages.join(', ')})`)
  }
  for (const lang of new Set(site.languages)) {
    const own = messages[lang] ?? {}
    for (const [key, message] of Object.entries(own)) problems.push(...overrideProblems(lang, key, message))
    if (CATALOGUES.has(lang)) continue
    const missing = MESSAGE_KEYS.filter((k) => own[k] === undefined)
    if (missing.length > 0) {
      const some = missing.slice(0, 3).join(', ') + (missing.length > 3 ? ', …' : '')
      problems.push(
        `messages.${lang}: no "${lang}" text for ${missing.length} of ${MESSAGE_KEYS.length} messages (${some}); built in are ${[...CATALOGUES.keys()].join(', ')}, any other language needs every message under messages.${lang}`,
      )
    }
  }
  return problems
}
