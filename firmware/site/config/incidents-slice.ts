/** The call points of every board and the site's chains and rating scale, as the engine is given them. */
import type { IncidentsConfig, RatingsConfig } from '../../core/index.ts'
import type { SiteConfig } from './schema.ts'

export type IncidentSource = Partial<Pick<SiteConfig, 'boards' | 'callPoints' | 'ratings'>>

export function incidentsSlice(config: IncidentSource): { incidents?: IncidentsConfig; ratings?: RatingsConfig } {
  const points = (config.boards ?? []).flatMap((board) =>
    (board.callPoints?.points ?? []).map((p) => ({
      id: p.id,
      kind: p.kind,
      location: p.location,
      board: board.id,
      chain: p.chain,
      ...(p.complaintChain ? { complaintChain: p.complaintChain } : {}),
      ...(p.extra ? { extra: p.extra } : {}),
    })),
  )
  return {
    ...(config.callPoints || points.length > 0
      ? { incidents: { points, chains: config.callPoints?.chains ?? [] } }
      : {}),
    ...(config.ratings ? { ratings: config.ratings } : {}),
  }
}

/** Cross-checks a technician needs: every point's chain exists, ids are unique, the last level needs no time. */
export function incidentProblems(config: IncidentSource): string[] {
  const problems: string[] = []
  const { incidents } = incidentsSlice(config)
  if (!incidents) return problems
  const chains = new Set(incidents.chains.map((c) => c.id))
  const seen = new Set<string>()
  for (const p of incidents.points) {
    if (seen.has(p.id)) problems.push(`call point "${p.id}" is configured twice (ids are unique across boards)`)
    seen.add(p.id)
    for (const chain of new Set([p.chain, p.complaintChain ?? p.chain])) {
      if (!chains.has(chain)) problems.push(`call point "${p.id}": no escalation chain "${chain}" in callPoints.chains`)
    }
  }
  for (const c of incidents.chains) {
    c.levels.slice(0, -1).forEach((l, i) => {
      if (l.afterSeconds === undefined)
        problems.push(
          `callPoints.chains "${c.id}" level ${i}: needs afterSeconds (how long before level ${i + 1} is told)`,
        )
    })
  }
  return problems
}
