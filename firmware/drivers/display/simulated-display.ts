/** A display whose face is a string the front panel draws. */
import { EventEmitter } from 'node:events'
import type { Display, DisplayContent } from './display.ts'

export class SimulatedDisplay extends EventEmitter<{ shown: [content: DisplayContent] }> implements Display {
  content: DisplayContent = { rows: [] }

  constructor(readonly id: string) {
    super()
  }

  async start(): Promise<void> {}

  async show(content: DisplayContent): Promise<void> {
    this.content = content
    this.emit('shown', content)
  }

  async stop(): Promise<void> {}
}
