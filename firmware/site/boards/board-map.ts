/**
 * Board pin maps are data (boards/*.json), checked against their schema
 * (board-map-schema.ts) when the firmware loads them: which header pin is which GPIO line, the label of
 * the GPIO chip (how the line is found whatever number the kernel gave the
 * chip) and which UART is on which pins. A site config names header pins
 * (`pin: 11`) or signals (`pin: GPIO17`), never raw line numbers of a chip.
 */
import { boardMap as compiled } from '../../generated/validators.js'
import cm4 from '../../../boards/cm4.json' with { type: 'json' }
import pi3b from '../../../boards/pi-3b.json' with { type: 'json' }
import pi4b from '../../../boards/pi-4b.json' with { type: 'json' }
import pi5 from '../../../boards/pi-5.json' with { type: 'json' }
import piZero2w from '../../../boards/pi-zero-2w.json' with { type: 'json' }
import { readablePath } from '../config/validate.ts'
import type { BoardMap } from './board-map-schema.ts'

export type { BoardMap } from './board-map-schema.ts'

/** Refuses a pin map with every problem listed as `path: message`. */
export function checkBoardMap(document: unknown, source: string): BoardMap {
  if (compiled(document)) return document as BoardMap
  const problems = (compiled.errors ?? []).map((e) =>
    e.keyword === 'additionalProperties'
      ? `${readablePath(e.instancePath)}: "${String(e.params.additionalProperty)}" is not a header pin 1–40 or a known setting`
      : `${readablePath(e.instancePath)}: ${e.message ?? 'is not valid'}`,
  )
  throw new Error(`${source} is not a valid board pin map:\n  ${problems.join('\n  ')}`)
}

const SHIPPED: unknown[] = [pi3b, pi4b, pi5, piZero2w, cm4]

/** The boards this firmware knows, by id. */
export function shippedBoards(): Map<string, BoardMap> {
  return new Map(
    SHIPPED.map((doc, i) => {
      const board = checkBoardMap(doc, `boards/ entry ${i}`)
      return [board.id, board]
    }),
  )
}

export interface ResolvedLine {
  chipLabel: string
  line: number
  pin: number
}

/** `11`, `"11"`, `"pin11"` or a signal such as `"GPIO17"` → the chip line. */
export function resolvePin(board: BoardMap, name: string | number): ResolvedLine {
  const text = String(name).trim()
  const pinNumber = /^(?:pin)?(\d+)$/i.exec(text)?.[1]
  const entries = Object.entries(board.header)
  const found =
    pinNumber !== undefined
      ? entries.find(([pin]) => pin === pinNumber)
      : entries.find(([, p]) => p.signals.some((s) => s.toLowerCase() === text.toLowerCase()))
  if (!found) {
    throw new Error(
      pinNumber !== undefined
        ? `header pin ${pinNumber} of the ${board.name} is not a GPIO pin (power, ground or absent)`
        : `the ${board.name} has no signal "${text}" on its header; use a header pin number or a name such as GPIO17`,
    )
  }
  return { chipLabel: board.gpioChip.label, line: found[1].line, pin: Number(found[0]) }
}
