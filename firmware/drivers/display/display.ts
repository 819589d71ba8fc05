/** An LED display: rows of text, the newest call possibly blinking. */
export interface DisplayContent {
  rows: string[]
  /** Index of a row to highlight (blink on hardware that can). */
  highlight?: number
}

export interface Display {
  start(): Promise<void>
  show(content: DisplayContent): Promise<void>
  stop(): Promise<void>
}

/** Drivers that can tell when their display stops answering (the ones on RS-485 that answer). */
export interface DisplayHealth {
  /** Called with a problem a technician can read, or undefined once it is gone. */
  watchHealth(listener: (problem: string | undefined) => void): void
}
