// Made by `npm run config-schema` (scripts/validators.ts) from the TypeBox schemas; do not edit.
import type { ValidateFunction } from 'ajv'
export declare const config: ValidateFunction
export declare const command: ValidateFunction
export declare const boardMap: ValidateFunction
export declare const manifest: ValidateFunction
export declare const signature: ValidateFunction
export declare const configState: ValidateFunction
export declare const importOutcome: ValidateFunction
export declare const commandTypes: readonly string[]
