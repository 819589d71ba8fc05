/**
 * The daily summary as a slip from the ticket box: the day's totals and a
 * few lines per service, short enough for 58 mm paper (32 characters).
 */
import type { DayHeadline } from '../../report/day-headline.ts'
import type { TicketLayout, TicketLine } from './layout.ts'

const left = (text: string): TicketLine => ({ text, size: 'normal', align: 'left' })

const seconds = (s: number | null) => (s === null ? '–' : s < 60 ? `${Math.round(s)} s` : `${Math.round(s / 6) / 10} min`)
const share = (x: number | null) => (x === null ? '' : `, ${Math.round(x * 100)}% in target`)

export function summarySlip(h: DayHeadline, siteName: string): TicketLayout {
  const t = h.totals
  return {
    label: `summary ${h.day}`,
    lines: [
      { text: 'DAILY SUMMARY', size: 'double', align: 'center' },
      { text: siteName, size: 'normal', align: 'center' },
      { text: h.day, size: 'normal', align: 'center' },
      left(`Issued ${t.issued}  Served ${t.served}`),
      left(`No-show ${t.noShow}  Transferred ${t.transferred}`),
      left(`Cancelled ${t.cancelled}`),
      left(`Wait avg ${seconds(t.wait.avg)}, p90 ${seconds(t.wait.p90)}`),
      left(`Longest wait ${seconds(t.wait.max)}`),
      left(`Service avg ${seconds(t.service.avg)}`),
      left(`Most waiting at once ${t.peakWaiting ?? 0}`),
      ...(t.ratings.count > 0 ? [left(`Rating ${t.ratings.avg}/5 (${t.ratings.count})`)] : []),
      ...h.services.flatMap((s) => [
        left(`${s.name}:`),
        left(`  served ${s.served}/${s.issued}, wait ${seconds(s.wait.avg)}${share(s.withinTarget)}`),
      ]),
    ],
  }
}

/** The slip as plain text, for a terminal or a log. */
export function slipText(layout: TicketLayout): string {
  return layout.lines.map((l) => (l.align === 'center' ? l.text.padStart(Math.floor((32 + [...l.text].length) / 2)) : l.text)).join('\n') + '\n'
}
