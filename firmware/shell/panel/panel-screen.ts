/** Draws the front panel as text: pure, from a view, for a terminal of a given size. */
import type { SiteConfig } from '../../site/config/schema.ts'
import type { DisplayContent } from '../../drivers/display/display.ts'
import { COUNTER_LETTERS, type PanelMode, TYPED_LETTERS } from './panel-keys.ts'

export interface PanelView {
  config: SiteConfig
  /** Index of the selected counter keypad in board.counters. */
  counter: number
  ticket: string | undefined
  displays: Map<string, DisplayContent>
  announcements: string[]
  feedback: string
  prompt: string
  log: string[]
  /** Which of the site's devices are online (on the hub's board), or that this board cannot reach the hub. */
  devices: string
}

const BOLD = '\x1b[1m'
const INVERSE = '\x1b[7m'
const DIM = '\x1b[2m'
const RESET = '\x1b[0m'

function width(text: string): number {
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/\x1b\[[0-9;?]*[a-zA-Z]/g, '')].length
}

function fit(text: string, columns: number): string {
  const w = width(text)
  if (w <= columns) return text + ' '.repeat(columns - w)
  return [...text].slice(0, Math.max(0, columns - 1)).join('') + '…' + RESET
}

function serviceName(config: SiteConfig, id: string): string {
  const service = config.services.find((s) => s.id === id)
  return service?.names.en ?? (service ? Object.values(service.names)[0] : undefined) ?? id
}

/** Items side by side, on as many lines as `columns` needs: a legend is never cut off at 80 columns. */
function wrapItems(items: string[], columns: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const item of items) {
    const next = line === '' ? item : `${line}  ${item}`
    if (line !== '' && width(next) > columns) {
      lines.push(line)
      line = item
    } else line = next
  }
  return line === '' ? lines : [...lines, line]
}

/** Log lines kept on screen however long the ticket is. */
const MIN_LOG_ROWS = 2

export function drawPanel(view: PanelView, columns: number, rows: number, mode: PanelMode): string {
  const { config } = view
  const out: string[] = []
  const rule = DIM + '─'.repeat(columns) + RESET
  out.push(`${BOLD}${config.site.name}${RESET}  ${DIM}front panel — simulated hardware${RESET}`)
  const buttons = (config.board.dispenser?.buttons ?? []).map((b, i) => `[${i + 1}] ${serviceName(config, b.service)}`)
  out.push(`Ticket box: ${buttons.join('  ') || '(no dispenser on this board)'}`)
  const counters = (config.board.counters ?? []).map((k, i) => {
    const name = config.counters.find((c) => c.id === k.counter)?.name ?? k.counter
    return i === view.counter ? `${INVERSE} ${name} ${RESET}` : ` ${name} `
  })
  const letters = [
    ...Object.entries(COUNTER_LETTERS),
    ...Object.entries(TYPED_LETTERS).map(([letter, typed]) => [letter, typed.legend]),
  ].map(([letter, key]) => `${BOLD}${letter}${RESET} ${key}`)
  // Quit first: on a small terminal it is the key a newcomer looks for.
  out.push(
    ...wrapItems(
      [
        `${BOLD}q${RESET} quit`,
        `Counter:${counters.join('')} ${DIM}(Tab)${RESET}`,
        ...letters,
        `${BOLD}t${RESET} transfer`,
      ],
      columns,
    ),
  )
  out.push(mode !== 'normal' || view.prompt !== '' ? `${BOLD}${view.prompt}${RESET}` : view.feedback)
  out.push(rule)

  const ticketRows = (view.ticket ?? '(no ticket printed yet)').split('\n')
  const left = Math.max(...ticketRows.map(width), 24) + 2
  const right: string[] = [`${BOLD}Displays${RESET}`]
  for (const [id, content] of view.displays) {
    const face =
      content.rows.length === 0
        ? DIM + '(blank)' + RESET
        : content.rows.map((r, i) => (i === content.highlight ? INVERSE + r + RESET : r)).join('  ·  ')
    right.push(`${id.padEnd(10)} ${face}`)
  }
  if (view.devices !== '') right.push('', view.devices)
  right.push(
    '',
    `${BOLD}Announcements${RESET}`,
    ...(view.announcements.length > 0 ? view.announcements : [DIM + '(none yet)' + RESET]),
  )
  // The screen's height bounds the body: lines past it scrolled the legend off the top of a 24-row terminal.
  const body = Math.min(Math.max(ticketRows.length, right.length), Math.max(0, rows - out.length - 2 - MIN_LOG_ROWS))
  for (let i = 0; i < body; i++) {
    out.push(fit(ticketRows[i] ?? '', left) + fit(right[i] ?? '', Math.max(0, columns - left)))
  }
  out.push(rule)
  const logRows = Math.max(0, rows - out.length)
  for (const line of view.log.slice(-logRows)) out.push(fit(DIM + line + RESET, columns))
  return out
    .slice(0, rows)
    .map((line) => fit(line, columns))
    .join('\n')
}
