/**
 * Call points and customer ratings: the vocabulary the engine adds for them
 * (the event shapes are the contract the report helpers read, see the brief).
 * Incidents are not tickets: they outlive a business day and are kept apart
 * in the state.
 */

export type IncidentKind = 'staff' | 'manager' | 'complaint' | 'emergency'

/** A button (or a wireless call button) with its meaning and where it is. */
export interface CallPointDef {
  id: string
  kind: IncidentKind
  /** Where someone must go: "Room 315", "Table 12", "Cardiology". */
  location: string
  /** The board it is wired to (or whose receiver hears it). */
  board: string
  /** The escalation chain its incidents follow. */
  chain: string
  /** The chain a complaint from this point (the cancel button held, seed 003) follows; default `chain`. */
  complaintChain?: string
  /** Fields from the config recorded with each call (ward, bed, department). */
  extra?: Record<string, string>
}

/** One step of an escalation chain: who is told, and how long they have to acknowledge. */
export interface EscalationLevel {
  /** Phone numbers (E.164, +491701234567) told by SMS at this level. */
  to: string[]
  /** Seconds without an acknowledgement before the next level is told; absent on the last level. */
  afterSeconds?: number
}

export interface EscalationChain {
  id: string
  /** Level 0 is told at once; level n+1 after level n's `afterSeconds`. */
  levels: EscalationLevel[]
}

export interface IncidentsConfig {
  points: CallPointDef[]
  chains: EscalationChain[]
}

export interface RatingsConfig {
  /** Keys 1…scale; 3 to 5. */
  scale: number
  /** A rating this long after a ticket was finished at the counter still belongs to it. */
  recentSeconds: number
}

export type IncidentCommand =
  /**
   * A call point was held: a new incident. Refused while the point has one open. `complaint`: a
   * customer registers dissatisfaction (kind complaint, the point's complaint chain), apart from its call.
   */
  | { type: 'raiseIncident'; point: string; complaint?: boolean }
  /** A caller who was not served asks again: the next level is told now (the last level again at the top). */
  | { type: 'escalateIncident'; incident?: string; point?: string; by: string }
  /** Someone is on the way: escalation stops. */
  | { type: 'acknowledgeIncident'; incident?: string; point?: string; by: string; via: 'key' | 'keypad' | 'sms' }
  /** The call is over (cancel key, second hold, or staff). */
  | { type: 'clearIncident'; incident?: string; point?: string; by?: string }
  /** The hub's notifier reports what a notification did (SMS is best effort). */
  | { type: 'recordNotification'; incident: string; level: number; to: string[]; channel: 'sms' | 'mqtt'; delivered: boolean; detail?: string }

export type RatingCommand = { type: 'rate'; counter: string; score: number }

export type IncidentEvent =
  | {
      type: 'incident.raised'
      at: number
      incident: string
      point: string
      kind: IncidentKind
      location: string
      board: string
      /** Every number the chain may text, level by level (journals from before this field lack it). */
      notify?: string[]
      extra?: Record<string, string>
      /** A complaint registered at the point, apart from its call; its chain is `chain`. */
      complaint?: true
      /** The chain followed, when not the point's own (a complaint's). */
      chain?: string
    }
  | { type: 'incident.notified'; at: number; incident: string; level: number; to: string[]; channel: 'sms' | 'mqtt'; delivered: boolean; detail?: string }
  /** `by`: the caller asked again (a hold while open); any acknowledgement is void, the chain goes on. */
  | { type: 'incident.escalated'; at: number; incident: string; level: number; by?: string }
  | { type: 'incident.acknowledged'; at: number; incident: string; by: string; via: 'key' | 'keypad' | 'sms' }
  | { type: 'incident.cleared'; at: number; incident: string; by?: string }

export type RatingEvent = {
  type: 'rating.recorded'
  at: number
  counter: string
  score: number
  scale: number
  /** The ticket rated; absent when no ticket was finished at the counter recently. */
  id?: string
  service?: string
  staff?: string
}

export interface OpenIncident {
  id: string
  point: string
  kind: IncidentKind
  location: string
  board: string
  extra?: Record<string, string>
  complaint?: true
  /** The chain followed, when not the point's own. */
  chain?: string
  raisedAt: number
  /** The escalation level told last, and when. */
  level: number
  levelAt: number
  acknowledgedAt?: number
  acknowledgedBy?: string
}

export interface IncidentBook {
  /** Incidents raised so far, for the next id. */
  raised: number
  /** Open (raised, not cleared) incidents by id. */
  open: Record<string, OpenIncident>
}

/** The ticket finished last at a counter, for attaching a rating. */
export interface LastFinished {
  id: string
  at: number
  service: string
  staff?: string
  rated?: boolean
}
