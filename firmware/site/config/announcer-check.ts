/** What the announcer must be able to say, checked when the config is loaded rather than at the first call. */
import { SPEAKABLE } from '../../language/call-words.ts'
import { LANGUAGES } from '../../language/index.ts'
import type { SiteDocument } from './schema.ts'

export function announcerProblems(config: Pick<SiteDocument, 'site' | 'counters'>): string[] {
  const problems: string[] = []
  for (const [i, lang] of config.site.languages.entries()) {
    if (!LANGUAGES.has(lang))
      problems.push(
        `site.languages[${i}]: the announcer has no grammar for "${lang}" (it speaks ${[...LANGUAGES.keys()].join(', ')}; docs/voice.md says how to add one)`,
      )
  }
  for (const [i, counter] of config.counters.entries()) {
    if (!SPEAKABLE.test(counter.name))
      problems.push(`counters[${i}].name: the announcer speaks letters A–Z and digits only, not "${counter.name}"`)
  }
  return problems
}
