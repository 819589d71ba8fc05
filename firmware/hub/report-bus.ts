/**
 * Puts the manager's figures on the bus, retained: today's live figures
 * (updated at most once a second as events come in, and every 30 s since a
 * wait grows with no event to tell), and the summary of the last closed
 * business day (at start and whenever a day's summary is written).
 */
import type { Logger } from 'pino'
import type { BusClient } from '../bus/client.ts'
import type { Topics } from '../bus/topics.ts'
import type { EngineConfig } from '../core/index.ts'
import { dayHeadline } from '../report/day-headline.ts'
import { liveFigures } from '../report/live-figures.ts'
import type { SummaryStore } from '../report/summary-store.ts'
import type { Hub } from './hub.ts'

const LIVE_MIN_INTERVAL_MS = 1000
const LIVE_REFRESH_MS = 30_000

export interface ReportBusOptions {
  hub: Hub
  bus: BusClient
  topics: Topics
  engine: EngineConfig
  store: SummaryStore
  /** Service id → target wait, seconds. */
  targets: Record<string, number>
  /** Service id → the name the slip and dashboards show. */
  names: Record<string, string>
  logger: Logger
  clock: () => number
}

export class ReportBus {
  private liveTimer?: NodeJS.Timeout
  private refresh?: NodeJS.Timeout
  private lastLive = 0
  private readonly onDurable = () => this.liveSoon()

  constructor(private readonly options: ReportBusOptions) {}

  async start(): Promise<void> {
    this.options.hub.on('durable', this.onDurable)
    this.refresh = setInterval(() => this.liveSoon(), LIVE_REFRESH_MS)
    this.refresh.unref()
    await this.publishLive()
    await this.publishDay()
  }

  /** Publishes the newest closed day's summary; called after summaries are written. */
  async publishDay(): Promise<void> {
    const { store, targets, names, bus, topics, logger } = this.options
    try {
      const summary = await store.newest()
      if (summary) await bus.publish('reportDay', topics.reportDay, dayHeadline(summary, targets, names))
    } catch (err) {
      logger.warn({ err }, 'daily summary not published')
    }
  }

  private liveSoon(): void {
    if (this.liveTimer) return
    const wait = Math.max(0, this.lastLive + LIVE_MIN_INTERVAL_MS - this.options.clock())
    this.liveTimer = setTimeout(() => {
      this.liveTimer = undefined
      void this.publishLive()
    }, wait)
  }

  private async publishLive(): Promise<void> {
    const { hub, engine, bus, topics, logger, clock } = this.options
    this.lastLive = clock()
    try {
      await bus.publish('reportLive', topics.reportLive, liveFigures(engine, hub.state, this.lastLive))
    } catch (err) {
      logger.warn({ err }, 'live figures not published')
    }
  }

  stop(): void {
    this.options.hub.off('durable', this.onDurable)
    clearTimeout(this.liveTimer)
    clearInterval(this.refresh)
    this.liveTimer = undefined
    this.refresh = undefined
  }
}
