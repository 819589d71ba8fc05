/**
 * Call points and customer ratings: the vocabulary the engine adds for them.
 * Their commands, events and open incidents cross the bus, so they are the
 * contract's (contract/). Incidents are not tickets: they outlive a business
 * day and are kept apart in the state.
 */
import type { IncidentKind } from '../contract/events.ts'
import type { OpenIncident } from '../contract/states.ts'

export type { IncidentCommand, RatingCommand } from '../contract/commands.ts'
export type { IncidentEvent, IncidentKind, RatingEvent } from '../contract/events.ts'
export type { OpenIncident } from '../contract/states.ts'

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
