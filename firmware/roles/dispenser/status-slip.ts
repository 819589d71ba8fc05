/**
 * The technician's status slip, printed when the first and last service
 * buttons are held together: what a technician needs in front of the box
 * without a laptop.
 */
import { networkInterfaces } from 'node:os'
import type { PrinterStatus } from '../../drivers/printer/escpos-status.ts'
import type { Words } from '../../language/messages/words.ts'
import type { TicketLayout, TicketLine } from './layout.ts'

export interface SlipFacts {
  firmware: string
  configVersion: string
  printerName: string
  printer: PrinterStatus
  /** Tickets this box printed today, per service id. */
  printedToday: Record<string, number>
  /** People waiting per service id, from the hub's retained state. */
  waiting: Record<string, number>
  unprinted: string[]
  addresses: string[]
  when: string
  /** The config revision running and the last USB import's outcome (roles/config-words.ts). */
  configLines: string[]
}

/** IPv4 addresses of this box, loopback left out. */
export function boxAddresses(): string[] {
  return Object.entries(networkInterfaces()).flatMap(([name, list]) =>
    (list ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => `${name} ${a.address}`),
  )
}

/** What the printer says about itself, in the slip's language (drivers/printer/escpos-status.ts reads the bits). */
export function printerWords(words: Words, s: PrinterStatus): string {
  if (!s.answered) return words.text('printer.not-answering')
  const problems = [
    s.coverOpen && words.text('printer.cover-open'),
    s.paperOut && words.text('printer.paper-out'),
    !s.online && words.text('printer.offline'),
  ].filter(Boolean)
  if (problems.length > 0) return problems.join(', ')
  return words.text(s.paperNearEnd ? 'printer.paper-low' : 'printer.ready')
}

/** A slip line in the staff language, marked with it so that the printer shapes and orders it. */
export function slipLine(
  words: Words,
  text: string,
  align: TicketLine['align'] = 'left',
  size: TicketLine['size'] = 'normal',
): TicketLine {
  return { text, size, align, lang: words.lang }
}

export function statusSlip(words: Words, f: SlipFacts): TicketLayout {
  const services = [...new Set([...Object.keys(f.printedToday), ...Object.keys(f.waiting)])]
  const left = (text: string) => slipLine(words, text)
  return {
    label: 'status',
    lines: [
      slipLine(words, words.text('slip.title'), 'center', 'double'),
      left(f.when),
      left(words.text('slip.firmware', { version: f.firmware })),
      left(words.text('slip.config', { version: f.configVersion })),
      ...f.configLines.map(left),
      left(words.text('slip.printer', { name: f.printerName, status: printerWords(words, f.printer) })),
      ...services.map((s) =>
        left(words.text('slip.service', { service: s, printed: f.printedToday[s] ?? 0, waiting: f.waiting[s] ?? 0 })),
      ),
      left(
        f.unprinted.length > 0
          ? words.text('slip.unprinted', { labels: f.unprinted.join(' ') })
          : words.text('slip.unprinted-none'),
      ),
      ...(f.addresses.length > 0
        ? f.addresses.map((a) => left(words.text('slip.address', { address: a })))
        : [left(words.text('slip.no-network'))]),
    ],
  }
}
