/**
 * `state/config` (docs/mqtt.md): which config the hub runs, how the last
 * USB import ended and how the last reload ended. Retained, published by the
 * hub at start and after every reload (SIGHUP). The import outcome is also
 * the file `qms usb-import` leaves for the hub (site/bundle/import-outcome.ts):
 * one schema for both, compiled into firmware/generated/validators.js
 * (scripts/validators.ts) and checked by check.ts.
 */
import { Type, type Static } from '@sinclair/typebox'
import { REFUSALS } from './refusals.ts'

export { REFUSALS, type Refusal } from './refusals.ts'

const Reasons = Type.Array(Type.String({ maxLength: 2000 }), { maxItems: 64 })

export const ImportOutcomeSchema = Type.Object(
  {
    /** rolled-back: `qms config rollback` put the previous config back (the revision is the one now current). */
    outcome: Type.Union([Type.Literal('applied'), Type.Literal('refused'), Type.Literal('rolled-back')]),
    /** Milliseconds since 1970 when the import ended. */
    at: Type.Number(),
    /** The bundle's revision, when it got far enough to know it. */
    revision: Type.Optional(Type.Integer({ minimum: 0 })),
    refusal: Type.Optional(Type.Union(REFUSALS.map((r) => Type.Literal(r)))),
    /** What was applied, or every reason it was refused. */
    reasons: Reasons,
  },
  { additionalProperties: false },
)
export type ImportOutcome = Static<typeof ImportOutcomeSchema>

export const ReloadReportSchema = Type.Object(
  {
    /** reloaded: the new config runs; unchanged: the file was the same; refused: the old one runs; reverted: the new one failed to start and the old one runs again. */
    outcome: Type.Union([
      Type.Literal('reloaded'),
      Type.Literal('unchanged'),
      Type.Literal('refused'),
      Type.Literal('reverted'),
    ]),
    at: Type.Number(),
    problems: Reasons,
  },
  { additionalProperties: false },
)
export type ReloadReport = Static<typeof ReloadReportSchema>

export const ConfigStateSchema = Type.Object(
  {
    site: Type.String(),
    /** The config's hash, as on the health topics. */
    config: Type.String(),
    /** The bundle revision the hub runs; null when its config file is not a verified bundle's. */
    revision: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()]),
    import: Type.Union([ImportOutcomeSchema, Type.Null()]),
    reload: Type.Union([ReloadReportSchema, Type.Null()]),
  },
  { additionalProperties: false },
)
export type ConfigState = Static<typeof ConfigStateSchema>
