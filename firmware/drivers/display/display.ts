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
