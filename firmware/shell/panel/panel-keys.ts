/**
 * The front panel's keyboard: pure, so every key is tested without a
 * terminal. Digits are the ticket box's buttons; letters the selected
 * counter's keypad; `t` then a digit transfers to that service. The keys
 * that need typing (a ticket's label, a PIN, a score) open a prompt line:
 * Enter sends what was typed, Backspace takes a character back, Esc cancels.
 */
import type { SiteConfig } from '../../site/config/schema.ts'

/** A key that needs typed text first, and what it lets be typed. */
interface TypedKey {
  key: 'call' | 'reprint' | 'cancel' | 'login' | 'rate'
  ask: string
  /** Its name in the legend: the key and what it asks for. */
  legend: string
  /** One character that may be typed. */
  accepts: RegExp
  /** At most this many characters; reaching it sends at once (a score is one digit). */
  max: number
  /** A PIN is shown as dots. */
  secret?: boolean
}

const LABEL_CHAR = /^[A-Za-z0-9]$/

export const TYPED_LETTERS: Record<string, TypedKey> = {
  // A held ticket comes back the same way: the engine calls a held ticket by its label (core/counter-commands.ts).
  c: { key: 'call', legend: 'call #', ask: 'call ticket (a held one comes back)', accepts: LABEL_CHAR, max: 8 },
  e: { key: 'reprint', legend: 'reprint #', ask: 'reprint unprinted ticket', accepts: LABEL_CHAR, max: 8 },
  k: { key: 'cancel', legend: 'cancel #', ask: 'cancel ticket', accepts: LABEL_CHAR, max: 8 },
  l: { key: 'login', legend: 'login PIN', ask: 'staff PIN', accepts: /^[0-9]$/, max: 8, secret: true },
  v: { key: 'rate', legend: 'rate 1-5', ask: 'rating 1-5', accepts: /^[1-5]$/, max: 1 },
}

export type PanelMode = 'normal' | 'transfer' | TypedKey['key']

export type PanelAction =
  | { kind: 'service'; service: string; mode: PanelMode; prompt?: string }
  | { kind: 'counter-key'; key: string; mode: PanelMode; prompt?: string }
  | { kind: 'next-counter'; mode: PanelMode; prompt?: string }
  | { kind: 'quit'; mode: PanelMode; prompt?: string }
  | { kind: 'none'; mode: PanelMode; prompt?: string; typed?: string }

export const COUNTER_LETTERS: Record<string, string> = {
  n: 'next',
  r: 'recall',
  x: 'noShow',
  s: 'start',
  f: 'finish',
  h: 'hold',
  p: 'pause',
  u: 'resume',
  o: 'logout',
}

function typedKey(mode: PanelMode): TypedKey | undefined {
  return Object.values(TYPED_LETTERS).find((k) => k.key === mode)
}

function typingPrompt(entry: TypedKey, typed: string): string {
  const shown = entry.secret ? '•'.repeat(typed.length) : typed
  return `${entry.ask}: ${shown}_  (Enter sends, Esc cancels)`
}

function edit(entry: TypedKey, text: string, typed: string): string {
  if (text === '\x7f' || text === '\b') return typed.slice(0, -1)
  // Labels are upper case (A023) whichever way they were typed.
  return entry.accepts.test(text) ? typed + text.toUpperCase() : typed
}

/** One key while a prompt is open: `typed` is what was typed so far. */
function typing(entry: TypedKey, text: string, typed: string): PanelAction {
  if (text === '\x1b') return { kind: 'none', mode: 'normal', prompt: `${entry.key} cancelled` }
  if (text === '\r' || text === '\n') {
    if (typed === '') return { kind: 'none', mode: entry.key, prompt: typingPrompt(entry, typed), typed }
    return { kind: 'counter-key', key: `${entry.key}:${typed}`, mode: 'normal' }
  }
  const next = edit(entry, text, typed)
  if (next.length >= entry.max)
    return { kind: 'counter-key', key: `${entry.key}:${next.slice(0, entry.max)}`, mode: 'normal' }
  return { kind: 'none', mode: entry.key, prompt: typingPrompt(entry, next), typed: next }
}

export function panelKey(config: SiteConfig, mode: PanelMode, text: string, typed = ''): PanelAction {
  const entry = typedKey(mode)
  if (entry) return typing(entry, text, typed)
  const buttons = config.board.dispenser?.buttons ?? []
  const digit = /^[1-9]$/.test(text) ? Number(text) - 1 : -1
  if (mode === 'transfer') {
    const service = config.services[digit]
    if (service) return { kind: 'counter-key', key: `transfer:${service.id}`, mode: 'normal' }
    return {
      kind: 'none',
      mode: 'normal',
      prompt: text === '\x1b' ? 'transfer cancelled' : 'transfer: no such service',
    }
  }
  if (digit >= 0) {
    const button = buttons[digit]
    return button ? { kind: 'service', service: button.service, mode } : { kind: 'none', mode }
  }
  if (text === '\t') return { kind: 'next-counter', mode }
  if (text === 'q') return { kind: 'quit', mode }
  if (text === 't') {
    const choices = config.services.map((s, i) => `${i + 1} ${s.names.en ?? s.id}`).join('  ')
    return { kind: 'none', mode: 'transfer', prompt: `transfer to: ${choices}  (Esc cancels)` }
  }
  const ask = TYPED_LETTERS[text]
  if (ask) return { kind: 'none', mode: ask.key, prompt: typingPrompt(ask, ''), typed: '' }
  const key = COUNTER_LETTERS[text]
  return key ? { kind: 'counter-key', key, mode } : { kind: 'none', mode }
}
