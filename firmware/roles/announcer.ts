/**
 * The hall speaker: every durable call becomes "chime, ticket, A, 23,
 * counter, 3" in each site language in turn. The words name clips; the
 * grammar of numbers per language and the clips themselves are the audio
 * subsystem's (audio/).
 */
import type { Logger } from 'pino'
import type { BusClient } from '../bus/client.ts'
import type { Topics } from '../bus/topics.ts'
import type { SiteConfig } from '../config/schema.ts'
import type { Announcement, AudioOutput } from '../drivers/audio/audio.ts'

export function callAnnouncement(label: string, counterName: string, languages: string[]): Announcement {
  const letters = label.replace(/\d+$/, '')
  const number = String(Number(label.slice(letters.length)))
  return {
    parts: languages.map((lang) => ({ lang, words: ['chime', 'ticket', ...letters, number, 'counter', counterName] })),
  }
}

export class AnnouncerRole {
  constructor(
    private readonly config: SiteConfig,
    private readonly audio: AudioOutput,
    private readonly bus: BusClient,
    private readonly topics: Topics,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    await this.audio.start()
    await this.bus.subscribe(this.topics.event('ticket.called'), (payload) => {
      const event = payload as { counter?: unknown; label?: unknown }
      if (typeof event.label !== 'string' || typeof event.counter !== 'string') {
        this.logger.warn({ payload }, 'a call event without label or counter was not announced')
        return
      }
      const counter = this.config.counters.find((c) => c.id === event.counter)
      const label = event.label
      const announcement = callAnnouncement(label, counter?.name ?? event.counter, this.config.site.languages)
      this.audio.play(announcement).catch((err: Error) => this.logger.error({ err: err.message, label }, 'announcement failed'))
    })
  }

  async stop(): Promise<void> {
    await this.audio.stop()
  }
}
