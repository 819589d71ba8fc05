/** What the reports take from the site config: target waits and display names. */
import type { SiteDocument } from '../site/config/schema.ts'

export interface ReportNames {
  /** Service id → target wait in seconds (services without one are left out). */
  targets: Record<string, number>
  /** Service id → its name in the site's first language. */
  names: Record<string, string>
}

export function reportNames(config: Pick<SiteDocument, 'site' | 'services'>): ReportNames {
  const lang = config.site.languages[0]
  const targets: Record<string, number> = {}
  const names: Record<string, string> = {}
  for (const s of config.services) {
    if (s.targetWaitSeconds !== undefined) targets[s.id] = s.targetWaitSeconds
    names[s.id] = (lang !== undefined ? s.names[lang] : undefined) ?? Object.values(s.names)[0] ?? s.id
  }
  return { targets, names }
}
