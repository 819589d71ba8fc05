/**
 * `state/config` in words: the short line a hall display shows after a USB
 * import ("Config r12 applied", "Config refused: signature") and the lines
 * of the technician's status slip (the revision running, the last import).
 */
import type { ConfigState, Refusal } from '../contract/config-state.ts'

const REFUSAL_WORDS: Record<Refusal, string> = {
  'no-bundle': 'no bundle',
  unsigned: 'unsigned',
  signature: 'signature',
  files: 'damaged files',
  invalid: 'invalid config',
  site: 'other site',
  older: 'old revision',
  queue: 'tickets waiting',
  busy: 'import running',
  error: 'error',
}

/** The hall display's line for the last import, and when that import ended. */
export function importNotice(state: ConfigState): { text: string; at: number } | undefined {
  const last = state.import
  if (!last) return undefined
  if (last.outcome === 'refused') return { text: `Config refused: ${REFUSAL_WORDS[last.refusal ?? 'error']}`, at: last.at }
  // Applied on disk but not (yet) what the hub runs: its reload was refused, and the log says why.
  const runs = last.revision !== undefined && state.revision === last.revision
  if (last.outcome === 'rolled-back') return { text: runs ? `Config back to r${last.revision}` : `Config r${last.revision ?? '?'} not loaded`, at: last.at }
  return { text: `Config r${last.revision ?? '?'} ${runs ? 'applied' : 'not loaded'}`, at: last.at }
}

/** The status slip's config lines; `when` formats a time in the site's zone. */
export function configSlipLines(state: ConfigState | undefined, when: (ms: number) => string): string[] {
  if (!state) return ['Config import: no word from the hub']
  const lines = [`Config revision ${state.revision ?? 'none (not a bundle)'}`]
  const last = state.import
  if (!last) lines.push('Last import: none')
  else if (last.outcome === 'applied') lines.push(`Last import: applied r${last.revision ?? '?'}, ${when(last.at)}`)
  else if (last.outcome === 'rolled-back') lines.push(`Last change: rolled back to r${last.revision ?? '?'}, ${when(last.at)}`, ...last.reasons.slice(0, 1).map((r) => `  ${r}`))
  else lines.push(`Last import: refused (${REFUSAL_WORDS[last.refusal ?? 'error']}), ${when(last.at)}`, ...last.reasons.slice(0, 2).map((r) => `  ${r}`))
  if (last && last.outcome !== 'refused' && state.revision !== last.revision) lines.push(`  r${last.revision ?? '?'} is not running: see the hub's log`)
  if (state.reload && state.reload.outcome !== 'reloaded' && state.reload.outcome !== 'unchanged') {
    lines.push(`Last reload: ${state.reload.outcome}, ${when(state.reload.at)}`, ...state.reload.problems.slice(0, 2).map((p) => `  ${p}`))
  }
  return lines
}
