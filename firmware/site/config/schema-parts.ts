/** Small schema pieces every part of the site config uses. */
import { Type } from '@sinclair/typebox'

export const Id = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]{0,31}$',
  errorMessage: 'must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit',
})
export const WallTime = Type.String({
  pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
  errorMessage: 'must be a time of day as HH:MM, e.g. 04:00',
})
/** A string from a fixed list; one readable error instead of one per alternative. */
export function OneOf<const T extends readonly string[]>(
  values: T,
  options: { default?: T[number]; description?: string } = {},
) {
  return Type.Unsafe<T[number]>({
    type: 'string',
    enum: [...values],
    errorMessage: `must be one of: ${values.join(', ')}`,
    ...options,
  })
}

export const Lang = Type.String({
  pattern: '^[a-z]{2,3}$',
  errorMessage: 'must be a language code such as ar, en, zh, ru',
})

/** The stand-in every device class has, next to its real drivers: the demo and the tests run on it. */
export const Simulated = Type.Object(
  { driver: OneOf(['simulated'] as const) },
  {
    additionalProperties: false,
    description: 'No device attached: a stand-in for the demo and tests; a site with the device names its real driver',
  },
)

/** The real speaker: clips joined into one `aplay -t raw -D <device>` per announcement (docs/voice.md). */

export const OpeningHoursSchema = Type.Object(
  {
    days: Type.Array(Type.Integer({ minimum: 1, maximum: 7 }), {
      minItems: 1,
      description: 'ISO weekdays: 1 = Monday … 7 = Sunday',
    }),
    from: WallTime,
    to: WallTime,
  },
  { additionalProperties: false },
)
