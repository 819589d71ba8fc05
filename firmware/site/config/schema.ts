/**
 * The site configuration: one schema is the source of the TypeScript types,
 * of config/schema.json for editors, and of the errors a technician reads.
 * `errorMessage` (ajv-errors) replaces Ajv's generic wording where a person
 * needs to be told what to write instead.
 */
import { Type, type Static } from '@sinclair/typebox'
import { Id, Lang, OneOf, OpeningHoursSchema, Simulated, WallTime } from './schema-parts.ts'
import { AnnouncerSchema, DispenserSchema, DisplaySchema, Rs485Keypad } from './device-schemas.ts'
import { BoardCallPointsSchema, CallPointsSiteSchema, RatingsSchema } from './call-point-schemas.ts'

export { OpeningHoursSchema } from './schema-parts.ts'
export { AnnouncerSchema, DispenserSchema, DisplaySchema } from './device-schemas.ts'
export { BoardCallPointsSchema, CallPointsSiteSchema, CallPointSchema, RatingsSchema } from './call-point-schemas.ts'

/** One message of the site's own: a text, or one text per plural form (`other` always). */
const MessageSchema = Type.Union([
  Type.String({ minLength: 1 }),
  Type.Object(
    {
      zero: Type.Optional(Type.String({ minLength: 1 })),
      one: Type.Optional(Type.String({ minLength: 1 })),
      two: Type.Optional(Type.String({ minLength: 1 })),
      few: Type.Optional(Type.String({ minLength: 1 })),
      many: Type.Optional(Type.String({ minLength: 1 })),
      other: Type.String({ minLength: 1 }),
    },
    { additionalProperties: false },
  ),
])

export const ServiceSchema = Type.Object(
  {
    id: Id,
    prefix: Type.String({ pattern: '^[A-Z]$', errorMessage: 'must be one letter A–Z' }),
    names: Type.Record(Lang, Type.String({ minLength: 1 }), {
      description: 'The service name in each site language, shown on the ticket and displays',
    }),
    range: Type.Object(
      { from: Type.Integer({ minimum: 0 }), to: Type.Integer({ minimum: 1, maximum: 9999 }) },
      { additionalProperties: false, default: { from: 1, to: 999 } },
    ),
    digits: Type.Integer({ minimum: 1, maximum: 4, default: 3 }),
    dailyCap: Type.Optional(Type.Integer({ minimum: 1 })),
    hours: Type.Optional(Type.Array(OpeningHoursSchema)),
    nextStep: Type.Optional(Id),
    targetWaitSeconds: Type.Optional(
      Type.Integer({
        minimum: 1,
        description: 'Reports show the share of customers called within this wait, in seconds',
      }),
    ),
  },
  { additionalProperties: false },
)

export const CounterSchema = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, description: 'What the display and the announcement call it, e.g. "3"' }),
    services: Type.Array(Id, { minItems: 1, description: 'Services served here, in priority order' }),
  },
  { additionalProperties: false },
)

/** A board: its roles and, per role, its devices, each a real driver or the simulated stand-in. */
export const BoardSchema = Type.Object(
  {
    id: Id,
    password: Type.Optional(
      Type.String({
        minLength: 12,
        errorMessage: 'must be at least 12 characters',
        description:
          "This board's MQTT password: every device on the board logs in with it, as <board>-<role>. Needed for every board of a multi-board site; a one-box site may leave it out (its devices then use a password made at each start).",
      }),
    ),
    roles: Type.Array(OneOf(['hub', 'dispenser', 'counter', 'display', 'announcer', 'callpoint'] as const), {
      minItems: 1,
      uniqueItems: true,
    }),
    model: Type.Optional(
      OneOf(['pi-3b', 'pi-4b', 'pi-5', 'pi-zero-2w', 'cm4'] as const, {
        description: 'The board, for its pin map in boards/',
      }),
    ),
    dispenser: Type.Optional(DispenserSchema),
    counters: Type.Optional(
      Type.Array(
        Type.Object(
          {
            counter: Id,
            input: Type.Union([Simulated, Rs485Keypad], { description: 'An RS-485 keypad, or simulated' }),
          },
          { additionalProperties: false },
        ),
      ),
    ),
    displays: Type.Optional(Type.Array(DisplaySchema)),
    announcer: Type.Optional(AnnouncerSchema),
    callPoints: Type.Optional(BoardCallPointsSchema),
  },
  { additionalProperties: false },
)

