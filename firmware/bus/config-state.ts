/**
 * `state/config` (docs/mqtt.md): which config the hub runs, how the last
 * USB import ended and how the last reload ended. Retained, published by the
 * hub at start and after every reload (SIGHUP). The import outcome is also
 * the file `qms usb-import` leaves for the hub (site/bundle/import-outcome.ts):
 * one schema for both (config-state-schema.ts), compiled at build time.
 */
import { configState, importOutcome } from '../generated/validators.js'
import type { ConfigState, ImportOutcome } from './config-state-schema.ts'

export type { ConfigState, ImportOutcome, ReloadReport } from './config-state-schema.ts'
export { REFUSALS, type Refusal } from './refusals.ts'

/** A payload as it arrives on the bus, or undefined when it is not one (bad input is refused, never fatal). */
export function asConfigState(payload: unknown): ConfigState | undefined {
  return configState(payload) ? (payload as ConfigState) : undefined
}

export function asImportOutcome(value: unknown): ImportOutcome | undefined {
  return importOutcome(value) ? (value as ImportOutcome) : undefined
}
