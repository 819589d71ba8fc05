/**
 * The schema of a board pin map (boards/*.json): header pins → GPIO lines,
 * the GPIO chip's label, the UARTs. Published as boards/board.schema.json;
 * compiled into firmware/generated/validators.js (scripts/validators.ts).
 */
import { Type, type Static } from '@sinclair/typebox'

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
      {
        label: Type.String({
          minLength: 1,
          description: 'The chip label as the kernel reports it, e.g. pinctrl-bcm2711',
        }),
      },
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
          tx: Type.Optional(
            Type.Integer({ minimum: 1, maximum: 40, description: 'Header pin; absent when not on the header' }),
          ),
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
