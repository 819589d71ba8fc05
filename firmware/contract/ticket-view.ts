/** A ticket's public face, as answers and `state/counter/<counter>` carry it. */
import { Type, type Static } from '@sinclair/typebox'
import { Priority, Words } from './fields.ts'

export const PriorityClassSchema = Priority
export type PriorityClass = Static<typeof Priority>

/** `unprinted`: issued, but the printer failed: out of every queue until it is reprinted or cancelled. */
export const TicketStateSchema = Words([
  'waiting',
  'called',
  'serving',
  'held',
  'done',
  'no-show',
  'transferred',
  'cancelled',
  'unprinted',
])
export type TicketState = Static<typeof TicketStateSchema>

export const TicketViewSchema = Type.Object({
  id: Type.String(),
  label: Type.String(),
  service: Type.String(),
  priority: Priority,
  state: TicketStateSchema,
  issuedAt: Type.Number(),
  counter: Type.Optional(Type.String()),
  calls: Type.Integer({ minimum: 0 }),
})
export type TicketView = Static<typeof TicketViewSchema>
