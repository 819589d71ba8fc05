/** Buttons pressed by the front panel or a script instead of a finger; lamps remembered for the panel. */
import { EventEmitter } from 'node:events'
import type { ButtonLamps, InputDevice, InputEvents, LampState } from './input.ts'

export class SimulatedInput extends EventEmitter<InputEvents> implements InputDevice, ButtonLamps {
  readonly lamps = new Map<string, LampState>()
  /** Tells the front panel when a lamp changes. */
  readonly lampChanges = new EventEmitter<{ lamp: [key: string, state: LampState] }>()

  constructor(readonly name: string) {
    super()
  }

  async start(): Promise<void> {}

  press(key: string): void {
    this.emit('press', key)
  }

  /** The technician's combination, held long enough. */
  chord(keys: string[]): void {
    this.emit('chord', keys)
  }

  setLamp(key: string, state: LampState): void {
    if (this.lamps.get(key) === state) return
    this.lamps.set(key, state)
    this.lampChanges.emit('lamp', key, state)
  }

  async stop(): Promise<void> {
    this.removeAllListeners('press')
    this.removeAllListeners('chord')
  }
}
