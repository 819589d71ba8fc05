/**
 * Where the log goes while the front panel owns the screen: the panel's log
 * pane, and the last lines kept for the terminal. Nothing else is seen
 * while the panel is up, so a start that fails before it is drawn (a config
 * typo, a port taken, a journal needing salvage) would otherwise end with
 * exit 1 and no word. A Writable that never stalls: lines logged before the
 * panel starts, or after it stopped, are kept, not held back.
 */
import { EventEmitter } from 'node:events'
import { Writable } from 'node:stream'

export class PanelLog extends Writable {
  private readonly lines: string[] = []
  /** Each line as it is logged, for the panel's pane. */
  readonly logged = new EventEmitter<{ line: [line: string] }>()

  /** `keep`: how many of the last lines are kept (default 200, the pane's length). */
  constructor(private readonly keep = 200) {
    super()
  }

  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() === '') continue
      this.lines.push(line)
      this.logged.emit('line', line)
    }
    this.lines.splice(0, Math.max(0, this.lines.length - this.keep))
    callback()
  }

  /** The last `count` lines logged. */
  lastLines(count = this.keep): string[] {
    return this.lines.slice(-count)
  }
}
