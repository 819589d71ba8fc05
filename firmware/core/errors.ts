/**
 * The engine's refusals. Each has a stable code for machines and a sentence
 * for the person who pressed the key or wrote the config.
 */
import type { Decision, EngineError } from './types.ts'

export type ErrorCode =
  | 'bad-command'
  | 'unknown-service'
  | 'unknown-counter'
  | 'unknown-ticket'
  | 'queue-empty'
  | 'counter-paused'
  | 'no-current-ticket'
  | 'already-serving'
  | 'not-yet-no-show'
  | 'ticket-finished'
  | 'ticket-not-waiting'
  | 'ticket-printed'
  | 'service-closed'
  | 'daily-cap'
  | 'numbers-exhausted'
  | 'engine-error'
  | 'wrong-pin'
  | 'no-common-service'

export interface CodedError extends EngineError {
  code: ErrorCode
}

export function refuse(code: ErrorCode, message: string): Decision & { ok: false } {
  return { ok: false, error: { code, message } }
}

/** `Deposits`, `Deposits or Loans`, `Deposits, Loans or Accounts`. */
export function either(words: string[]): string {
  if (words.length <= 1) return words[0] ?? ''
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}
