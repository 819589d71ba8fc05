/**
 * What every keypad protocol on the RS-485 bus has in common: bytes in,
 * addressed keys out (or a refusal of the garbage), and a reply telling the
 * teller what became of the key.
 */

/** The four answers a teller can be given, as a beep, an LED code or a word. */
export type FeedbackKind = 'done' | 'queue-empty' | 'not-allowed' | 'hub-unreachable'

/** A key from one keypad, named as roles/counter/counter-keys.ts names keys (`next`, `login:1234`). */
export interface KeypadKey {
  address: number
  key: string
}

export type KeypadParse = { ok: true; key: KeypadKey } | { ok: false; error: string }

export interface KeypadParser {
  /** Never throws: garbage becomes `{ ok: false }` results, through the callback given at construction. */
  feed(chunk: Buffer): void
}

export interface KeypadProtocol {
  readonly name: string
  parser(onParse: (result: KeypadParse) => void): KeypadParser
  /** The reply frame for one keypad; `text` is for keypads with a display, others ignore it. */
  reply(address: number, kind: FeedbackKind, text: string): Buffer
}

/** The feedback side of a keypad: a role tells it how each key ended. */
export interface KeypadFeedback {
  feedback(kind: FeedbackKind, text: string): void
}

/** How an engine answer becomes keypad feedback. */
export function feedbackKind(ok: boolean, code?: string): FeedbackKind {
  if (ok) return 'done'
  if (code === 'queue-empty') return 'queue-empty'
  if (code === 'hub-unreachable') return 'hub-unreachable'
  return 'not-allowed'
}
