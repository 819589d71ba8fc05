/**
 * The RS-485 keypads of a board: one KeypadRouter per serial port, shared by
 * the keypads configured on it. Two keypads on one port must agree on its
 * protocol and speed, since they share one wire.
 */
import type { Logger } from 'pino'
import { asciiKeypad } from './ascii-keypad.ts'
import { Rs485Keypad } from './rs485-keypad.ts'
import { KeypadRouter } from './keypad-router.ts'
import type { KeypadProtocol } from './keypad-protocol.ts'
import { qsystemKeypad } from './qsystem-keypad.ts'
import { BoardLines } from '../rs485/board-lines.ts'

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
  private readonly lines = new BoardLines<KeypadRouter>('keypads')

  keypad(config: Rs485KeypadConfig, logger: Logger): Rs485Keypad {
    const { path, protocol, baudRate = 9600 } = config
    const router = this.lines.line(
      path,
      `${protocol} at ${baudRate} baud`,
      () =>
        new KeypadRouter({
          path,
          baudRate,
          protocol: PROTOCOLS[protocol],
          logger: logger.child({ module: `keypad:${protocol}` }),
        }),
    )
    return new Rs485Keypad(router, {
      address: config.address,
      ...(config.redirectTo === undefined ? {} : { redirectTo: config.redirectTo }),
    })
  }
}
