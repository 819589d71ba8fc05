/**
 * GPIO lines as the buttons and lamps need them: inputs that report edges,
 * outputs that are set. Two real backends (sysfs, the libgpiod command-line
 * tools) behind one interface; the simulated input device needs neither.
 */
import type { EventEmitter } from 'node:events'

export interface InputLine {
  line: number
  /** The kernel inverts the level: a pressed button to ground reads 1. */
  activeLow: boolean
  bias: 'pull-up' | 'pull-down' | 'as-is'
}

export interface GpioRequest {
  /** The label of the GPIO chip (boards/*.json), e.g. pinctrl-bcm2711. */
  chipLabel: string
  inputs: InputLine[]
  /** Output lines, driven low until set. */
  outputs: number[]
}

export interface GpioEvents {
  /** An input line changed; `active` already accounts for active-low. */
  edge: [line: number, active: boolean]
  /** The backend broke (a tool exited, a file vanished); it is logged and reported, not thrown. */
  failure: [error: Error]
  /**
   * An output no longer holds the level last written to it (the gpioset
   * holding it exited): the caller writes it again. Backends whose writes
   * stay without a process (sysfs) never emit it.
   */
  lost: [line: number, error: Error]
}

export interface GpioBackend extends EventEmitter<GpioEvents> {
  readonly name: string
  start(): Promise<void>
  write(line: number, high: boolean): Promise<void>
  /** Safe to call twice. */
  stop(): Promise<void>
}

export class GpioChipNotFoundError extends Error {
  constructor(label: string, where: string, seen: string[]) {
    super(
      `no GPIO chip labelled "${label}" in ${where} (found: ${seen.length > 0 ? seen.join(', ') : 'none'}); is the board setting right?`,
    )
  }
}
