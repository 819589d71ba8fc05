/**
 * Folds one business day's journal records into its summary. Pure: records
 * in, summary out. Reads the queue events of core/types.ts and the staff,
 * rating and incident events of the helpers' contract (contract-events.ts);
 * a record or event it does not know is skipped, never fatal.
 */
import {
  Entry,
  Outcome,
  SUMMARY_VERSION,
  type DaySummary,
  type EntryCode,
  type OutcomeCode,
  type Rating,
  type Visit,
} from './day-summary.ts'
import { IncidentFold } from './incident-fold.ts'
import { LocalHours } from './local-hours.ts'
import { OpenCounters } from './open-counters.ts'
import type { TimeZones } from '../time/local-time.ts'

interface OpenVisit {
  row: Visit
  enteredAt: number
  calledAt?: number
  startedAt?: number
  /** Out of the queue while the box could not print it: not waiting, though its wait runs on. */
  unprinted?: boolean
}

/** An event as read from the journal: only `type` and `at` are trusted to exist. */
type LooseEvent = { type: string; at: number } & Record<string, unknown>

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

class Names {
  readonly list: string[] = []
  private readonly index = new Map<string, number>()
  of(name: string | undefined): number {
    if (name === undefined) return -1
    let i = this.index.get(name)
    if (i === undefined) {
      i = this.list.push(name) - 1
      this.index.set(name, i)
    }
    return i
  }
}

export class DayFold {
  private readonly services = new Names()
  private readonly counters = new Names()
  private readonly staff = new Names()
  private readonly visits: Visit[] = []
  private readonly ratings: Rating[] = []
  private readonly open = new Map<string, OpenVisit>()
  /** Ticket id → its service, for a visit that starts after a transfer or a next step. */
  private readonly serviceOf = new Map<string, string>()
  private readonly hours: LocalHours
  private readonly waiting: number[] = []
  private waitingTotal = 0
  private readonly peak = new Map<number, { total: number; byService: number[] }>()
  private readonly counterHours: OpenCounters
  private readonly incidents = new IncidentFold()
  private from = Number.POSITIVE_INFINITY
  private to = Number.NEGATIVE_INFINITY

  constructor(
    private readonly day: string,
    private readonly timeZone: string,
    zones: TimeZones,
  ) {
    this.hours = new LocalHours(timeZone, zones)
    this.counterHours = new OpenCounters(this.hours)
  }

  /** One journal record `{ at, ev: [...] }`; anything else is skipped. */
  record(record: unknown): void {
    const ev = (record as { ev?: unknown } | null)?.ev
    if (!Array.isArray(ev)) return
    for (const event of ev) if (isEvent(event)) this.event(event)
  }

  event(e: LooseEvent): void {
    this.from = Math.min(this.from, e.at)
    this.to = Math.max(this.to, e.at)
    const id = str(e.id)
    const counter = str(e.counter)
    switch (e.type) {
      case 'ticket.issued':
        if (id && str(e.service)) this.enter(id, str(e.service)!, Entry.issued, e.at)
        break
      case 'ticket.called': {
        const v = id ? this.open.get(id) : undefined
        if (!v) break
        if (v.calledAt === undefined) {
          v.row[6] = Math.round((e.at - v.enteredAt) / 1000)
          this.changeWaiting(v.row[0], -1, e.at)
        }
        v.calledAt = e.at
        v.startedAt = undefined
        this.handledBy(v, counter, e)
        if (counter) this.counterHours.active(counter, e.at)
        break
      }
      case 'ticket.started': {
        const v = id ? this.open.get(id) : undefined
        if (!v) break
        v.startedAt = e.at
        this.handledBy(v, counter, e)
        break
      }
      case 'ticket.finished': {
        const v = id ? this.open.get(id) : undefined
        if (!v) break
        const began = v.startedAt ?? v.calledAt
        if (began !== undefined) v.row[7] = Math.round((e.at - began) / 1000)
        this.handledBy(v, counter, e)
        this.close(id!, Outcome.served, e.at)
        break
      }
      case 'ticket.noShow':
        this.handledByIfOpen(id, counter, e)
        this.close(id, Outcome.noShow, e.at)
        break
      case 'ticket.transferred': {
        this.handledByIfOpen(id, counter, e)
        this.close(id, Outcome.transferred, e.at)
        const service = str(e.toService) ?? (id ? this.serviceOf.get(id) : undefined)
        if (id && service) this.enter(id, service, Entry.transferred, e.at)
        break
      }
      case 'ticket.nextStep':
        if (id && str(e.service)) this.enter(id, str(e.service)!, Entry.nextStep, e.at)
        break
      case 'ticket.cancelled':
        this.close(id, Outcome.cancelled, e.at)
        break
      case 'ticket.unprinted':
      case 'ticket.printed':
        this.printing(id, e.type === 'ticket.unprinted', e.at)
        break
      case 'counter.paused':
      case 'staff.loggedOut':
        if (counter) this.counterHours.closed(counter, e.at)
        break
      case 'counter.resumed':
      case 'staff.loggedIn':
        if (counter) this.counterHours.opened(counter, e.at)
        break
      case 'rating.recorded':
        this.rating(e)
        break
      default:
        if (e.type.startsWith('incident.')) this.incidents.event(e)
    }
  }

