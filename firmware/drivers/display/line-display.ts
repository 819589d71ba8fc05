/** One display on a shared RS-485 line: its content becomes its protocol's frame, queued on the line. */
import type { Display, DisplayContent, DisplayHealth } from './display.ts'
import type { FrameEncoder } from './display-frame.ts'
import type { DisplayLine } from './display-line.ts'

export class LineDisplay implements Display, DisplayHealth {
  private started = false
  private listener?: (problem: string | undefined) => void
  private readonly onHealth = (display: string, problem: string | undefined) => {
    if (display === this.id) this.listener?.(problem)
  }

  constructor(
    readonly id: string,
    private readonly line: DisplayLine,
    private readonly encode: FrameEncoder,
  ) {}

  async start(): Promise<void> {
    this.line.on('health', this.onHealth)
    await this.line.attach(this.id)
    this.started = true
  }

  show(content: DisplayContent): Promise<void> {
    return this.line.send(this.id, this.encode(content))
  }

  watchHealth(listener: (problem: string | undefined) => void): void {
    this.listener = listener
  }

  async stop(): Promise<void> {
    this.line.off('health', this.onHealth)
    if (!this.started) return
    this.started = false
    await this.line.detach(this.id)
  }
}
