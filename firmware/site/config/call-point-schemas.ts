/** The config of call points (staff-call and complaint buttons), their SMS chains, and rating keys. */
import { Type } from '@sinclair/typebox'
import { Id, OneOf, Simulated } from './schema-parts.ts'
import { ButtonInput, Pin } from './device-schemas.ts'

const Phone = Type.String({
  pattern: '^\\+[0-9]{6,15}$',
  errorMessage: 'must be an international number such as +491701234567',
})

/**
 * What each gesture at a point does (seed 003): `call` raises a call (nothing while one is open),
 * `escalate` raises one or, while it is open, tells the next level now, `complain` registers the
 * customer's dissatisfaction, `none` ignores it. No gesture of the caller's acknowledges or clears:
 * staff do that with their own key (`staffPin`), a keypad or an SMS reply.
 */
const Gesture = (fallback: 'none' | 'call' | 'escalate' | 'complain', description: string) =>
  Type.Optional(OneOf(['none', 'call', 'escalate', 'complain'] as const, { default: fallback, description }))

export const GesturesSchema = Type.Object(
  {
    press: Gesture('none', 'A short press of the call button (default none: a brush pages nobody)'),
    hold: Gesture(
      'escalate',
      'The call button held holdMs (default escalate: calls, and asks a more senior level when the call is not answered)',
    ),
    cancelPress: Gesture('none', 'A short press of the cancel button (default none)'),
    cancelHold: Gesture('complain', 'The cancel button held holdMs (default complain: registers dissatisfaction)'),
  },
  { additionalProperties: false },
)

export const CallPointSchema = Type.Object(
  {
    id: Id,
    kind: OneOf(['staff', 'manager', 'complaint', 'emergency'] as const),
    location: Type.String({
      minLength: 1,
      maxLength: 60,
      description: 'Where someone must go: Room 315, Table 12, Cardiology',
    }),
    chain: Id,
    pin: Type.Optional(Pin),
    cancelPin: Type.Optional(Pin),
    lamp: Type.Optional(Pin),
    /** Staff's own key at the point (a key switch, or a button out of a patient's reach): a press acknowledges, a hold clears. */
    staffPin: Type.Optional(Pin),
    gestures: Type.Optional(GesturesSchema),
    complaintChain: Type.Optional(Id),
    channel: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 255, description: 'A wireless button: its channel on the serial receiver' }),
    ),
    cancelChannel: Type.Optional(Type.Integer({ minimum: 0, maximum: 255 })),
    staffChannel: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 255,
        description: 'A wireless staff key: its channel on the serial receiver',
      }),
    ),
    extra: Type.Optional(
      Type.Record(Type.String({ pattern: '^[a-z][a-zA-Z0-9_-]{0,31}$' }), Type.String({ maxLength: 120 }), {
        description:
          'Fields recorded with every call from this point and put in its texts, e.g. { ward: cardiology, bed: "12" }',
      }),
    ),
  },
  { additionalProperties: false },
)

/** Wireless call buttons through a receiver on a serial port speaking `<channel> down|up` lines. */
const SerialReceiverInput = Type.Object(
  {
    driver: OneOf(['serial-receiver'] as const),
    path: Type.String({ minLength: 1 }),
    baudRate: Type.Optional(Type.Integer({ minimum: 1200, default: 9600 })),
    debounceMs: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 20 })),
  },
  { additionalProperties: false },
)

export const BoardCallPointsSchema = Type.Object(
  {
    input: Type.Union([ButtonInput, SerialReceiverInput]),
    holdMs: Type.Integer({
      minimum: 500,
      maximum: 10000,
      default: 3000,
      description: 'Hold a button this long for its hold gesture (call, ask again, complain; the staff key clears)',
    }),
    points: Type.Array(CallPointSchema, { minItems: 1 }),
  },
  { additionalProperties: false },
)

export const CallPointsSiteSchema = Type.Object(
  {
    chains: Type.Array(
      Type.Object(
        {
          id: Id,
          levels: Type.Array(
            Type.Object(
              {
                to: Type.Array(Phone, { minItems: 1 }),
                afterSeconds: Type.Optional(
                  Type.Integer({
                    minimum: 10,
                    description: 'Without an acknowledgement for this long, the next level is told',
                  }),
                ),
              },
              { additionalProperties: false },
            ),
            { minItems: 1 },
          ),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    modem: Type.Union(
      [
        Simulated,
        Type.Object(
          {
            driver: OneOf(['gsm'] as const),
            path: Type.String({ minLength: 1, description: 'e.g. /dev/ttyUSB2 or /dev/serial/by-id/…' }),
            baudRate: Type.Optional(Type.Integer({ minimum: 1200, default: 115200 })),
            healthEverySeconds: Type.Optional(Type.Integer({ minimum: 10, default: 60 })),
          },
          { additionalProperties: false },
        ),
      ],
      { description: 'A GSM modem on a serial port (AT commands), or simulated' },
    ),
  },
  { additionalProperties: false },
)

export const RatingsSchema = Type.Object(
  {
    scale: Type.Integer({ minimum: 3, maximum: 5, default: 5, description: 'Rating keys at each counter: 3 to 5' }),
    recentSeconds: Type.Integer({
      minimum: 10,
      default: 120,
      description: 'A rating this soon after a ticket is finished belongs to it',
    }),
  },
  { additionalProperties: false },
)
