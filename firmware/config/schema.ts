/**
 * The site configuration: one schema is the source of the TypeScript types,
 * of config/schema.json for editors, and of the errors a technician reads.
 * `errorMessage` (ajv-errors) replaces Ajv's generic wording where a person
 * needs to be told what to write instead.
 */
import { Type, type Static } from '@sinclair/typebox'

const Id = Type.String({
  pattern: '^[a-z0-9][a-z0-9-]{0,31}$',
  errorMessage: 'must be 1–32 lower-case letters, digits or dashes, starting with a letter or digit',
})
const WallTime = Type.String({
  pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$',
  errorMessage: 'must be a time of day as HH:MM, e.g. 04:00',
})
/** A string from a fixed list; one readable error instead of one per alternative. */
function OneOf<const T extends readonly string[]>(values: T, options: { default?: T[number]; description?: string } = {}) {
  return Type.Unsafe<T[number]>({
    type: 'string',
    enum: [...values],
    errorMessage: `must be one of: ${values.join(', ')}`,
    ...options,
  })
}

const Lang = Type.String({ pattern: '^[a-z]{2,3}$', errorMessage: 'must be a language code such as ar, en, zh, ru' })

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
      Type.Integer({ minimum: 1, description: 'Reports show the share of customers called within this wait, in seconds' }),
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

/** Drivers: only the simulated ones exist yet; the real ones join this list as they land. */
const Simulated = Type.Object({ driver: OneOf(['simulated'] as const) }, { additionalProperties: false })

/** The real speaker: clips joined into one `aplay -t raw -D <device>` per announcement (docs/voice.md). */
const AplayOutput = Type.Object(
  {
    driver: Type.Literal('aplay'),
    device: Type.String({ minLength: 1, default: 'default', description: 'ALSA PCM for aplay -D, e.g. plughw:0,0' }),
    clips: Type.String({ minLength: 1, description: 'The default clip set, built by `qms clips build --out DIR`' }),
    siteClips: Type.Optional(Type.String({ minLength: 1, description: "The site's own recordings: <lang>/<clip>.wav replaces the set's file" })),
  },
  { additionalProperties: false },
)

export const AnnouncerSchema = Type.Object(
  {
    output: Type.Union([Simulated, AplayOutput]),
    place: OneOf(['counter', 'window', 'room'] as const, { default: 'counter', description: 'What a counter is called out loud' }),
    numbers: OneOf(['words', 'digits'] as const, { default: 'words', description: '"twenty-three", or digit by digit' }),
    hours: Type.Optional(Type.Array(OpeningHoursSchema, { description: 'Calls are announced only within these; always when absent' })),
    volume: Type.Array(
      Type.Object({ from: WallTime, percent: Type.Integer({ minimum: 0, maximum: 100 }) }, { additionalProperties: false }),
      { default: [], description: 'Volume from each time of day on; full volume when empty' },
    ),
  },
  { additionalProperties: false },
)

/** A header pin number (11) or a signal name from the board's pin map ("GPIO17"); never a chip line. */
const Pin = Type.Union([Type.Integer({ minimum: 1, maximum: 40 }), Type.String({ pattern: '^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$' })], {
  errorMessage: 'must be a header pin number 1–40 or a signal name such as GPIO17',
})

// Ajv fills no defaults inside a union (anyOf), so driver settings are optional and
// their defaults live with the driver (firmware/drivers/*/…-config.ts), stated here for editors.
const ButtonTimingSettings = {
  activeLow: Type.Optional(Type.Boolean({ default: true, description: 'Buttons switch the line to ground (with a pull-up)' })),
  bias: Type.Optional(OneOf(['pull-up', 'pull-down', 'as-is'] as const, { default: 'pull-up' })),
  debounceMs: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 20 })),
  longPressMs: Type.Optional(Type.Integer({ minimum: 200, maximum: 60000, default: 1500 })),
}

/** Service buttons: simulated, sysfs GPIO, or the libgpiod tools (gpiomon/gpioset). */
const ButtonInput = Type.Union([
  Simulated,
  Type.Object(
    {
      driver: OneOf(['sysfs'] as const),
      root: Type.Optional(Type.String({ default: '/sys/class/gpio' })),
      pollMs: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, default: 2 })),
      ...ButtonTimingSettings,
    },
    { additionalProperties: false },
  ),
  Type.Object({ driver: OneOf(['gpiod'] as const), ...ButtonTimingSettings }, { additionalProperties: false }),
])

