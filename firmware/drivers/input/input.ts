/** An input device: service buttons, a teller's keypad. Keys are names from the config. */
import type { EventEmitter } from 'node:events'

export interface InputEvents {
  press: [key: string]
}

export interface InputDevice extends EventEmitter<InputEvents> {
  start(): Promise<void>
  /** Safe to call twice. */
  stop(): Promise<void>
}
