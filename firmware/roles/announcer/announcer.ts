/**
 * The hall speaker: every durable call (rule 2: the hub publishes
 * `ticket.called` only after its fsync) becomes the chime and "ticket A23,
 * please go to counter 3" in each site language in turn, played through the
 * announcement queue: in order, one at a time, none lost. Outside the
 * announcer's hours calls stay silent; the volume follows the time of day.
 * When the speaker fails the call has still reached the displays (they
 * listen to the same event); the error is logged, published as this
 * device's health, and the announcement is retried until it plays.
 */
import { EventEmitter } from 'node:events'
import type { Logger } from 'pino'
import { callAnnouncement } from '../../language/call-words.ts'
import type { BusClient } from '../../bus/client.ts'
import type { EventPayload } from '../../contract/events.ts'
import type { Topics } from '../../bus/topics.ts'
import type { AnnouncerConfig, SiteConfig } from '../../site/config/schema.ts'
import type { AudioOutput } from '../../drivers/audio/audio.ts'
import type { TimeZones } from '../../time/local-time.ts'
import { AnnouncementQueue, type QueuedCall } from './announcement-queue.ts'
import { speakerLevel, volumeNow, type AnnouncerSchedule } from './announcer-schedule.ts'

export interface AnnouncerOptions {
  /** The site's zone (for the announcer's hours) and its languages, spoken in turn. */
  site: Pick<SiteConfig['site'], 'timeZone' | 'languages'>
  /** The site's counters: a call names its counter. */
  counters: SiteConfig['counters']
  announcer: AnnouncerConfig
  audio: AudioOutput
  bus: BusClient
  topics: Topics
  logger: Logger
  clock?: () => number
  /** The command's time zones, for the announcer's hours and volume by time of day. */
  zones: TimeZones
  /** First retry pause after a failure (doubling up to 30 s); default 1 s. */
  retryMs?: number
}

export class AnnouncerRole extends EventEmitter<{ announced: [call: QueuedCall] }> {
  private readonly queue: AnnouncementQueue
  private readonly schedule: AnnouncerSchedule
  private audioReady = false

  constructor(private readonly options: AnnouncerOptions) {
    super()
    const { site, announcer } = options
    this.schedule = { timeZone: site.timeZone, zones: options.zones, hours: announcer.hours, volume: announcer.volume }
    this.queue = new AnnouncementQueue({ play: (call) => this.play(call), retryMs: options.retryMs })
  }

  private get now(): number {
    return (this.options.clock ?? Date.now)()
  }

  async start(): Promise<void> {
    const { bus, topics, logger } = this.options
    this.queue.on('failed', (call, err, retryInMs) => {
      logger.error(
        { err, label: call.label, counter: call.counter, retryInMs, waiting: this.queue.waiting },
        'announcement failed; retrying',
      )
      this.report(false, err.message)
    })
    this.queue.on('recovered', () => logger.info('the speaker works again'))
    this.queue.on('played', (call) => {
      logger.debug({ label: call.label, counter: call.counter, seq: call.seq }, 'announced')
      this.report(true)
      this.emit('announced', call)
    })
    this.queue.on('merged', (call) =>
      logger.info({ label: call.label, counter: call.counter }, 'a repeat call merged into the one still waiting'),
    )
    // A speaker that cannot start now is retried by the queue at the first call; the role starts regardless.
    await this.startAudio().then(
      () => this.report(true),
      (err: Error) => {
        logger.error({ err }, 'the speaker could not start; calls will be retried')
        this.report(false, err.message)
      },
    )
    await bus.subscribe('event', topics.event('ticket.called'), (event) => this.onCall(event))
  }

  private async startAudio(): Promise<void> {
    if (this.audioReady) return
    await this.options.audio.start()
    this.audioReady = true
  }

  private onCall(event: EventPayload): void {
    if (event.type !== 'ticket.called' || event.label === undefined) {
      this.options.logger.warn({ event }, 'a call event without label or counter was not announced')
      return
    }
    const { at } = event
    // Quiet by the time of the call, not of its delivery.
    if (speakerLevel(this.schedule, at) === undefined) {
      this.options.logger.info(
        { label: event.label, counter: event.counter },
        'outside the announcer hours: not announced',
      )
      return
    }
    this.queue.push({
      label: event.label,
      counter: event.counter,
      recall: event.recall,
      seq: event.seq,
      at,
    })
  }

  private async play(call: QueuedCall): Promise<void> {
    const { site, counters, announcer, audio } = this.options
    await this.startAudio()
    const counter = counters.find((c) => c.id === call.counter)
    const announcement = callAnnouncement(
      {
        label: call.label,
        counterName: counter?.name ?? call.counter,
        place: announcer.place,
        numbers: announcer.numbers,
      },
      site.languages,
    )
    await audio.play({ ...announcement, volume: volumeNow(this.schedule, this.now) })
  }

  /** On this device's retained health topic (BusClient publishes it when it changes). */
  private report(ok: boolean, problem?: string): void {
    this.options.bus.reportProblems(ok || !problem ? [] : [`speaker: ${problem}`])
  }

  async stop(): Promise<void> {
    const stopping = this.queue.stop()
    // Ends an announcement under way, so the queue is not held for the rest of it.
    await this.options.audio.stop()
    const left = await stopping
    if (left.length > 0)
      this.options.logger.warn({ labels: left.map((c) => c.label) }, 'stopped with calls not yet announced')
  }
}
