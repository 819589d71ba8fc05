/** An input device: service buttons, a teller's keypad. Keys are names from the config. */
import type { EventEmitter } from 'node:events'

export interface InputEvents {
  /** One debounced press, reported when the key is let go. */
  press: [key: string]
  /** The key was held at least the long-press time before it was let go. */
  longPress: [key: string]
  /** Every key of a combination held together for its hold time (the technician's status slip). */
  chord: [keys: string[]]
}

export interface InputDevice extends EventEmitter<InputEvents> {
  start(): Promise<void>
  /** Safe to call twice. */
  stop(): Promise<void>
}

/** What a button's lamp shows: lit while its service is open, blinking while printing. */
export type LampState = 'on' | 'off' | 'blink'

export interface ButtonLamps {
  setLamp(key: string, state: LampState): void
}