export const ConfigSchema = Type.Object(
  {
    version: Type.Literal(1, { errorMessage: 'must be 1, the config format this firmware reads' }),
    site: Type.Object(
      {
        id: Id,
        name: Type.String({ minLength: 1, description: 'Company or branch name printed on tickets' }),
        languages: Type.Array(Lang, { minItems: 1, uniqueItems: true }),
        timeZone: Type.String({ minLength: 1, description: 'IANA time zone, e.g. Asia/Dubai' }),
        dayStartsAt: WallTime,
        staffLanguage: Type.Optional(
          Type.Unsafe<string>({
            ...Lang,
            description:
              "The language of staff SMS, keypad replies and the technician's slips; absent: the first of languages",
          }),
        ),
        digits: OneOf(['latin', 'eastern-arabic'] as const, {
          default: 'latin',
          description:
            'Digits of numbers in Arabic text (waiting counts, minutes, dates): latin 0–9 or eastern-arabic ٠–٩; other languages print 0–9',
        }),
      },
      { additionalProperties: false },
    ),
    services: Type.Array(ServiceSchema, { minItems: 1 }),
    counters: Type.Array(CounterSchema, { minItems: 1 }),
    rules: Type.Object(
      {
        noShow: Type.Object(
          {
            minCalls: Type.Integer({ minimum: 1, default: 2 }),
            minSeconds: Type.Integer({ minimum: 0, default: 60 }),
          },
          { additionalProperties: false, default: {} },
        ),
        transfer: Type.Object(
          { position: OneOf(['front', 'arrival'] as const, { default: 'front' }) },
          { additionalProperties: false, default: {} },
        ),
        priority: Type.Object(
          { maxConsecutive: Type.Integer({ minimum: 0, default: 3 }) },
          { additionalProperties: false, default: {} },
        ),
        estimate: Type.Object(
          {
            window: Type.Integer({ minimum: 1, default: 20 }),
            defaultServiceSeconds: Type.Integer({ minimum: 1, default: 300 }),
          },
          { additionalProperties: false, default: {} },
        ),
      },
      { additionalProperties: false, default: {} },
    ),
    ticket: Type.Object(
      {
        footer: Type.String({ default: '' }),
        paperWidth: Type.Integer({ enum: [58, 80], default: 80, errorMessage: 'must be 58 or 80 (mm)' }),
        statusUrl: Type.Optional(
          Type.String({
            pattern: '^https?://',
            errorMessage:
              'must be an http(s) address; {token} in it is replaced by the ticket token, else the token is appended',
            description: 'The ticket status page the QR code opens, e.g. https://queue.example.com/t/',
          }),
        ),
        logo: Type.Optional(Type.String({ minLength: 1, description: 'A PNG file printed at the top of each ticket' })),
        languages: Type.Optional(
          Type.Array(Lang, {
            minItems: 1,
            uniqueItems: true,
            description:
              "The languages of the ticket's fixed words (waiting ahead, the wait, the date), each in turn; absent: every site language. Service names are printed in every site language.",
          }),
        ),
      },
      { additionalProperties: false, default: {} },
    ),
    hub: Type.Object(
      {
        broker: Type.Object(
          {
            mode: OneOf(['embedded', 'external'] as const, {
              default: 'embedded',
              description:
                'embedded: the hub runs the broker (aedes); external: every board, the hub too, connects to a broker the site runs (see qms broker-config)',
            }),
            host: Type.String({
              default: '127.0.0.1',
              description: "Where boards reach the broker: the hub's address, or the external broker's",
            }),
            port: Type.Integer({ minimum: 0, maximum: 65535, default: 1883, description: '0 picks a free port' }),
            websocketPort: Type.Optional(
              Type.Integer({
                minimum: 0,
                maximum: 65535,
                description:
                  'The embedded broker also listens on WebSocket here, for browser pages; absent: no WebSocket',
              }),
            ),
            limits: Type.Object(
              {
                maxPayloadBytes: Type.Integer({ minimum: 256, default: 16384 }),
                maxTopicLevels: Type.Integer({ minimum: 4, maximum: 32, default: 8 }),
                connectionsPerMinute: Type.Integer({
                  minimum: 1,
                  default: 120,
                  description: 'New connections accepted per minute from one address',
                }),
              },
              { additionalProperties: false, default: {} },
            ),
            viewers: Type.Array(
              Type.Object(
                { name: Id, password: Type.String({ minLength: 12, errorMessage: 'must be at least 12 characters' }) },
                { additionalProperties: false },
              ),
              {
                default: [],
                description:
                  'Logins for outside tools (mosquitto_sub, dashboards) that may read the public state and events',
              },
            ),
          },
          { additionalProperties: false, default: {} },
        ),
        snapshotEvery: Type.Integer({ minimum: 100, default: 10000, description: 'Journal records between snapshots' }),
        retentionDays: Type.Integer({ minimum: 1, default: 400 }),
        summaryRetentionDays: Type.Integer({
          minimum: 1,
          default: 3650,
          description:
            'Daily report summaries are kept this many days, after the journal days they came from are deleted',
        }),
      },
      { additionalProperties: false, default: {} },
    ),
    messages: Type.Optional(
      Type.Record(Lang, Type.Record(Type.String({ pattern: '^[a-z][a-z0-9.-]*$' }), MessageSchema), {
        description:
          "The site's own words: language → message name → text, over the built-in ones (firmware/language/messages/en.ts names them). A counted message is an object of plural forms (zero, one, two, few, many, other). A language without built-in words needs every message here.",
      }),
    ),
    callPoints: Type.Optional(CallPointsSiteSchema),
    ratings: Type.Optional(RatingsSchema),
    board: Type.Optional(BoardSchema),
    boards: Type.Optional(
      Type.Array(BoardSchema, {
        minItems: 1,
        description:
          'A site of several boards: each runs `qms run --board ID` with this same file. Use either board (one box) or boards.',
      }),
    ),
    staff: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Id,
            name: Type.String({ minLength: 1, description: 'Shown on the keypad after login and in reports' }),
            pin: Type.String({ pattern: '^[0-9]{4,8}$', errorMessage: 'must be 4–8 digits, typed on the keypad' }),
            services: Type.Array(Id, {
              minItems: 1,
              description: 'What this person serves; at a counter they serve what both it and they serve',
            }),
          },
          { additionalProperties: false },
        ),
        { description: 'Staff accounts for keypad login; absent: no login, every counter serves its own services' },
      ),
    ),
  },
  { additionalProperties: false },
)

/** The file as written: one `board`, or a list of `boards`. */
export type SiteDocument = Static<typeof ConfigSchema>
/**
 * The config as one board runs it: every board of the site in `boards`, and
 * in `board` the one this process is (chosen by `qms run --board ID`).
 */
export type SiteConfig = Omit<SiteDocument, 'board' | 'boards'> & { board: BoardConfig; boards: BoardConfig[] }
export type BoardConfig = Static<typeof BoardSchema>
export type DisplayConfig = Static<typeof DisplaySchema>
export type AnnouncerConfig = Static<typeof AnnouncerSchema>
export type DispenserConfig = Static<typeof DispenserSchema>
export type BoardCallPointsConfig = Static<typeof BoardCallPointsSchema>
export type CallPointsSiteConfig = Static<typeof CallPointsSiteSchema>
