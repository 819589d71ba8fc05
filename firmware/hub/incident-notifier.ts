/**
 * Tells people about incidents: on every durable incident.raised and
 * incident.escalated it sends the level's SMS through the modem and
 * journals what happened to each (incident.notified, delivered or not);
 * SMS replies from numbers of the incident's chain acknowledge or clear it.
 * Everything it changes goes through hub.execute like any device's command.
 */
import type { Logger } from 'pino'
import { levelsOf, type EngineConfig, type Event, type IncidentEvent, type OpenIncident } from '../core/index.ts'
import type { ReceivedSms, SmsModem } from '../drivers/modem/modem.ts'
import type { Words } from '../language/messages/words.ts'
import type { Hub } from './hub.ts'
import { readSmsReply, samePhone } from './sms-reply.ts'

export interface IncidentNotifierOptions {
  hub: Hub
  /** Absent: every SMS is journaled as not delivered ("no modem configured"). */
  modem?: SmsModem
  engine: EngineConfig
  /** The id the notifier's commands are journaled under (the hub device). */
  device: string
  /** The staff's language (site.staffLanguage): the texts' words; OK and DONE stay the reply words. */
  words: Words
  logger: Logger
}

export class IncidentNotifier {
  private reqs = 0
  /** Sends in flight, so stop() and tests can wait for them. */
  private readonly pending = new Set<Promise<void>>()
  private readonly onDurable = (events: Event[]) => {
    for (const e of events)
      if (e.type === 'incident.raised' || e.type === 'incident.escalated') this.track(this.notify(e))
  }
  private readonly onSms = (sms: ReceivedSms) => this.track(this.reply(sms))

  constructor(private readonly options: IncidentNotifierOptions) {}

  async start(): Promise<void> {
    this.options.hub.on('durable', this.onDurable)
    this.options.modem?.on('sms', this.onSms)
  }

  /** Resolves when every notification started so far is sent and journaled. */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending])
  }

  async stop(): Promise<void> {
    this.options.hub.off('durable', this.onDurable)
    this.options.modem?.off('sms', this.onSms)
    await this.settled()
  }

  private track(work: Promise<void>): void {
    const done = work.catch((err: Error) => this.options.logger.error({ err }, 'incident notification failed'))
    this.pending.add(done)
    void done.then(() => this.pending.delete(done))
  }

  private levelsOf(incident: OpenIncident) {
    return levelsOf(this.options.engine, incident)
  }

  private async notify(
    event: Extract<IncidentEvent, { type: 'incident.raised' | 'incident.escalated' }>,
  ): Promise<void> {
    const open = this.options.hub.state.incidents?.open[event.incident]
    // Cleared or acknowledged before the notifier got to it: nobody needs the text any more.
    if (!open || open.acknowledgedAt !== undefined) return
    const level = event.type === 'incident.raised' ? 0 : event.level
    const text = this.message(open, level)
    for (const to of this.levelsOf(open)[level]?.to ?? []) {
      const result = this.options.modem
        ? await this.options.modem.send(to, text)
        : { delivered: false, detail: 'no modem configured' }
      await this.command({
        type: 'recordNotification',
        incident: open.id,
        level,
        to: [to],
        channel: 'sms',
        delivered: result.delivered,
        detail: result.detail.slice(0, 500),
      })
    }
  }

  private message(incident: OpenIncident, level: number): string {
    const { words } = this.options
    // The number is what staff type back (hub/sms-reply.ts), so it stays in 0–9 like the level beside it.
    const number = incident.id.slice('inc-'.length)
    const extra = Object.entries(incident.extra ?? {}).map(([k, v]) => `${k} ${v}`)
    const where = extra.length > 0 ? `${incident.location} (${extra.join(', ')})` : incident.location
    const kind = words.text(`sms.${incident.kind}`)
    return level > 0
      ? words.text('sms.escalated', { kind, where, number, level: String(level) })
      : words.text('sms.raised', { kind, where, number })
  }

  private async reply(sms: ReceivedSms): Promise<void> {
    const { logger } = this.options
    const intent = readSmsReply(sms.text)
    if (intent.action === 'unknown') return void logger.info({ from: sms.from }, intent.why)
    const open = Object.values(this.options.hub.state.incidents?.open ?? {})
    // Whitelist: only numbers of the incident's own chain may answer for it.
    const mine = open.filter((i) => this.levelsOf(i).some((l) => l.to.some((n) => samePhone(n, sms.from))))
    const target =
      intent.number === undefined
        ? mine.length === 1
          ? mine[0]
          : undefined
        : mine.find((i) => i.id === `inc-${intent.number}`)
    if (!target) {
      logger.warn(
        { from: sms.from, asked: intent.number, mine: mine.length },
        'SMS reply refused: not from a number of that call, or not clear which call',
      )
      return
    }
    if (intent.action === 'clear') await this.command({ type: 'clearIncident', incident: target.id, by: sms.from })
    else await this.command({ type: 'acknowledgeIncident', incident: target.id, by: sms.from, via: 'sms' })
  }

  private async command(command: Record<string, unknown>): Promise<void> {
    const answer = await this.options.hub.execute(
      { req: `notify-${Date.now().toString(36)}-${++this.reqs}`, ...command },
      this.options.device,
    )
    if (answer.status === 'error')
      this.options.logger.warn({ command: command.type, error: answer.error }, 'incident command refused')
  }
}
