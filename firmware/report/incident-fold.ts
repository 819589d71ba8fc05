/**
 * The incident events of the call-point contract (issue 9), folded into one
 * fact per incident: when raised, first acknowledged, cleared, how far it
 * escalated and how many notifications failed.
 */
import type { IncidentFacts } from './day-summary.ts'

type LooseEvent = { type: string; at: number } & Record<string, unknown>
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

export class IncidentFold {
  private readonly byId = new Map<string, IncidentFacts>()

  event(e: LooseEvent): void {
    const id = str(e.incident)
    if (!id) return
    if (e.type === 'incident.raised') {
      this.byId.set(id, {
        incident: id,
        kind: str(e.kind) ?? 'unknown',
        location: str(e.location) ?? str(e.point) ?? 'unknown',
        point: str(e.point) ?? '',
        raisedAt: e.at,
        escalations: 0,
        notifications: 0,
        undelivered: 0,
      })
      return
    }
    const f = this.byId.get(id)
    if (!f) return
    switch (e.type) {
      case 'incident.notified':
        f.notifications++
        if (e.delivered !== true) f.undelivered++
        break
      case 'incident.escalated':
        f.escalations++
        break
      case 'incident.acknowledged':
        if (f.acknowledgedAt === undefined) {
          f.acknowledgedAt = e.at
          const via = str(e.via)
          if (via) f.acknowledgedVia = via
        }
        break
      case 'incident.cleared':
        f.clearedAt ??= e.at
        break
    }
  }

  facts(): IncidentFacts[] {
    return [...this.byId.values()].map((f) => ({ ...f }))
  }
}