/** The ticket printer: simulated, or ESC/POS over a serial port, a USB printer device file, or TCP 9100. */
const PrinterDriver = Type.Union([
  Simulated,
  Type.Object(
    { driver: OneOf(['escpos-serial'] as const), path: Type.String({ minLength: 1 }), baudRate: Type.Optional(Type.Integer({ minimum: 1200, default: 115200 })) },
    { additionalProperties: false },
  ),
  Type.Object({ driver: OneOf(['escpos-usb'] as const), path: Type.String({ minLength: 1, description: 'e.g. /dev/usb/lp0' }) }, { additionalProperties: false }),
  Type.Object(
    { driver: OneOf(['escpos-network'] as const), host: Type.String({ minLength: 1 }), port: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535, default: 9100 })) },
    { additionalProperties: false },
  ),
])

export const DispenserSchema = Type.Object(
  {
    buttons: Type.Array(
      Type.Object({ service: Id, pin: Type.Optional(Pin), lamp: Type.Optional(Pin) }, { additionalProperties: false }),
      { minItems: 1 },
    ),
    input: ButtonInput,
    printer: PrinterDriver,
    cooldownMs: Type.Integer({ minimum: 0, default: 3000, description: 'After a ticket, the same button gives no other for this long' }),
    technicianHoldMs: Type.Integer({ minimum: 1000, default: 5000, description: 'Hold the first and last buttons this long for the status slip' }),
    printerPollMs: Type.Integer({ minimum: 500, default: 5000 }),
  },
  { additionalProperties: false },
)

/** A teller's keypad on an RS-485 line shared by address (docs/keypads-displays.md). */
const Rs485Keypad = Type.Object(
  {
    driver: OneOf(['rs485-keypad'] as const),
    path: Type.String({ minLength: 1, description: 'The serial port of the keypad line, e.g. /dev/ttyUSB0' }),
    baudRate: Type.Optional(Type.Integer({ minimum: 1200, maximum: 115200, default: 9600 })),
    protocol: OneOf(['qsystem', 'ascii'] as const, { description: 'qsystem: 4-byte frames 01 addr key 07; ascii: lines <addr>:<KEY>' }),
    address: Type.Integer({ minimum: 1, maximum: 247, description: 'The address set on the keypad' }),
    redirectTo: Type.Optional(Id),
  },
  { additionalProperties: false },
)

/** Where an RS-485 display hangs: displays on one port share its speed (docs/keypads-displays.md). */
const DisplayPort = {
  path: Type.String({ minLength: 1, description: 'The serial port of the display line, e.g. /dev/ttyUSB1' }),
  baudRate: Type.Optional(Type.Integer({ minimum: 1200, maximum: 115200, default: 9600 })),
}
const ModbusOutput = Type.Object(
  {
    driver: OneOf(['modbus'] as const),
    ...DisplayPort,
    address: Type.Integer({ minimum: 1, maximum: 247 }),
    register: Type.Optional(Type.Integer({ minimum: 0, maximum: 65000, default: 0, description: 'The blink flag register; the text follows' })),
    chars: Type.Optional(Type.Integer({ minimum: 1, maximum: 64, default: 8 })),
    readBack: Type.Optional(Type.Boolean({ default: false, description: 'Read the registers back after each write (function 03), where the display supports it' })),
  },
  { additionalProperties: false },
)
const AlphaSignOutput = Type.Object(
  { driver: OneOf(['alpha-sign'] as const), ...DisplayPort, address: Type.Optional(Type.Integer({ minimum: 0, maximum: 255, default: 0 })) },
  { additionalProperties: false },
)
const QsystemBoardOutput = Type.Object(
  { driver: OneOf(['qsystem-board'] as const), ...DisplayPort, address: Type.Integer({ minimum: 0, maximum: 255 }) },
  { additionalProperties: false },
)
const Bytes = Type.Array(Type.Integer({ minimum: 0, maximum: 255 }), { maxItems: 8 })
const TemplateOutput = Type.Object(
  {
    driver: OneOf(['template'] as const),
    ...DisplayPort,
    address: Type.Integer({ minimum: 0, maximum: 999 }),
    start: Bytes,
    addressFormat: OneOf(['byte', 'dec2', 'dec3', 'hex2', 'none'] as const),
    encoding: Type.String({ minLength: 1, description: 'Any iconv-lite encoding: ascii, latin1, cp1251, cp1256, gb2312, utf8…' }),
    rowSeparator: Type.Optional(Bytes),
    end: Bytes,
    checksum: OneOf(['none', 'xor', 'sum8', 'crc16-modbus'] as const),
    gapMs: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000, default: 20 })),
  },
  { additionalProperties: false },
)

