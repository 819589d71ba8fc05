/** The built-in catalogues, by site language code. */
import { arabic, arabicFacts } from './ar.ts'
import type { Catalogue } from './catalogue.ts'
import { english, englishFacts } from './en.ts'
import type { LanguageFacts } from './message.ts'
import { russian, russianFacts } from './ru.ts'
import { chinese, chineseFacts } from './zh.ts'

export interface BuiltInLanguage {
  catalogue: Catalogue
  facts: LanguageFacts
}

export const CATALOGUES: ReadonlyMap<string, BuiltInLanguage> = new Map([
  ['en', { catalogue: english, facts: englishFacts }],
  ['ar', { catalogue: arabic, facts: arabicFacts }],
  ['zh', { catalogue: chinese, facts: chineseFacts }],
  ['ru', { catalogue: russian, facts: russianFacts }],
])

export const MESSAGE_KEYS = Object.keys(english) as Array<keyof typeof english>
