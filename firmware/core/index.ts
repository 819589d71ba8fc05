/** The queue engine: pure functions over plain-JSON state, time passed in. */
export * from './types.ts'
export type { ErrorCode } from './errors.ts'
export { initialState } from './state.ts'
export {
  closedServed,
  closedTicketList,
  findTicket,
  packAllClosed,
  packClosedBy,
  ReplayPacking,
  type ClosedTickets,
} from './closed-tickets.ts'
export { decide } from './decide.ts'
export { apply } from './apply.ts'
export { businessDay } from './business-day.ts'
export { estimateWait, standing } from './estimate.ts'
export { ticketView, waitingByService, recentCalls } from './views.ts'
export { validateEngineConfig } from './validate-config.ts'
export { levelsOf } from './incidents.ts'
