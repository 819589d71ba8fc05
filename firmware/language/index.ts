/** The languages the announcer speaks, by site language code. */
import { arabic } from './ar.ts'
import { english } from './en.ts'
import type { Language } from './language.ts'
import { russian } from './ru.ts'
import { chinese } from './zh.ts'

export const LANGUAGES: ReadonlyMap<string, Language> = new Map(
  [english, arabic, chinese, russian].map((l) => [l.lang, l]),
)

export function language(lang: string): Language {
  const found = LANGUAGES.get(lang)
  if (!found)
    throw new Error(
      `the announcer has no grammar for language "${lang}" (it speaks ${[...LANGUAGES.keys()].join(', ')})`,
    )
  return found
}
