/**
 * The one shape of every answer on `reply/<device>` (rule 4: every command
 * gets one): the result, or an error with a reason a person can read.
 */
import { Type, type Static } from '@sinclair/typebox'
import { TicketViewSchema } from './ticket-view.ts'

/** What the engine answers a command with; which fields depend on the command (commands.ts `answer`). */
export const ReplySchema = Type.Object({
  ticket: Type.Optional(TicketViewSchema),
  /** For `issue`: people waiting ahead of this ticket in its service. */
  ahead: Type.Optional(Type.Integer({ minimum: 0 })),
  /** For `issue`: estimated wait in seconds. */
  estimatedWaitSeconds: Type.Optional(Type.Number({ minimum: 0 })),
  /** For `login`: who is now logged in (never the PIN). */
  staff: Type.Optional(Type.Object({ id: Type.String(), name: Type.String() })),
  /** For incident commands: the incident's id. */
  incident: Type.Optional(Type.String()),
  /** The answer to a request id seen before: the ticket it named, as it stands now (docs/mqtt.md). */
  repeated: Type.Optional(Type.Literal(true)),
})
export type Reply = Static<typeof ReplySchema>

export const EngineErrorSchema = Type.Object({
  /** Stable machine code, e.g. `unknown-service`, `queue-empty`. */
  code: Type.String(),
  /** Words a teller or technician can act on. */
  message: Type.String(),
})
export type EngineError = Static<typeof EngineErrorSchema>

export const AnswerSchema = Type.Union([
  Type.Object({ req: Type.String(), status: Type.Literal('ok'), data: ReplySchema }),
  Type.Object({ req: Type.String(), status: Type.Literal('error'), error: EngineErrorSchema }),
])
export type Answer = Static<typeof AnswerSchema>
