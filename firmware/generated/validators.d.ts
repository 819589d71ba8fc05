// Made by `npm run config-schema` (scripts/validators.ts) from the TypeBox schemas; do not edit.
import type { ValidateFunction } from 'ajv'
import type { ContractChecks } from '../contract/topic-map.ts'
export declare const config: ValidateFunction
export declare const command: ValidateFunction
export declare const boardMap: ValidateFunction
export declare const manifest: ValidateFunction
export declare const signature: ValidateFunction
export declare const configState: ValidateFunction
export declare const importOutcome: ValidateFunction
export declare const topic_reply: ValidateFunction
export declare const topic_event: ValidateFunction
export declare const topic_counterState: ValidateFunction
export declare const topic_servicesState: ValidateFunction
export declare const topic_callsState: ValidateFunction
export declare const topic_deviceHealth: ValidateFunction
export declare const topic_devicesState: ValidateFunction
export declare const topic_printerState: ValidateFunction
export declare const topic_printerAlert: ValidateFunction
export declare const topic_reportLive: ValidateFunction
export declare const topic_reportDay: ValidateFunction
export declare const topic_incidentsState: ValidateFunction
export declare const topic_modemState: ValidateFunction
export declare const topic_smsAlert: ValidateFunction
export declare const commandTypes: readonly string[]
export declare const contractChecks: ContractChecks
