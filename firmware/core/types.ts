/**
 * The queue domain's vocabulary: what the engine is told (commands), what it
 * records (events), and what it remembers (state). Everything here is plain
 * JSON so that events go to the journal and state to a snapshot unchanged.
 */
import type { ClosedTickets } from './closed-tickets.ts'
import type { TimeZones } from '../time/local-time.ts'
import type { IncidentBook, IncidentsConfig, LastFinished, RatingsConfig } from './incident-types.ts'
import type { EngineError, Reply } from '../contract/answers.ts'
import type { Event } from '../contract/events.ts'
import type { PriorityClass, TicketState } from '../contract/ticket-view.ts'

export type * from './incident-types.ts'
/** What crosses the bus is the contract's (contract/): commands, events, answers and the ticket's public face. */
export type { Command, CommandType } from '../contract/commands.ts'
export type { Event, EventType } from '../contract/events.ts'
export type { EngineError, Reply } from '../contract/answers.ts'
export type { PriorityClass, TicketState, TicketView } from '../contract/ticket-view.ts'

/** A language code as configured for the site, e.g. `ar`, `en`, `zh`, `ru`. */
export type Lang = string

/** Local wall-clock time `HH:MM` in the site's time zone. */
export type WallTime = string

/** Opening hours: on these ISO weekdays (1 = Monday … 7 = Sunday), from–to local time. */
export interface OpeningHours {
  days: number[]
  from: WallTime
  to: WallTime
}

export interface ServiceDef {
  id: string
  /** Letter(s) in front of the number: `A` gives `A023`. */
  prefix: string
  names: Record<Lang, string>
  /** Numbers run from `from` to `to` and wrap to `from` again. */
  range: { from: number; to: number }
  /** Digits in a label; `3` gives `A007`. */
  digits: number
  /** At most this many tickets a business day; absent means no cap. */
  dailyCap?: number
  /** Absent means always open. */
  hours?: OpeningHours[]
  /** Multi-step visits: on finish the ticket re-enters this service's queue with the same label. */
  nextStep?: string
}

export interface CounterDef {
  id: string
  name: string
  /** The services this counter serves, in priority order. */
  services: string[]
}

/** A member of staff: logs in at a counter with a PIN and serves only these services there. */
export interface StaffDef {
  id: string
  name: string
  /** Digits typed on the keypad; unique across the site. */
  pin: string
  services: string[]
}

export interface EngineConfig {
  /** IANA zone, e.g. `Asia/Dubai`, `Europe/Berlin`. */
  timeZone: string
  /** Where local time in it comes from: the command's one TimeZones (time/system-zone.ts). */
  zones: TimeZones
  /** Numbering restarts at this local time each day. */
  dayStartsAt: WallTime
  services: ServiceDef[]
  counters: CounterDef[]
  noShow: {
    /** A ticket may be marked no-show only after it was called this many times… */
    minCalls: number
    /** …and this many seconds after its first call. */
    minSeconds: number
  }
  transfer: {
    /** Where a transferred ticket enters its new queue unless the command says otherwise. */
    position: 'front' | 'arrival'
  }
  priority: {
    /**
     * Anti-starvation: after this many priority/VIP calls in a row at one counter,
     * the next call takes the oldest normal ticket if one waits. 0 disables it.
     */
    maxConsecutive: number
  }
  estimate: {
    /** How many recent service times (per service) the wait estimate averages. */
    window: number
    /** Assumed service time, seconds, before any ticket of the service is finished today. */
    defaultServiceSeconds: number
  }
  /** Staff accounts; absent or empty means no one logs in and each counter serves its own services. */
  staff?: StaffDef[]
  /** Call points and their escalation chains (issue 9); absent: no call points. */
  incidents?: IncidentsConfig
  /** Rating keys at the counters (issue 9); absent: a 1–5 scale. */
  ratings?: RatingsConfig
}

export interface Transition {
  state: TicketState
  at: number
  counter?: string
}

export interface Ticket {
  /** Unique across days: `<day>/<label>/<n>` style, stable for the ticket's life. */
  id: string
  label: string
  number: number
  service: string
  priority: PriorityClass
  state: TicketState
  issuedAt: number
  /** The counter that called it last. */
  counter?: string
  /** Set when the ticket was transferred to one counter rather than a service. */
  forCounter?: string
  /** Times called, recalls included; reset when it enters a new queue. */
  calls: number
  firstCalledAt?: number
  /** Ordering key within a queue: the arrival time, or earlier than everyone for "front". */
  queueKey: number
  /** Every transition with its time. */
  history: Transition[]
  /** The status page token printed in the QR code. */
  token?: string
}

export interface CounterState {
  id: string
  paused: boolean
  /** The ticket called or being served at this counter. */
  current?: string
  /** Priority/VIP calls in a row, for the anti-starvation rule. */
  priorityStreak: number
  /** The staff id logged in here, if anyone is. */
  staff?: string
  /** The ticket finished here last, for the rating keys. */
  lastFinished?: LastFinished
}

export interface ServiceStats {
  /** Tickets issued today (for the daily cap). */
  issued: number
  /** The last number given out, for wrapping. */
  lastNumber: number
  /** Recent service times in seconds, newest last, at most `estimate.window`. */
  recentServiceSeconds: number[]
}

export interface QueueState {
  /** Business day `YYYY-MM-DD`, or '' before the first day started. */
  day: string
  tickets: Record<string, Ticket>
  /** Label → ticket id, for the current day. */
  byLabel: Record<string, string>
  counters: Record<string, CounterState>
  services: Record<string, ServiceStats>
  /** Count of events folded, for sanity checks. */
  events: number
  /** Call-point incidents; absent until the first is raised. */
  incidents?: IncidentBook
  /** Today's closed tickets, packed small by the hub (closed-tickets.ts); absent until the first. */
  closed?: ClosedTickets
}

/** What the engine answers a command with. */
export type Decision = { ok: true; events: Event[]; reply: Reply } | { ok: false; error: EngineError }
