/** A ticket drawn with characters, as wide as the paper holds characters. */
import type { TicketLayout } from './layout.ts'

function wrap(text: string, width: number): string[] {
  const rows: string[] = []
  let row = ''
  for (const word of text.split(/\s+/)) {
    if (row !== '' && [...row].length + 1 + [...word].length > width) {
      rows.push(row)
      row = word
    } else row = row === '' ? word : `${row} ${word}`
  }
  if (row !== '') rows.push(row)
  return rows
}

function pad(text: string, width: number, align: 'left' | 'center'): string {
  const length = [...text].length
  const left = align === 'center' ? Math.max(0, Math.floor((width - length) / 2)) : 0
  return ' '.repeat(left) + text + ' '.repeat(Math.max(0, width - length - left))
}

export function renderTicketText(ticket: TicketLayout, columns: number): string {
  const inner = columns - 4
  const out = ['┌' + '─'.repeat(columns - 2) + '┐']
  for (const line of ticket.lines) {
    // Large print is shown spaced out: the terminal has one font size.
    const text =
      line.size === 'huge' ? [...line.text].join(' ') : line.size === 'double' ? line.text.toUpperCase() : line.text
    if (line.size === 'huge') out.push('│ ' + ' '.repeat(inner) + ' │')
    for (const row of wrap(text, inner)) out.push('│ ' + pad(row, inner, line.align) + ' │')
    if (line.size === 'huge') out.push('│ ' + ' '.repeat(inner) + ' │')
  }
  // The terminal cannot draw the QR code; it shows what the code opens.
  if (ticket.qr !== undefined) {
    out.push('│ ' + pad('[QR]', inner, 'center') + ' │')
    for (let i = 0; i < ticket.qr.length; i += inner)
      out.push('│ ' + pad(ticket.qr.slice(i, i + inner), inner, 'center') + ' │')
  }
  out.push('└' + '─'.repeat(columns - 2) + '┘')
  return out.join('\n')
}
