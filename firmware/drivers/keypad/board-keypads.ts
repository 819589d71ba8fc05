/**
 * The keypad lines of a board: one KeypadRouter per serial port, shared by the
 * keypads configured on it. Two keypads on one port must agree on its
 * protocol and speed, since they share one wire.
 */
import type { Logger } from 'pino'
import { asciiKeypad } from './ascii-keypad.ts'
import { Rs485Keypad } from './rs485-keypad.ts'
import { KeypadRouter } from './keypad-router.ts'
import type { KeypadProtocol } from './keypad-protocol.ts'
import { qsystemKeypad } from './qsystem-keypad.ts'

export interface Rs485KeypadConfig {
  driver: 'rs485-keypad'
  path: string
  baudRate?: number
  protocol: 'qsystem' | 'ascii'
  address: number
  redirectTo?: string
}

const PROTOCOLS: Record<Rs485KeypadConfig['protocol'], KeypadProtocol> = { qsystem: qsystemKeypad, ascii: asciiKeypad }

export class BoardKeypads {
  private readonly lines = new Map<string, { bus: KeypadRouter; protocol: string; baudRate: number }>()

  keypad(config: Rs485KeypadConfig, logger: Logger): Rs485Keypad {
    const baudRate = config.baudRate ?? 9600
    let line = this.lines.get(config.path)
    if (!line) {
      const bus = new KeypadRouter({ path: config.path, baudRate, protocol: PROTOCOLS[config.protocol], logger: logger.child({ module: `keypad:${config.protocol}` }) })
      line = { bus, protocol: config.protocol, baudRate }
      this.lines.set(config.path, line)
    } else if (line.protocol !== config.protocol || line.baudRate !== baudRate) {
      throw new Error(`keypads on ${config.path} disagree: ${line.protocol} at ${line.baudRate} baud and ${config.protocol} at ${baudRate} baud share one wire`)
    }
    return new Rs485Keypad(line.bus, { address: config.address, ...(config.redirectTo === undefined ? {} : { redirectTo: config.redirectTo }) })
  }
}
