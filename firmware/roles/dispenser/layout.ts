/**
 * What goes on a ticket, independent of the printer: the same layout becomes
 * characters for the simulated printer and ESC/POS bytes for a real one.
 * Each line says which part of the ticket it is (`part`).
 */
import type { Reply } from '../../core/index.ts'
import type { Words } from '../../language/messages/words.ts'
import type { SiteConfig } from '../../site/config/schema.ts'
import { ticketWords } from '../../site/config/site-words.ts'
import { dateTimeText } from './date-line.ts'
import type { TimeZones } from '../../time/local-time.ts'

/** Which fact of the ticket a line carries, so code can pick lines without reading their words. */
export type TicketPart = 'site' | 'when' | 'number' | 'priority' | 'service' | 'ahead' | 'wait' | 'footer' | 'reprinted'

export interface TicketLine {
  text: string
  size: 'normal' | 'double' | 'huge'
  align: 'left' | 'center'
  /** Set for text in a site language, so a printer can pick a font or raster it. */
  lang?: string
  /** Set on a ticket's lines; slips leave it out. */
  part?: TicketPart
}

export interface TicketLayout {
  label: string
  lines: TicketLine[]
  /** A PNG file printed above everything else. */
  logo?: string
  /** What the QR code holds: the ticket's status page, opened by its unguessable token. */
  qr?: string
}

const center = (part: TicketPart, text: string, size: TicketLine['size'] = 'normal', lang?: string): TicketLine =>
  lang === undefined ? { text, size, align: 'center', part } : { text, size, align: 'center', lang, part }

/** A fixed line in one of the ticket's languages, marked with it so that the printer shapes and orders it (right to left for Arabic). */
const said = (part: TicketPart, words: Words, text: string): TicketLine => center(part, text, 'normal', words.lang)

/** Minutes for people: "about 5 min", never "0 min" while someone is ahead. */
export function waitWords(words: Words, seconds: number, ahead: number): string {
  if (ahead === 0) return words.text('ticket.next')
  return words.text('ticket.wait', { n: Math.max(1, Math.round(seconds / 60)) })
}

/** The line added to a ticket printed again, in each of the ticket's languages. */
export function reprintedLines(config: TicketSite): TicketLine[] {
  return ticketWords(config).map((w) => said('reprinted', w, w.text('ticket.reprinted')))
}

/** The status page address of a ticket, or none when the site has no status page configured. */
export function statusUrl(config: Pick<SiteConfig, 'ticket'>, token: string | undefined): string | undefined {
  const base = config.ticket.statusUrl
  if (base === undefined || token === undefined) return undefined
  return base.includes('{token}') ? base.replace('{token}', token) : base + token
}

/** What of the site's config a ticket shows: its name, zone and languages, the services' names, the ticket settings, the site's own wording. */
export type TicketSite = Pick<SiteConfig, 'site' | 'services' | 'ticket' | 'messages'>

/**
 * `estimate: false` leaves out the waiting count and the wait, for a ticket rebuilt after a restart
 * where they would be a guess.
 */
export function ticketLayout(
  config: TicketSite,
  reply: Reply,
  now: number,
  zones: TimeZones,
  token?: string,
  estimate = true,
): TicketLayout {
  const ticket = reply.ticket
  if (!ticket) throw new Error('an issue answer without a ticket cannot be printed')
  const service = config.services.find((s) => s.id === ticket.service)
  const languages = ticketWords(config)
  const ahead = reply.ahead ?? 0
  const lines: TicketLine[] = [
    center('site', config.site.name, 'double'),
    ...languages.map((w) => said('when', w, dateTimeText(w, now, config.site.timeZone, zones))),
    center('number', ticket.label, 'huge'),
    ...config.site.languages.map((lang) => center('service', service?.names[lang] ?? ticket.service, 'normal', lang)),
    ...(estimate
      ? languages.flatMap((w) => [
          said('ahead', w, w.text('ticket.ahead', { n: ahead })),
          said('wait', w, waitWords(w, reply.estimatedWaitSeconds ?? 0, ahead)),
        ])
      : []),
  ]
  const priority = ticket.priority === 'vip' ? 'ticket.vip' : 'ticket.priority'
  if (ticket.priority !== 'normal')
    lines.splice(2 + languages.length, 0, ...languages.map((w) => said('priority', w, w.text(priority))))
  if (config.ticket.footer !== '') lines.push(center('footer', config.ticket.footer))
  const layout: TicketLayout = { label: ticket.label, lines }
  const qr = statusUrl(config, token)
  if (qr !== undefined) layout.qr = qr
  if (config.ticket.logo !== undefined) layout.logo = config.ticket.logo
  return layout
}
