/**
 * The queue domain's vocabulary: what the engine is told (commands), what it
 * records (events), and what it remembers (state). Everything here is plain
 * JSON so that events go to the journal and state to a snapshot unchanged.
 */
import type { ClosedTickets } from './closed-tickets.ts'
import type { TimeZones } from '../time/local-time.ts'
import type { IncidentBook, IncidentCommand, IncidentEvent, IncidentsConfig, LastFinished, RatingCommand, RatingEvent, RatingsConfig } from './incident-types.ts'

export type * from './incident-types.ts'

/** A language code as configured for the site, e.g. `ar`, `en`, `zh`, `ru`. */
export type Lang = string

/** Local wall-clock time `HH:MM` in the site's time zone. */
export type WallTime = string

export type PriorityClass = 'normal' | 'priority' | 'vip'

export type TicketState =
  | 'waiting'
  | 'called'
  | 'serving'
  | 'held'
  | 'done'
  | 'no-show'
  | 'transferred'
  | 'cancelled'
  /** Issued, but the printer failed: out of every queue until it is reprinted or cancelled. */
  | 'unprinted'

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

/** Every command names who sent it; the hub adds the request id. */
export type Command =
  | {
      type: 'issue'
      service: string
      priority?: PriorityClass
      /** The unguessable token of the ticket's status page (the QR code), made by the ticket box. */
      token?: string
    }
  | { type: 'callNext'; counter: string }
  | { type: 'recall'; counter: string }
  | { type: 'noShow'; counter: string }
  | { type: 'start'; counter: string }
  | { type: 'finish'; counter: string }
  | {
      type: 'transfer'
      counter: string
      to: { service: string } | { counter: string }
      position?: 'front' | 'arrival'
    }
  | { type: 'callTicket'; counter: string; label: string }
  | { type: 'hold'; counter: string }
  | { type: 'pause'; counter: string }
  | { type: 'resume'; counter: string }
  | { type: 'cancel'; label: string }
  /** The ticket box could not print an issued ticket: take it out of the queue. */
  | { type: 'markUnprinted'; label: string; reason?: string }
  /** A counter or technician asks the ticket box to print an unprinted ticket again. */
  | { type: 'reprint'; label: string }
  /** The ticket box printed it after all: it waits again, in its original place. */
  | { type: 'markPrinted'; label: string }
  /** Sent by the hub's clock: starts a new business day when it is due. */
  | { type: 'tick' }
  /** A member of staff logs in at a counter with their PIN (logging out whoever was there). */
  | { type: 'login'; counter: string; pin: string }
  | { type: 'logout'; counter: string }
  | IncidentCommand
  | RatingCommand

export type CommandType = Command['type']

/**
 * Events are facts; `at` is epoch milliseconds. The engine folds them into
 * state. A command's events are journaled together, as one record.
 */
export type Event =
  | { type: 'day.started'; at: number; day: string }
  | {
      type: 'ticket.issued'
      at: number
      id: string
      label: string
      service: string
      priority: PriorityClass
      /** The number part, for wrapping and caps. */
      number: number
      token?: string
    }
  | { type: 'ticket.called'; at: number; id: string; counter: string; recall: boolean; staff?: string }
  | { type: 'ticket.started'; at: number; id: string; counter: string; staff?: string }
  | { type: 'ticket.finished'; at: number; id: string; counter: string; staff?: string }
  | { type: 'ticket.noShow'; at: number; id: string; counter: string; staff?: string }
  | { type: 'ticket.held'; at: number; id: string; counter: string; staff?: string }
  | {
      type: 'ticket.transferred'
      at: number
      id: string
      counter: string
      toService?: string
      toCounter?: string
      position: 'front' | 'arrival'
      /** The staff id logged in at `counter`, for reports. */
      staff?: string
    }
  /** The ticket enters a service's queue again (the next step of a multi-step visit). */
  | { type: 'ticket.nextStep'; at: number; id: string; service: string }
  | { type: 'ticket.cancelled'; at: number; id: string; reason: 'cancelled' | 'day-end' }
  | { type: 'ticket.unprinted'; at: number; id: string; reason: string }
  | { type: 'ticket.reprintRequested'; at: number; id: string; service: string; token?: string }
  | { type: 'ticket.printed'; at: number; id: string }
  | { type: 'counter.paused'; at: number; counter: string }
  | { type: 'counter.resumed'; at: number; counter: string }
  | { type: 'staff.loggedIn'; at: number; counter: string; staff: string }
  | { type: 'staff.loggedOut'; at: number; counter: string; staff: string }
  | IncidentEvent
  | RatingEvent

export type EventType = Event['type']

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

export interface EngineError {
  /** Stable machine code, e.g. `unknown-service`, `queue-empty`. */
  code: string
  /** Words a teller or technician can act on. */
  message: string
}

export interface TicketView {
  id: string
  label: string
  service: string
  priority: PriorityClass
  state: TicketState
  issuedAt: number
  counter?: string
  calls: number
}

/** What the engine answers a command with. */
export type Decision =
  | { ok: true; events: Event[]; reply: Reply }
  | { ok: false; error: EngineError }

export interface Reply {
  ticket?: TicketView
  /** For `issue`: people waiting ahead of this ticket in its service. */
  ahead?: number
  /** For `issue`: estimated wait in seconds. */
  estimatedWaitSeconds?: number
  /** For `login`: who is now logged in (never the PIN). */
  staff?: { id: string; name: string }
  /** For incident commands: the incident's id. */
  incident?: string
}
