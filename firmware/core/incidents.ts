/**
 * Incidents from call points: raise, acknowledge, clear, the notifier's
 * report, and escalation on the clock's tick. decide*() are pure; apply*()
 * fold the events into the incident book.
 */
import type { Decision, EngineConfig, Event, QueueState } from './types.ts'
import type { IncidentBook, IncidentCommand, IncidentEvent, OpenIncident } from './incident-types.ts'

const no = (code: string, message: string): Decision => ({ ok: false, error: { code, message } })

const EMPTY: IncidentBook = { raised: 0, open: {} }

/** Read-only for decide(). */
function bookOf(state: QueueState): IncidentBook {
  return state.incidents ?? EMPTY
}

/**
 * The open incident a command names, by id or by its call point. By point: the point's call before
 * its complaint, and for an acknowledgement the first nobody acknowledged yet.
 */
function named(
  state: QueueState,
  cmd: { incident?: string; point?: string },
  unacknowledged = false,
): OpenIncident | Decision {
  const open = Object.values(bookOf(state).open)
  if (cmd.incident !== undefined)
    return bookOf(state).open[cmd.incident] ?? no('unknown-incident', `There is no open incident "${cmd.incident}"`)
  if (cmd.point === undefined) return no('bad-command', 'Name the incident or its call point')
  const at = open.filter((i) => i.point === cmd.point).sort((a, b) => Number(!!a.complaint) - Number(!!b.complaint))
  return (
    (unacknowledged ? at.find((i) => i.acknowledgedAt === undefined) : undefined) ??
    at[0] ??
    no('no-open-incident', `Call point "${cmd.point}" has no open call`)
  )
}

/** The escalation levels an incident follows: its own chain (a complaint's) or its point's. */
export function levelsOf(config: EngineConfig, incident: { point: string; chain?: string }) {
  const chainId = incident.chain ?? config.incidents?.points.find((p) => p.id === incident.point)?.chain
  return config.incidents?.chains.find((c) => c.id === chainId)?.levels ?? []
}

export function decideIncident(config: EngineConfig, state: QueueState, cmd: IncidentCommand, now: number): Decision {
  switch (cmd.type) {
    case 'raiseIncident': {
      const point = config.incidents?.points.find((p) => p.id === cmd.point)
      if (!point) return no('unknown-call-point', `There is no call point "${cmd.point}"`)
      const complaint = cmd.complaint === true
      const already = Object.values(bookOf(state).open).find((i) => i.point === point.id && !!i.complaint === complaint)
      if (already)
        return no(
          'incident-open',
          `${point.location} already has an open ${complaint ? 'complaint' : 'call'} (${already.id})`,
        )
      const incident = `inc-${bookOf(state).raised + 1}`
      const chainId = complaint ? (point.complaintChain ?? point.chain) : point.chain
      const notify = [...new Set(levelsOf(config, { point: point.id, chain: chainId }).flatMap((l) => l.to))]
      const event: IncidentEvent = {
        type: 'incident.raised',
        at: now,
        incident,
        point: point.id,
        kind: complaint ? 'complaint' : point.kind,
        location: point.location,
        board: point.board,
        notify,
        ...(point.extra ? { extra: point.extra } : {}),
        ...(complaint ? { complaint: true as const, chain: chainId } : {}),
      }
      return { ok: true, events: [event], reply: { incident } }
    }
    case 'escalateIncident': {
      // A caller's own hold: never an acknowledgement or a clear, always someone more senior told.
      const found = named(state, cmd)
      if (!('id' in found)) return found
      const last = Math.max(0, levelsOf(config, found).length - 1)
      const event: IncidentEvent = {
        type: 'incident.escalated',
        at: now,
        incident: found.id,
        level: Math.min(found.level + 1, last),
        by: cmd.by,
      }
      return { ok: true, events: [event], reply: { incident: found.id } }
    }
    case 'acknowledgeIncident': {
      const found = named(state, cmd, true)
      if (!('id' in found)) return found
      if (found.acknowledgedAt !== undefined)
        return no(
          'already-acknowledged',
          `${found.location}: already acknowledged by ${found.acknowledgedBy ?? 'someone'}`,
        )
      return {
        ok: true,
        events: [{ type: 'incident.acknowledged', at: now, incident: found.id, by: cmd.by, via: cmd.via }],
        reply: { incident: found.id },
      }
    }
    case 'clearIncident': {
      const found = named(state, cmd)
      if (!('id' in found)) return found
      const event: IncidentEvent = {
        type: 'incident.cleared',
        at: now,
        incident: found.id,
        ...(cmd.by === undefined ? {} : { by: cmd.by }),
      }
      return { ok: true, events: [event], reply: { incident: found.id } }
    }
    case 'recordNotification': {
      // A late report for an incident already cleared is still a fact worth keeping.
      const { type: _type, ...rest } = cmd
      return { ok: true, events: [{ type: 'incident.notified', at: now, ...rest }], reply: { incident: cmd.incident } }
    }
  }
}

/** On each tick: one level up for every unacknowledged incident whose level has waited long enough. */
export function escalationEvents(config: EngineConfig, state: QueueState, now: number): Event[] {
  const events: Event[] = []
  for (const incident of Object.values(bookOf(state).open)) {
    if (incident.acknowledgedAt !== undefined) continue
    const levels = levelsOf(config, incident)
    const wait = levels[incident.level]?.afterSeconds
    if (wait === undefined || incident.level + 1 >= levels.length) continue
    if (now >= incident.levelAt + wait * 1000)
      events.push({ type: 'incident.escalated', at: now, incident: incident.id, level: incident.level + 1 })
  }
  return events
}

export function applyIncident(state: QueueState, event: IncidentEvent): void {
  const book = (state.incidents ??= { raised: 0, open: {} })
  switch (event.type) {
    case 'incident.raised':
      book.raised += 1
      book.open[event.incident] = {
        id: event.incident,
        point: event.point,
        kind: event.kind,
        location: event.location,
        board: event.board,
        ...(event.extra ? { extra: event.extra } : {}),
        ...(event.complaint ? { complaint: true as const } : {}),
        ...(event.chain === undefined ? {} : { chain: event.chain }),
        raisedAt: event.at,
        level: 0,
        levelAt: event.at,
      }
      return
    case 'incident.escalated': {
      const open = book.open[event.incident]
      if (open) {
        open.level = event.level
        open.levelAt = event.at
        // Asked again by the caller: whoever said they were coming has not come; the chain goes on.
        if (event.by !== undefined) {
          delete open.acknowledgedAt
          delete open.acknowledgedBy
        }
      }
      return
    }
    case 'incident.acknowledged': {
      const open = book.open[event.incident]
      if (open) {
        open.acknowledgedAt = event.at
        open.acknowledgedBy = event.by
      }
      return
    }
    case 'incident.cleared':
      delete book.open[event.incident]
      return
    case 'incident.notified':
      return
  }
}
