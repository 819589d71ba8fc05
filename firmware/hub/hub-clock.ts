/**
 * Tells the engine the time even when nobody presses a key, so a new
 * business day starts (and yesterday's leftovers are closed) on time.
 */
import type { Logger } from 'pino'
import type { Hub } from './hub.ts'

/** How often the clock ticks; a new day starts at most this late. */
const TICK_MS = 10_000

export class HubClock {
  private timer?: NodeJS.Timeout
  private ticks = 0

  constructor(
    private readonly hub: Hub,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    await this.tick()
    this.timer = setInterval(() => void this.tick(), TICK_MS)
    this.timer.unref()
  }

  private async tick(): Promise<void> {
    this.ticks += 1
    const answer = await this.hub.execute(
      { req: `tick-${Date.now().toString(36)}-${this.ticks}`, type: 'tick' },
      'hub-clock',
    )
    if (answer.status === 'error') this.logger.error({ error: answer.error }, 'clock tick refused')
  }

  stop(): void {
    clearInterval(this.timer)
  }
}
