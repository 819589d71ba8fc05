/**
 * `state/config` in words: the short line a hall display shows after a USB
 * import ("Config r12 applied", "Config refused: signature") and the lines
 * of the technician's status slip (the revision running, the last import).
 */
import type { ConfigState } from '../contract/config-state.ts'
import type { Words } from '../language/messages/words.ts'

/** Revisions are names ("r12"), written as digits in every language. */
const rev = (revision: number | null | undefined) => String(revision ?? '?')

/** The hall display's line for the last import, and when that import ended. */
export function importNotice(words: Words, state: ConfigState): { text: string; at: number } | undefined {
  const last = state.import
  if (!last) return undefined
  if (last.outcome === 'refused')
    return {
      text: words.text('display.config.refused', { why: words.text(`refusal.${last.refusal ?? 'error'}`) }),
      at: last.at,
    }
  // Applied on disk but not (yet) what the hub runs: its reload was refused, and the log says why.
  const runs = last.revision !== undefined && state.revision === last.revision
  const revision = rev(last.revision)
  if (last.outcome === 'rolled-back')
    return { text: words.text(runs ? 'display.config.back' : 'display.config.not-loaded', { revision }), at: last.at }
  return { text: words.text(runs ? 'display.config.applied' : 'display.config.not-loaded', { revision }), at: last.at }
}

/**
 * The status slip's config lines; `when` formats a time in the site's zone. The reasons under a line
 * are the hub's own log words (English), for the technician to look up.
 */
export function configSlipLines(words: Words, state: ConfigState | undefined, when: (ms: number) => string): string[] {
  if (!state) return [words.text('slip.config-unknown')]
  const lines = [
    state.revision === null || state.revision === undefined
      ? words.text('slip.revision-none')
      : words.text('slip.revision', { revision: String(state.revision) }),
  ]
  const last = state.import
  const at = (ms: number) => ({ when: when(ms) })
  if (!last) lines.push(words.text('slip.import-none'))
  else if (last.outcome === 'applied')
    lines.push(words.text('slip.import-applied', { revision: rev(last.revision), ...at(last.at) }))
  else if (last.outcome === 'rolled-back')
    lines.push(
      words.text('slip.import-rolled-back', { revision: rev(last.revision), ...at(last.at) }),
      ...last.reasons.slice(0, 1).map((r) => `  ${r}`),
    )
  else
    lines.push(
      words.text('slip.import-refused', { why: words.text(`refusal.${last.refusal ?? 'error'}`), ...at(last.at) }),
      ...last.reasons.slice(0, 2).map((r) => `  ${r}`),
    )
  if (last && last.outcome !== 'refused' && state.revision !== last.revision)
    lines.push(`  ${words.text('slip.not-running', { revision: rev(last.revision) })}`)
  if (state.reload && state.reload.outcome !== 'reloaded' && state.reload.outcome !== 'unchanged') {
    lines.push(
      words.text('slip.reload', { outcome: words.text(`reload.${state.reload.outcome}`), ...at(state.reload.at) }),
      ...state.reload.problems.slice(0, 2).map((p) => `  ${p}`),
    )
  }
  return lines
}
