/**
 * How faces are presented over time, in front of any display driver: a new
 * call blinks on the counter display for a few seconds and then stays lit;
 * the hall display rotates the site's notices while no call is shown.
 */
import type { Logger } from 'pino'
import type { DisplayConfig } from '../../site/config/schema.ts'
import type { Display, DisplayContent, DisplayHealth } from '../../drivers/display/display.ts'

type Driver = Display & Partial<DisplayHealth>

abstract class Presented implements Display, DisplayHealth {
  protected timer?: NodeJS.Timeout

  constructor(
    protected readonly driver: Driver,
    protected readonly logger: Logger,
  ) {}

  start(): Promise<void> {
    return this.driver.start()
  }

  abstract show(content: DisplayContent): Promise<void>

  watchHealth(listener: (problem: string | undefined) => void): void {
    this.driver.watchHealth?.(listener)
  }

  /** A timed repaint: its failure is the driver's to report (health), not a reason to stop. */
  protected later(ms: number, content: () => DisplayContent | undefined, repeat = false): void {
    const paint = () => {
      const next = content()
      // The line retries a display that failed and reports it offline; here it is only logged.
      if (next)
        this.driver.show(next).catch((err: Error) => this.logger.warn({ err }, 'display did not take a timed repaint'))
    }
    this.timer = repeat ? setInterval(paint, ms) : setTimeout(paint, ms)
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer)
    clearInterval(this.timer)
    await this.driver.stop()
  }
}

export class BlinkingDisplay extends Presented {
  constructor(
    driver: Driver,
    logger: Logger,
    private readonly blinkMs: number,
  ) {
    super(driver, logger)
  }

  show(content: DisplayContent): Promise<void> {
    clearTimeout(this.timer)
    if (content.highlight !== undefined && this.blinkMs > 0) this.later(this.blinkMs, () => ({ rows: content.rows }))
    return this.driver.show(content)
  }
}

export class NoticeDisplay extends Presented {
  private next = 0

  constructor(
    driver: Driver,
    logger: Logger,
    private readonly notices: string[],
    private readonly noticeMs: number,
  ) {
    super(driver, logger)
  }

  show(content: DisplayContent): Promise<void> {
    clearInterval(this.timer)
    if (content.rows.length > 0 || this.notices.length === 0) return this.driver.show(content)
    this.later(this.noticeMs, () => this.notice(), true)
    return this.driver.show(this.notice())
  }

  private notice(): DisplayContent {
    const text = this.notices[this.next % this.notices.length]!
    this.next += 1
    return { rows: [text] }
  }
}

export function presented(config: DisplayConfig, driver: Driver, logger: Logger): Presented {
  if (config.kind === 'counter') return new BlinkingDisplay(driver, logger, (config.blinkSeconds ?? 5) * 1000)
  return new NoticeDisplay(driver, logger, config.notices ?? [], (config.noticeSeconds ?? 8) * 1000)
}
