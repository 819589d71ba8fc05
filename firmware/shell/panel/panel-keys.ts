/**
 * The front panel's keyboard: pure, so every key is tested without a
 * terminal. Digits are the ticket box's buttons; letters the selected
 * counter's keypad; `t` then a digit transfers to that service.
 */
import type { SiteConfig } from '../../site/config/schema.ts'

export type PanelMode = 'normal' | 'transfer'

export type PanelAction =
  | { kind: 'service'; service: string; mode: PanelMode; prompt?: string }
  | { kind: 'counter-key'; key: string; mode: PanelMode; prompt?: string }
  | { kind: 'next-counter'; mode: PanelMode; prompt?: string }
  | { kind: 'quit'; mode: PanelMode; prompt?: string }
  | { kind: 'none'; mode: PanelMode; prompt?: string }

export const COUNTER_LETTERS: Record<string, string> = {
  n: 'next',
  r: 'recall',
  x: 'noShow',
  s: 'start',
  f: 'finish',
  h: 'hold',
  p: 'pause',
  u: 'resume',
}

export function panelKey(config: SiteConfig, mode: PanelMode, text: string): PanelAction {
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
  const key = COUNTER_LETTERS[text]
  return key ? { kind: 'counter-key', key, mode } : { kind: 'none', mode }
}
