/** The part of the site config the queue engine is given, and nothing more; with the command's time zones. */
import type { EngineConfig } from '../../core/index.ts'
import type { TimeZones } from '../../time/local-time.ts'
import type { SiteDocument } from './schema.ts'
import { incidentsSlice, type IncidentSource } from './incidents-slice.ts'

export function engineConfig(
  config: Pick<SiteDocument, 'site' | 'services' | 'counters' | 'rules'> &
    Partial<Pick<SiteDocument, 'staff'>> &
    IncidentSource,
  zones: TimeZones,
): EngineConfig {
  return {
    timeZone: config.site.timeZone,
    zones,
    dayStartsAt: config.site.dayStartsAt,
    services: config.services,
    counters: config.counters,
    noShow: config.rules.noShow,
    transfer: config.rules.transfer,
    priority: config.rules.priority,
    estimate: config.rules.estimate,
    ...(config.staff === undefined ? {} : { staff: config.staff }),
    ...incidentsSlice(config),
  }
}
