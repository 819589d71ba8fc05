/**
 * Call-point buttons on real GPIO: each point's call button is the key
 * `<point>`, its cancel button `<point>:cancel`, the staff's key `<point>:staff`. The hold time to call is
 * the long-press time of the shared button logic, so debouncing and the
 * long press are the same, tested code as the ticket box's.
 */
import type { Logger } from 'pino'
import { resolvePin } from '../../site/boards/board-map.ts'
import type { BoardCallPointsConfig } from '../../site/config/schema.ts'
import { gpioBackend, pinMapOf } from './gpio-buttons-config.ts'
import { GpioButtons, type GpioButton } from './gpio-buttons.ts'
import { SerialReceiver } from './serial-receiver.ts'

type GpioInput = Exclude<BoardCallPointsConfig['input'], { driver: 'simulated' | 'serial-receiver' }>
type ReceiverInput = Extract<BoardCallPointsConfig['input'], { driver: 'serial-receiver' }>

/** Wireless buttons: the receiver's channels are the "lines", the logic is the same. */
export function receiverCallPointButtons(
  callPoints: BoardCallPointsConfig,
  input: ReceiverInput,
  logger: Logger,
): GpioButtons {
  const buttons: GpioButton[] = callPoints.points.flatMap((p, i) => {
    if (p.channel === undefined)
      throw new Error(`board.callPoints.points[${i}] (${p.id}) needs "channel" for a wireless button`)
    const extra = [
      ['cancel', p.cancelChannel],
      ['staff', p.staffChannel],
    ] as const
    return [
      { key: p.id, line: p.channel },
      ...extra.flatMap(([name, line]) => (line === undefined ? [] : [{ key: `${p.id}:${name}`, line }])),
    ]
  })
  const backend = new SerialReceiver({
    path: input.path,
    logger: logger.child({ module: 'call-points:receiver' }),
    ...(input.baudRate === undefined ? {} : { baudRate: input.baudRate }),
  })
  return new GpioButtons({
    backend,
    buttons,
    timings: { debounceMs: input.debounceMs ?? 20, longPressMs: callPoints.holdMs },
    logger: logger.child({ module: 'call-points' }),
  })
}

export function gpioCallPointButtons(
  callPoints: BoardCallPointsConfig,
  input: GpioInput,
  model: string | undefined,
  logger: Logger,
): GpioButtons {
  const board = pinMapOf(model, 'call points')
  const buttons: GpioButton[] = callPoints.points.flatMap((p, i) => {
    if (p.pin === undefined) throw new Error(`board.callPoints.points[${i}] (${p.id}) needs "pin" for a GPIO button`)
    const call: GpioButton = {
      key: p.id,
      line: resolvePin(board, p.pin).line,
      ...(p.lamp === undefined ? {} : { lamp: resolvePin(board, p.lamp).line }),
    }
    const extra = [
      ['cancel', p.cancelPin],
      ['staff', p.staffPin],
    ] as const
    return [
      call,
      ...extra.flatMap(([name, pin]) =>
        pin === undefined ? [] : [{ key: `${p.id}:${name}`, line: resolvePin(board, pin).line }],
      ),
    ]
  })
  const backend = gpioBackend(buttons, input, board, logger)
  return new GpioButtons({
    backend,
    buttons,
    timings: { debounceMs: input.debounceMs ?? 20, longPressMs: callPoints.holdMs },
    logger: logger.child({ module: 'call-points' }),
  })
}