export const DisplaySchema = Type.Object(
  {
    id: Id,
    kind: OneOf(['counter', 'hall'] as const),
    counter: Type.Optional(Id),
    lines: Type.Integer({ minimum: 1, maximum: 16, default: 4, description: 'Rows a hall display shows' }),
    output: Type.Union([Simulated, ModbusOutput, AlphaSignOutput, QsystemBoardOutput, TemplateOutput]),
    blinkSeconds: Type.Optional(Type.Integer({ minimum: 0, maximum: 60, default: 5, description: 'A new call blinks this long on the counter display' })),
    notices: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { default: [], description: 'Site notices and adverts the hall display rotates while no call is shown' }),
    ),
    noticeSeconds: Type.Optional(Type.Integer({ minimum: 2, maximum: 600, default: 8 })),
  },
  { additionalProperties: false },
)

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
    roles: Type.Array(
      OneOf(['hub', 'dispenser', 'counter', 'display', 'announcer'] as const),
      { minItems: 1, uniqueItems: true },
    ),
    model: Type.Optional(
      OneOf(['pi-3b', 'pi-4b', 'pi-5', 'pi-zero-2w', 'cm4'] as const, { description: 'The board, for its pin map in boards/' }),
    ),
    dispenser: Type.Optional(DispenserSchema),
    counters: Type.Optional(
      Type.Array(Type.Object({ counter: Id, input: Type.Union([Simulated, Rs485Keypad]) }, { additionalProperties: false })),
    ),
    displays: Type.Optional(Type.Array(DisplaySchema)),
    announcer: Type.Optional(AnnouncerSchema),
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
            errorMessage: 'must be an http(s) address; {token} in it is replaced by the ticket token, else the token is appended',
            description: 'The ticket status page the QR code opens, e.g. https://queue.example.com/t/',
          }),
        ),
        logo: Type.Optional(Type.String({ minLength: 1, description: 'A PNG file printed at the top of each ticket' })),
      },
      { additionalProperties: false, default: {} },
    ),
    hub: Type.Object(
      {
        broker: Type.Object(
          {
            mode: OneOf(['embedded', 'external'] as const, {
              default: 'embedded',
              description: 'embedded: the hub runs the broker (aedes); external: every board, the hub too, connects to a broker the site runs (see qms broker-config)',
            }),
            host: Type.String({ default: '127.0.0.1', description: "Where boards reach the broker: the hub's address, or the external broker's" }),
            port: Type.Integer({ minimum: 0, maximum: 65535, default: 1883, description: '0 picks a free port' }),
            websocketPort: Type.Optional(
              Type.Integer({ minimum: 0, maximum: 65535, description: 'The embedded broker also listens on WebSocket here, for browser pages; absent: no WebSocket' }),
            ),
            limits: Type.Object(
              {
                maxPayloadBytes: Type.Integer({ minimum: 256, default: 16384 }),
                maxTopicLevels: Type.Integer({ minimum: 4, maximum: 32, default: 8 }),
                connectionsPerMinute: Type.Integer({ minimum: 1, default: 120, description: 'New connections accepted per minute from one address' }),
              },
              { additionalProperties: false, default: {} },
            ),
            viewers: Type.Array(
              Type.Object(
                { name: Id, password: Type.String({ minLength: 12, errorMessage: 'must be at least 12 characters' }) },
                { additionalProperties: false },
              ),
              { default: [], description: 'Logins for outside tools (mosquitto_sub, dashboards) that may read the public state and events' },
            ),
          },
          { additionalProperties: false, default: {} },
        ),
        snapshotEvery: Type.Integer({ minimum: 100, default: 10000, description: 'Journal records between snapshots' }),
        retentionDays: Type.Integer({ minimum: 1, default: 400 }),
        summaryRetentionDays: Type.Integer({
          minimum: 1,
          default: 3650,
          description: 'Daily report summaries are kept this many days, after the journal days they came from are deleted',
        }),
      },
      { additionalProperties: false, default: {} },
    ),
    board: Type.Optional(BoardSchema),
    boards: Type.Optional(
      Type.Array(BoardSchema, {
        minItems: 1,
        description: 'A site of several boards: each runs `qms run --board ID` with this same file. Use either board (one box) or boards.',
      }),
    ),
    staff: Type.Optional(
      Type.Array(
        Type.Object(
          {
            id: Id,
            name: Type.String({ minLength: 1, description: 'Shown on the keypad after login and in reports' }),
            pin: Type.String({ pattern: '^[0-9]{4,8}$', errorMessage: 'must be 4–8 digits, typed on the keypad' }),
            services: Type.Array(Id, { minItems: 1, description: 'What this person serves; at a counter they serve what both it and they serve' }),
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
