/** Buttons pressed by the front panel or a script instead of a finger. */
import { EventEmitter } from 'node:events'
import type { InputDevice, InputEvents } from './input.ts'

export class SimulatedInput extends EventEmitter<InputEvents> implements InputDevice {
  constructor(readonly name: string) {
    super()
  }

  async start(): Promise<void> {}

  press(key: string): void {
    this.emit('press', key)
  }

  async stop(): Promise<void> {
    this.removeAllListeners('press')
  }
}
