/**
 * Call-point buttons on real GPIO: each point's call button is the key
 * `<point>`, its cancel button `<point>:cancel`. The hold time to call is
 * the long-press time of the shared button logic, so debouncing and the
 * long press are the same, tested code as the ticket box's.
 */
import type { Logger } from 'pino'
import { resolvePin, shippedBoards } from '../../boards/board-map.ts'
import type { BoardCallPointsConfig } from '../../config/schema.ts'
import type { GpioBackend, GpioRequest } from '../gpio/gpio-backend.ts'
import { GpiodCli } from '../gpio/gpiod-cli.ts'
import { SysfsGpio } from '../gpio/sysfs-gpio.ts'
import { GpioButtons, type GpioButton } from './gpio-buttons.ts'
import { SerialReceiver } from './serial-receiver.ts'

type GpioInput = Exclude<BoardCallPointsConfig['input'], { driver: 'simulated' | 'serial-receiver' }>
type ReceiverInput = Extract<BoardCallPointsConfig['input'], { driver: 'serial-receiver' }>

/** Wireless buttons: the receiver's channels are the "lines", the logic is the same. */
export function receiverCallPointButtons(callPoints: BoardCallPointsConfig, input: ReceiverInput, logger: Logger): GpioButtons {
  const buttons: GpioButton[] = callPoints.points.flatMap((p, i) => {
    if (p.channel === undefined) throw new Error(`board.callPoints.points[${i}] (${p.id}) needs "channel" for a wireless button`)
    const call = { key: p.id, line: p.channel }
    return p.cancelChannel === undefined ? [call] : [call, { key: `${p.id}:cancel`, line: p.cancelChannel }]
  })
  const backend = new SerialReceiver({ path: input.path, logger: logger.child({ module: 'call-points:receiver' }), ...(input.baudRate === undefined ? {} : { baudRate: input.baudRate }) })
  return new GpioButtons({ backend, buttons, timings: { debounceMs: input.debounceMs ?? 20, longPressMs: callPoints.holdMs }, logger: logger.child({ module: 'call-points' }) })
}

export function gpioCallPointButtons(callPoints: BoardCallPointsConfig, input: GpioInput, model: string | undefined, logger: Logger): GpioButtons {
  if (model === undefined) throw new Error('board.model must name the board (pi-4b, pi-5, …) for call points on GPIO pins')
  const board = shippedBoards().get(model)
  if (!board) throw new Error(`no pin map for board "${model}" in boards/`)
  const buttons: GpioButton[] = callPoints.points.flatMap((p, i) => {
    if (p.pin === undefined) throw new Error(`board.callPoints.points[${i}] (${p.id}) needs "pin" for a GPIO button`)
    const call: GpioButton = { key: p.id, line: resolvePin(board, p.pin).line, ...(p.lamp === undefined ? {} : { lamp: resolvePin(board, p.lamp).line }) }
    return p.cancelPin === undefined ? [call] : [call, { key: `${p.id}:cancel`, line: resolvePin(board, p.cancelPin).line }]
  })
  const request: GpioRequest = {
    chipLabel: board.gpioChip.label,
    inputs: buttons.map((b) => ({ line: b.line, activeLow: input.activeLow ?? true, bias: input.bias ?? 'pull-up' })),
    outputs: buttons.flatMap((b) => (b.lamp === undefined ? [] : [b.lamp])),
  }
  const gpioLog = logger.child({ module: `gpio:${input.driver}` })
  const backend: GpioBackend =
    input.driver === 'sysfs'
      ? new SysfsGpio({ request, logger: gpioLog, ...(input.root === undefined ? {} : { root: input.root }), ...(input.pollMs === undefined ? {} : { pollMs: input.pollMs }) })
      : new GpiodCli({ request, logger: gpioLog })
  return new GpioButtons({
    backend,
    buttons,
    timings: { debounceMs: input.debounceMs ?? 20, longPressMs: callPoints.holdMs },
    logger: logger.child({ module: 'call-points' }),
  })
}