  private enter(id: string, service: string, entry: EntryCode, at: number): void {
    const s = this.services.of(service)
    this.serviceOf.set(id, service)
    const row: Visit = [s, -1, -1, this.hours.hour(at), entry, Outcome.open, -1, -1]
    this.visits.push(row)
    this.open.set(id, { row, enteredAt: at })
    this.changeWaiting(s, +1, at)
  }

  private close(id: string | undefined, outcome: OutcomeCode, at: number): void {
    const v = id ? this.open.get(id) : undefined
    if (!v) return
    v.row[5] = outcome
    if (v.calledAt === undefined && !v.unprinted) this.changeWaiting(v.row[0], -1, at)
    this.open.delete(id!)
  }

  private printing(id: string | undefined, unprinted: boolean, at: number): void {
    const v = id ? this.open.get(id) : undefined
    if (!v || v.calledAt !== undefined || Boolean(v.unprinted) === unprinted) return
    v.unprinted = unprinted
    this.changeWaiting(v.row[0], unprinted ? -1 : +1, at)
  }

  private handledBy(v: OpenVisit, counter: string | undefined, e: LooseEvent): void {
    if (counter) v.row[1] = this.counters.of(counter)
    const staff = str(e.staff)
    if (staff) v.row[2] = this.staff.of(staff)
  }

  private handledByIfOpen(id: string | undefined, counter: string | undefined, e: LooseEvent): void {
    const v = id ? this.open.get(id) : undefined
    if (v) this.handledBy(v, counter, e)
  }

  private changeWaiting(service: number, by: number, at: number): void {
    this.waiting[service] = (this.waiting[service] ?? 0) + by
    this.waitingTotal += by
    const hour = this.hours.hour(at)
    let p = this.peak.get(hour)
    if (!p) this.peak.set(hour, (p = { total: 0, byService: [] }))
    p.total = Math.max(p.total, this.waitingTotal)
    p.byService[service] = Math.max(p.byService[service] ?? 0, this.waiting[service]!)
  }

  private rating(e: LooseEvent): void {
    const score = e.score
    const scale = e.scale
    if (typeof score !== 'number' || typeof scale !== 'number' || scale <= 0) return
    const service = str(e.service) ?? (str(e.id) ? this.serviceOf.get(str(e.id)!) : undefined)
    this.ratings.push([
      this.services.of(service),
      this.counters.of(str(e.counter)),
      this.staff.of(str(e.staff)),
      this.hours.hour(e.at),
      score,
      scale,
    ])
  }

  /**
   * The summary of everything folded so far; the fold may go on (today's
   * live report). `closed`: the day is over, and a visit still open was
   * cancelled at the day's end (the engine journals those cancellations in
   * the next day's first record, with its day.started).
   */
  summary(options: { closed?: boolean } = {}): DaySummary {
    const unfinished = options.closed ? Outcome.cancelled : Outcome.open
    const end = Number.isFinite(this.to) ? this.to : 0
    const open = this.counterHours.byHour(end)
    const hours = new Set([...this.peak.keys(), ...open.keys()])
    return {
      version: SUMMARY_VERSION,
      day: this.day,
      timeZone: this.timeZone,
      from: Number.isFinite(this.from) ? this.from : 0,
      to: end,
      services: [...this.services.list],
      counters: [...this.counters.list],
      staff: [...this.staff.list],
      visits: this.visits.flatMap((v) =>
        v[5] === Outcome.open ? [v[0], v[1], v[2], v[3], v[4], unfinished, v[6], v[7]] : v,
      ),
      hours: [...hours]
        .sort((a, b) => a - b)
        .map((hour) => {
          const p = this.peak.get(hour)
          const o = open.get(hour)
          return {
            hour,
            peakWaiting: p?.total ?? 0,
            peakWaitingByService: this.services.list.map((_, i) => p?.byService[i] ?? 0),
            countersOpen: o ? Math.round((o.ms / 3_600_000) * 100) / 100 : 0,
            countersOpenMax: o?.max ?? 0,
          }
        }),
      ratings: this.ratings.flat(),
      incidents: this.incidents.facts(),
    }
  }
}

function isEvent(e: unknown): e is LooseEvent {
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as LooseEvent).type === 'string' &&
    typeof (e as LooseEvent).at === 'number'
  )
}
