/**
 * How faces are presented over time, in front of any display driver: a new
 * call blinks on the counter display for a few seconds and then stays lit;
 * the hall display shares its board between the last calls and the site's
 * notices on the site's schedule (callsSeconds, noticeSeconds).
 */
import type { Logger } from 'pino'
import type { DisplayConfig } from '../../site/config/schema.ts'
import type { Display, DisplayContent, DisplayHealth } from '../../drivers/display/display.ts'

type Driver = Display & Partial<DisplayHealth>

/** The timers a presentation schedules its repaints on; a test passes hand-driven ones (test/harness/manual-timers.ts). */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

const systemTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
}

abstract class Presented implements Display, DisplayHealth {
  protected timer?: unknown

  constructor(
    protected readonly driver: Driver,
    protected readonly logger: Logger,
    protected readonly timers: Timers = systemTimers,
  ) {}

  start(): Promise<void> {
    return this.driver.start()
  }

  abstract show(content: DisplayContent): Promise<void>

  watchHealth(listener: (problem: string | undefined) => void): void {
    this.driver.watchHealth?.(listener)
  }

  /** A timed repaint: its failure is the driver's to report (health), not a reason to stop. */
  protected later(ms: number, content: () => DisplayContent | undefined): void {
    this.timer = this.timers.setTimeout(() => {
      const next = content()
      // The line retries a display that failed and reports it offline; here it is only logged.
      if (next)
        this.driver.show(next).catch((err: Error) => this.logger.warn({ err }, 'display did not take a timed repaint'))
    }, ms)
  }

  protected cancel(): void {
    this.timers.clearTimeout(this.timer)
  }

  async stop(): Promise<void> {
    this.cancel()
    await this.driver.stop()
  }
}

export class BlinkingDisplay extends Presented {
  constructor(
    driver: Driver,
    logger: Logger,
    private readonly blinkMs: number,
    timers?: Timers,
  ) {
    super(driver, logger, timers)
  }

  show(content: DisplayContent): Promise<void> {
    this.cancel()
    if (content.highlight !== undefined && this.blinkMs > 0) this.later(this.blinkMs, () => ({ rows: content.rows }))
    return this.driver.show(content)
  }
}

export interface NoticeSchedule {
  notices: string[]
  /** Each notice's turn on the board. */
  noticeMs: number
  /** How long the calls hold the board after a call, and between two notices. */
  callsMs: number
  /** The display's rows: with calls shown, a notice takes the last row (on one row, the row). */
  lines: number
}

/**
 * The hall board: with no call, the notices rotate; after a call the calls hold
 * the board for callsMs, then the notices take turns with the last calls, so
 * the day's calls never keep the notices off the board for good.
 */
export class NoticeDisplay extends Presented {
  private next = 0

  constructor(
    driver: Driver,
    logger: Logger,
    private readonly schedule: NoticeSchedule,
    timers?: Timers,
  ) {
    super(driver, logger, timers)
  }

  show(content: DisplayContent): Promise<void> {
    this.cancel()
    if (this.schedule.notices.length === 0) return this.driver.show(content)
    if (content.rows.length === 0) {
      this.rotate()
      return this.driver.show(this.notice([]))
    }
    this.takeTurns(content.rows)
    return this.driver.show(content)
  }

  /** No calls: notice after notice. */
  private rotate(): void {
    this.later(this.schedule.noticeMs, () => {
      this.rotate()
      return this.notice([])
    })
  }

  /** Calls for callsMs, a notice for noticeMs, the calls again, and so on. */
  private takeTurns(rows: string[]): void {
    this.later(this.schedule.callsMs, () => {
      this.later(this.schedule.noticeMs, () => {
        this.takeTurns(rows)
        return { rows }
      })
      return this.notice(rows)
    })
  }

  private notice(calls: string[]): DisplayContent {
    const text = this.schedule.notices[this.next % this.schedule.notices.length]!
    this.next += 1
    return { rows: [...calls.slice(0, this.schedule.lines - 1), text] }
  }
}

export function presented(config: DisplayConfig, driver: Driver, logger: Logger, timers?: Timers): Presented {
  if (config.kind === 'counter') return new BlinkingDisplay(driver, logger, (config.blinkSeconds ?? 5) * 1000, timers)
  const schedule = {
    notices: config.notices ?? [],
    noticeMs: (config.noticeSeconds ?? 8) * 1000,
    callsMs: (config.callsSeconds ?? 30) * 1000,
    lines: config.lines,
  }
  return new NoticeDisplay(driver, logger, schedule, timers)
}
