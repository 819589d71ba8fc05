/**
 * The daily summary as a slip from the ticket box: the day's totals and a
 * few lines per service, short enough for 58 mm paper (32 characters).
 */
import type { DayHeadline } from '../../report/day-headline.ts'
import type { Words } from '../../language/messages/words.ts'
import type { TicketLayout, TicketLine } from './layout.ts'
import { slipLine } from './status-slip.ts'

export function summarySlip(words: Words, h: DayHeadline, siteName: string): TicketLayout {
  const t = h.totals
  const left = (text: string) => slipLine(words, text)
  const seconds = (s: number | null) =>
    s === null
      ? '–'
      : s < 60
        ? words.text('summary.seconds', { n: Math.round(s) })
        : words.text('summary.minutes', { n: Math.round(s / 6) / 10 })
  const share = (x: number | null) =>
    x === null ? '' : `, ${words.text('summary.in-target', { pct: Math.round(x * 100) })}`
  const centered: TicketLine = { text: siteName, size: 'normal', align: 'center' }
  return {
    label: `summary ${h.day}`,
    lines: [
      slipLine(words, words.text('summary.title'), 'center', 'double'),
      centered,
      { text: h.day, size: 'normal', align: 'center' },
      left(words.text('summary.issued', { issued: t.issued, served: t.served })),
      left(words.text('summary.no-show', { noShow: t.noShow, transferred: t.transferred })),
      left(words.text('summary.cancelled', { n: t.cancelled })),
      left(words.text('summary.wait', { avg: seconds(t.wait.avg), p90: seconds(t.wait.p90) })),
      left(words.text('summary.longest', { max: seconds(t.wait.max) })),
      left(words.text('summary.service-time', { avg: seconds(t.service.avg) })),
      left(words.text('summary.peak', { n: t.peakWaiting ?? 0 })),
      ...(t.ratings.count > 0
        ? [left(words.text('summary.rating', { avg: t.ratings.avg ?? 0, count: t.ratings.count }))]
        : []),
      ...h.services.flatMap((s) => [
        left(`${s.name}:`),
        left(
          `  ${words.text('summary.per-service', { served: s.served, issued: s.issued, wait: seconds(s.wait.avg) })}${share(s.withinTarget)}`,
        ),
      ]),
    ],
  }
}

/** The slip as plain text, for a terminal or a log. */
export function slipText(layout: TicketLayout): string {
  return (
    layout.lines
      .map((l) => (l.align === 'center' ? l.text.padStart(Math.floor((32 + [...l.text].length) / 2)) : l.text))
      .join('\n') + '\n'
  )
}
