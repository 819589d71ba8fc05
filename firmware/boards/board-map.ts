/**
 * Board pin maps are data (boards/*.json), checked against this schema when
 * the firmware loads them: which header pin is which GPIO line, the label of
 * the GPIO chip (how the line is found whatever number the kernel gave the
 * chip) and which UART is on which pins. A site config names header pins
 * (`pin: 11`) or signals (`pin: GPIO17`), never raw line numbers of a chip.
 */
import { Type, type Static } from '@sinclair/typebox'
import { Ajv, type ValidateFunction } from 'ajv'
import ajvErrors from 'ajv-errors'
import cm4 from '../../boards/cm4.json' with { type: 'json' }
import pi3b from '../../boards/pi-3b.json' with { type: 'json' }
import pi4b from '../../boards/pi-4b.json' with { type: 'json' }
import pi5 from '../../boards/pi-5.json' with { type: 'json' }
import piZero2w from '../../boards/pi-zero-2w.json' with { type: 'json' }
import { readablePath } from '../config/validate.ts'

const HeaderPin = Type.Object(
  {
    line: Type.Integer({ minimum: 0, maximum: 511, description: 'Line offset on the GPIO chip' }),
    signals: Type.Array(Type.String({ pattern: '^[A-Z][A-Z0-9_]*$' }), { minItems: 1 }),
  },
  { additionalProperties: false },
)

export const BoardMapSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    id: Type.String({ pattern: '^[a-z0-9-]+$' }),
    name: Type.String({ minLength: 1 }),
    gpioChip: Type.Object(
      { label: Type.String({ minLength: 1, description: 'The chip label as the kernel reports it, e.g. pinctrl-bcm2711' }) },
      { additionalProperties: false },
    ),
    header: Type.Record(Type.String({ pattern: '^([1-9]|[1-3][0-9]|40)$' }), HeaderPin, {
      additionalProperties: false,
      description: 'Header pin number (1–40) → GPIO line; power and ground pins are left out',
    }),
    uarts: Type.Array(
      Type.Object(
        {
          device: Type.String({ pattern: '^/dev/' }),
          kind: Type.String(),
          tx: Type.Optional(Type.Integer({ minimum: 1, maximum: 40, description: 'Header pin; absent when not on the header' })),
          rx: Type.Optional(Type.Integer({ minimum: 1, maximum: 40 })),
          note: Type.Optional(Type.String()),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
)

export type BoardMap = Static<typeof BoardMapSchema>

let compiled: ValidateFunction<BoardMap> | undefined
/** Compiled when a pin map is first read (a board with GPIO), not at start. */
function boardMapCheck(): ValidateFunction<BoardMap> {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false, code: { optimize: false } })
    ajvErrors.default(ajv)
    compiled = ajv.compile<BoardMap>(BoardMapSchema)
  }
  return compiled
}

/** Refuses a pin map with every problem listed as `path: message`. */
export function checkBoardMap(document: unknown, source: string): BoardMap {
  const check = boardMapCheck()
  if (check(document)) return document
  const problems = (check.errors ?? []).map((e) =>
    e.keyword === 'additionalProperties'
      ? `${readablePath(e.instancePath)}: "${String(e.params.additionalProperty)}" is not a header pin 1–40 or a known setting`
      : `${readablePath(e.instancePath)}: ${e.message ?? 'is not valid'}`,
  )
  throw new Error(`${source} is not a valid board pin map:\n  ${problems.join('\n  ')}`)
}

const SHIPPED: unknown[] = [pi3b, pi4b, pi5, piZero2w, cm4]

/** The boards this firmware knows, by id. */
export function shippedBoards(): Map<string, BoardMap> {
  return new Map(SHIPPED.map((doc, i) => {
    const board = checkBoardMap(doc, `boards/ entry ${i}`)
    return [board.id, board]
  }))
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
