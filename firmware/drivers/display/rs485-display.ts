/**
 * One display on a shared RS-485 line: its content becomes its protocol's
 * frame, queued on the line. The last face is sent again every refreshMs, so
 * a display board that restarted (and most never say so) is repainted.
 */
import type { Display, DisplayContent, DisplayHealth } from './display.ts'
import type { FrameEncoder } from './display-frame.ts'
import type { FrameQueue } from './frame-queue.ts'

export class Rs485Display implements Display, DisplayHealth {
  private started = false
  private last?: DisplayContent
  private refresh?: NodeJS.Timeout
  private listener?: (problem: string | undefined) => void
  private readonly onHealth = (display: string, problem: string | undefined) => {
    if (display === this.id) this.listener?.(problem)
  }

  constructor(
    readonly id: string,
    private readonly line: FrameQueue,
    private readonly encode: FrameEncoder,
    /** Default 30 s; 0 never repeats. */
    private readonly refreshMs = 30_000,
  ) {}

  async start(): Promise<void> {
    this.line.on('health', this.onHealth)
    await this.line.attach(this.id)
    this.started = true
    if (this.refreshMs > 0) this.refresh = setInterval(() => this.repaint(), this.refreshMs)
  }

  show(content: DisplayContent): Promise<void> {
    this.last = content
    return this.line.send(this.id, this.encode(content))
  }

  private repaint(): void {
    // A failed repaint is the line's to retry and report (health); the display is offline, not this timer.
    if (this.last) this.show(this.last).catch((err: Error) => this.line.logRepaintFailure(this.id, err))
  }

  watchHealth(listener: (problem: string | undefined) => void): void {
    this.listener = listener
  }

  async stop(): Promise<void> {
    this.line.off('health', this.onHealth)
    clearInterval(this.refresh)
    if (!this.started) return
    this.started = false
    await this.line.detach(this.id)
  }
}
