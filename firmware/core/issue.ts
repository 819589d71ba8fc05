/**
 * Issuing a ticket: the next number of the service's range, checked against
 * opening hours, the daily cap and labels already given out today.
 */
import type { Decision, EngineConfig, PriorityClass, QueueState, ServiceDef, ServiceStats } from './types.ts'
import { refuse } from './errors.ts'
import { estimateWait } from './estimate.ts'
import { describeHours, isOpen } from './opening-hours.ts'
import { peekStats } from './state.ts'
import { labelTaken } from './closed-tickets.ts'
import { newTicket } from './ticket-fold.ts'
import { ticketView } from './views.ts'
import { findService, serviceName } from './wording.ts'

export function decideIssue(
  config: EngineConfig,
  state: QueueState,
  cmd: { service: string; priority?: PriorityClass; token?: string },
  now: number,
): Decision {
  const def = findService(config, cmd.service)
  if (!def) {
    const known = config.services.map((s) => s.id).join(', ')
    return refuse('unknown-service', `There is no service "${cmd.service}"; the services are ${known}`)
  }
  const name = serviceName(config, def.id)
  const local = config.zones.localTime(now, config.timeZone)
  if (!isOpen(def.hours, local)) {
    // The zone is named: a box whose clock or zone is wrong reads "closed" at noon, and the hours alone do not say why.
    const hhmm = `${String(Math.floor(local.minutes / 60)).padStart(2, '0')}:${String(local.minutes % 60).padStart(2, '0')}`
    return refuse(
      'service-closed',
      `${name} is closed now (${hhmm} in ${config.timeZone}); it is open ${describeHours(def.hours ?? [])}`,
    )
  }
  const stats = peekStats(state, def.id)
  if (def.dailyCap !== undefined && stats.issued >= def.dailyCap) {
    return refuse('daily-cap', `${name} has given out all ${def.dailyCap} tickets for today; please come back tomorrow`)
  }
  const number = nextNumber(def, stats)
  const label = formatLabel(def, number)
  if (labelTaken(state, label)) {
    // Numbers restart every business day, so wrapping onto a used label means the whole range is used.
    return refuse(
      'numbers-exhausted',
      `${name} has given out every number from ${formatLabel(def, def.range.from)} to ${formatLabel(def, def.range.to)} today; no more tickets until tomorrow (a technician can widen the range)`,
    )
  }
  const priority = cmd.priority ?? 'normal'
  const { ahead, seconds } = estimateWait(config, state, def.id, priority)
  const event = {
    type: 'ticket.issued',
    at: now,
    id: `${state.day}/${label}`,
    label,
    service: def.id,
    priority,
    number,
    ...(cmd.token === undefined ? {} : { token: cmd.token }),
  } as const
  return {
    ok: true,
    events: [event],
    reply: { ticket: ticketView(newTicket(event)), ahead, estimatedWaitSeconds: seconds },
  }
}

/** The first number of the range on a fresh day, then one up, wrapping after `to`. */
export function nextNumber(def: ServiceDef, stats: ServiceStats): number {
  const { from, to } = def.range
  if (stats.issued === 0 || stats.lastNumber >= to || stats.lastNumber < from) return from
  return stats.lastNumber + 1
}

export function formatLabel(def: ServiceDef, number: number): string {
  return def.prefix + String(number).padStart(def.digits, '0')
}
