/**
 * The LED displays: a counter display shows the ticket at its counter, the
 * hall display the latest calls. Both paint from retained state, so they
 * repaint themselves after any restart of the hub or of this board. After a
 * USB config import a hall display gives its last row, for
 * `configNoticeSeconds`, to the outcome (state/config, roles/config-words.ts).
 */
import type { Logger } from 'pino'
import type { BusClient } from '../../bus/client.ts'
import type { Topics } from '../../bus/topics.ts'
import type { DisplayConfig, SiteConfig } from '../../site/config/schema.ts'
import type { Display, DisplayContent } from '../../drivers/display/display.ts'
import { watchDisplayHealth } from './display-health.ts'
import type { ConfigState } from '../../contract/config-state.ts'
import type { CallsState, CounterStatePayload } from '../../contract/states.ts'
import { importNotice } from '../config-words.ts'
import type { Words } from '../../language/messages/words.ts'

type HallCalls = Array<Pick<CallsState['calls'][number], 'label' | 'counter'>>

/** How long the hub may be unreachable before every display of the board says so (display.offline). */
export const OFFLINE_GRACE_MS = 8000

/** A counter's face; a paused counter shows the site's word for closed. */
export function counterContent(
  words: Words,
  state: Pick<CounterStatePayload, 'paused' | 'ticket'>,
  counterName: string,
): DisplayContent {
  if (state.paused) return { rows: [words.text('display.closed')] }
  if (!state.ticket || (state.ticket.state !== 'called' && state.ticket.state !== 'serving')) return { rows: [''] }
  return {
    rows: [`${state.ticket.label} → ${counterName}`],
    highlight: state.ticket.state === 'called' ? 0 : undefined,
  }
}

/** The latest calls, newest first; a notice takes the last row (on a one-row display, the only row). */
export function hallContent(
  calls: HallCalls,
  lines: number,
  counterName: (id: string) => string,
  notice?: string,
): DisplayContent {
  const rows = calls
    .slice(0, notice === undefined ? lines : lines - 1)
    .map((c) => `${c.label} → ${counterName(c.counter)}`)
  const highlight = rows.length > 0 ? { highlight: 0 } : {}
  return notice === undefined ? { rows, ...highlight } : { rows: [...rows, notice], ...highlight }
}

/** A hall display's default for configNoticeSeconds (site/config/device-schemas.ts). */
export const CONFIG_NOTICE_SECONDS = 60

export interface DisplayRoleOptions {
  /** The site's counters: a display shows a counter by its name. */
  counters: SiteConfig['counters']
  /** The displays speak the site's first language (site/config/site-words.ts displayWords). */
  words: Words
  displays: Array<{ config: DisplayConfig; driver: Display }>
  bus: BusClient
  topics: Topics
  logger: Logger
  /** How long the hub may be away before the displays say so; default OFFLINE_GRACE_MS. */
  offlineGraceMs?: number
  clock?: () => number
}

export class DisplayRole {
  private readonly counters: SiteConfig['counters']
  private readonly words: Words
  private readonly displays: Array<{ config: DisplayConfig; driver: Display }>
  private readonly bus: BusClient
  private readonly topics: Topics
  private readonly logger: Logger
  private readonly offlineGraceMs: number
  private readonly clock: () => number

  constructor(options: DisplayRoleOptions) {
    this.counters = options.counters
    this.words = options.words
    this.displays = options.displays
    this.bus = options.bus
    this.topics = options.topics
    this.logger = options.logger
    this.offlineGraceMs = options.offlineGraceMs ?? OFFLINE_GRACE_MS
    this.clock = options.clock ?? Date.now
  }

  /** Each hall display's latest calls, to repaint it when a notice comes or goes. */
  private readonly calls = new Map<string, HallCalls>()
  private notice?: { text: string; at: number }
  private readonly noticeTimers = new Map<string, NodeJS.Timeout>()

  /** Display id → what is wrong with it, for the board's health topic. */
  private readonly problems = new Map<string, string>()

  private counterName = (id: string): string => this.counters.find((c) => c.id === id)?.name ?? id

  async start(): Promise<void> {
    // Without the hub the faces would go stale without a word; after the reconnect the
    // retained state arrives again and repaints them.
    this.bus.on('offline', this.onOffline)
    this.bus.on('online', this.onOnline)
    for (const { config, driver } of this.displays) {
      await driver.start()
      watchDisplayHealth(config.id, driver, this.problems, this.bus)
      if (config.kind === 'counter' && config.counter !== undefined) {
        const counter = config.counter
        await this.bus.subscribe('counterState', this.topics.counterState(counter), (state) =>
          this.paint(driver, counterContent(this.words, state, this.counterName(counter))),
        )
      } else {
        await this.bus.subscribe('callsState', this.topics.callsState, ({ calls }) => {
          this.calls.set(config.id, calls)
          this.paintHall(config, driver)
        })
      }
    }
    if (this.halls().length > 0)
      await this.bus.subscribe('configState', this.topics.configState, (state) => this.configChanged(state))
  }

  private halls() {
    return this.displays.filter((d) => d.config.kind === 'hall')
  }

  private configChanged(state: ConfigState): void {
    const notice = importNotice(this.words, state)
    if (notice?.text === this.notice?.text && notice?.at === this.notice?.at) return
    this.notice = notice
    for (const { config, driver } of this.halls()) this.paintHall(config, driver)
  }

  /** The hall's calls, with the import notice while it is fresh; a timer repaints it once the notice is over. */
  private paintHall(config: DisplayConfig, driver: Display): void {
    clearTimeout(this.noticeTimers.get(config.id))
    const ms = (config.configNoticeSeconds ?? CONFIG_NOTICE_SECONDS) * 1000
    const left = this.notice ? Math.min(ms, this.notice.at + ms - this.clock()) : 0
    if (left > 0)
      this.noticeTimers.set(
        config.id,
        setTimeout(() => this.paintHall(config, driver), left),
      )
    this.paint(
      driver,
      hallContent(
        this.calls.get(config.id) ?? [],
        config.lines,
        this.counterName,
        left > 0 ? this.notice!.text : undefined,
      ),
    )
  }

  private offlineTimer?: NodeJS.Timeout

  private readonly onOffline = (): void => {
    clearTimeout(this.offlineTimer)
    // A hub restart takes a few seconds: only a longer absence is shown.
    this.offlineTimer = setTimeout(() => {
      this.logger.warn('showing "no connection" on the displays')
      for (const { driver } of this.displays) this.paint(driver, { rows: [this.words.text('display.offline')] })
    }, this.offlineGraceMs)
  }

  private readonly onOnline = (): void => clearTimeout(this.offlineTimer)

  private paint(driver: Display, content: DisplayContent): void {
    driver.show(content).catch((err: Error) => this.logger.warn({ err }, 'display did not take the new content'))
  }

  async stop(): Promise<void> {
    clearTimeout(this.offlineTimer)
    for (const timer of this.noticeTimers.values()) clearTimeout(timer)
    this.bus.off('offline', this.onOffline)
    this.bus.off('online', this.onOnline)
    for (const { driver } of this.displays) await driver.stop()
  }
}
