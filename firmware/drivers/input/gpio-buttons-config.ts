/**
 * Service buttons on real GPIO, from the site config: header pins or signal
 * names become chip lines through the board's pin map, and the backend is
 * the one the config names.
 */
import type { Logger } from 'pino'
import { resolvePin, shippedBoards, type BoardMap } from '../../site/boards/board-map.ts'
import type { DispenserConfig } from '../../site/config/schema.ts'
import type { GpioBackend, GpioRequest } from '../gpio/gpio-backend.ts'
import { GpiodCli } from '../gpio/gpiod-cli.ts'
import { SysfsGpio } from '../gpio/sysfs-gpio.ts'
import { GpioButtons, type GpioButton } from './gpio-buttons.ts'

type GpioInput = Exclude<DispenserConfig['input'], { driver: 'simulated' }>

/** What the button inputs of any role say about their lines (the sysfs backend's settings where it is sysfs). */
export interface GpioLines {
  driver: string
  activeLow?: boolean | undefined
  bias?: 'pull-up' | 'pull-down' | 'as-is' | undefined
  root?: string | undefined
  pollMs?: number | undefined
}

/** The board's pin map, for turning header pins and signal names into chip lines. */
export function pinMapOf(model: string | undefined, what: string): BoardMap {
  if (model === undefined) throw new Error(`board.model must name the board (pi-4b, pi-5, …) for ${what} on GPIO pins`)
  const board = shippedBoards().get(model)
  if (!board) throw new Error(`no pin map for board "${model}" in boards/`)
  return board
}

/** The backend the config names, asked for the buttons' lines (pulled up, active low unless told) and lamps. */
export function gpioBackend(buttons: GpioButton[], input: GpioLines, board: BoardMap, logger: Logger): GpioBackend {
  const request: GpioRequest = {
    chipLabel: board.gpioChip.label,
    inputs: buttons.map((b) => ({ line: b.line, activeLow: input.activeLow ?? true, bias: input.bias ?? 'pull-up' })),
    outputs: buttons.flatMap((b) => (b.lamp === undefined ? [] : [b.lamp])),
  }
  const gpioLog = logger.child({ module: `gpio:${input.driver}` })
  return input.driver === 'sysfs'
    ? new SysfsGpio({
        request,
        logger: gpioLog,
        ...(input.root === undefined ? {} : { root: input.root }),
        ...(input.pollMs === undefined ? {} : { pollMs: input.pollMs }),
      })
    : new GpiodCli({ request, logger: gpioLog })
}

export function gpioServiceButtons(
  dispenser: DispenserConfig,
  input: GpioInput,
  model: string | undefined,
  logger: Logger,
): GpioButtons {
  const board = pinMapOf(model, 'buttons')
  const buttons = dispenser.buttons.map((b, i) => {
    if (b.pin === undefined)
      throw new Error(`board.dispenser.buttons[${i}] (${b.service}) needs "pin" for a GPIO button`)
    const lamp = b.lamp === undefined ? undefined : resolvePin(board, b.lamp).line
    return { key: b.service, line: resolvePin(board, b.pin).line, ...(lamp === undefined ? {} : { lamp }) }
  })
  const backend = gpioBackend(buttons, input, board, logger)
  const first = buttons[0]?.key
  const last = buttons.at(-1)?.key
  return new GpioButtons({
    backend,
    buttons,
    timings: { debounceMs: input.debounceMs ?? 20, longPressMs: input.longPressMs ?? 1500 },
    // The technician's combination: the first and last service buttons (one button alone on a one-button box).
    ...(first !== undefined && last !== undefined
      ? { chord: { keys: [...new Set([first, last])], holdMs: dispenser.technicianHoldMs } }
      : {}),
    logger: logger.child({ module: 'buttons' }),
  })
}
