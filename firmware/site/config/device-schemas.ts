/** The config of a board's devices: speaker, ticket box, keypads on RS-485, LED displays. */
import { Type } from '@sinclair/typebox'
import { Id, OneOf, OpeningHoursSchema, Simulated, WallTime } from './schema-parts.ts'

const AplayOutput = Type.Object(
  {
    driver: Type.Literal('aplay'),
    device: Type.String({ minLength: 1, default: 'default', description: 'ALSA PCM for aplay -D, e.g. plughw:0,0' }),
    clips: Type.String({ minLength: 1, description: 'The default clip set, built by `qms clips build --out DIR`' }),
    siteClips: Type.Optional(
      Type.String({
        minLength: 1,
        description: "The site's own recordings: <lang>/<clip>.wav replaces the set's file",
      }),
    ),
  },
  { additionalProperties: false },
)

export const AnnouncerSchema = Type.Object(
  {
    output: Type.Union([Simulated, AplayOutput], {
      description: 'The speaker: aplay to an ALSA device, or simulated',
    }),
    place: OneOf(['counter', 'window', 'room'] as const, {
      default: 'counter',
      description: 'What a counter is called out loud',
    }),
    numbers: OneOf(['words', 'digits'] as const, {
      default: 'words',
      description: '"twenty-three", or digit by digit',
    }),
    hours: Type.Optional(
      Type.Array(OpeningHoursSchema, { description: 'Calls are announced only within these; always when absent' }),
    ),
    volume: Type.Array(
      Type.Object(
        { from: WallTime, percent: Type.Integer({ minimum: 0, maximum: 100 }) },
        { additionalProperties: false },
      ),
      { default: [], description: 'Volume from each time of day on; full volume when empty' },
    ),
  },
  { additionalProperties: false },
)

/** A header pin number (11) or a signal name from the board's pin map ("GPIO17"); never a chip line. */
export const Pin = Type.Union(
  [Type.Integer({ minimum: 1, maximum: 40 }), Type.String({ pattern: '^(pin)?[0-9]{1,2}$|^[A-Z][A-Z0-9_]*$' })],
  {
    errorMessage: 'must be a header pin number 1–40 or a signal name such as GPIO17',
  },
)

// Ajv fills no defaults inside a union (anyOf), so driver settings are optional and
// their defaults live with the driver (firmware/drivers/*/…-config.ts), stated here for editors.
export const ButtonTimingSettings = {
  activeLow: Type.Optional(
    Type.Boolean({ default: true, description: 'Buttons switch the line to ground (with a pull-up)' }),
  ),
  bias: Type.Optional(OneOf(['pull-up', 'pull-down', 'as-is'] as const, { default: 'pull-up' })),
  debounceMs: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 20 })),
  longPressMs: Type.Optional(Type.Integer({ minimum: 200, maximum: 60000, default: 1500 })),
}

/** Service buttons: simulated, sysfs GPIO, or the libgpiod tools (gpiomon/gpioset). */
export const ButtonInput = Type.Union(
  [
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
  ],
  { description: 'Buttons on GPIO lines: sysfs, or the libgpiod tools (gpiod); or simulated' },
)

/**
 * The character table a printer's text is sent in (ESC t; the driver knows each one's table number):
 * text in it prints as characters, and only what it lacks becomes a picture. cp866 for Cyrillic.
 */
const PrinterCodePage = {
  codePage: Type.Optional(
    OneOf(['cp437', 'cp850', 'cp858', 'cp866', 'cp1252'] as const, {
      default: 'cp1252',
      description: "The printer's code page for text (cp866 for Russian); characters it lacks are printed as pictures",
    }),
  ),
}

/** The ticket printer: simulated, or ESC/POS over a serial port, a USB printer device file, or TCP 9100. */
const PrinterDriver = Type.Union(
  [
    Simulated,
    Type.Object(
      {
        driver: OneOf(['escpos-serial'] as const),
        path: Type.String({ minLength: 1 }),
        baudRate: Type.Optional(Type.Integer({ minimum: 1200, default: 115200 })),
        ...PrinterCodePage,
      },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        driver: OneOf(['escpos-usb'] as const),
        path: Type.String({ minLength: 1, description: 'e.g. /dev/usb/lp0' }),
        ...PrinterCodePage,
      },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        driver: OneOf(['escpos-network'] as const),
        host: Type.String({ minLength: 1 }),
        port: Type.Optional(Type.Integer({ minimum: 1, maximum: 65535, default: 9100 })),
        ...PrinterCodePage,
      },
      { additionalProperties: false },
    ),
  ],
  { description: 'An ESC/POS printer on a serial port, a USB printer device file or TCP 9100; or simulated' },
)

export const DispenserSchema = Type.Object(
  {
    buttons: Type.Array(
      Type.Object({ service: Id, pin: Type.Optional(Pin), lamp: Type.Optional(Pin) }, { additionalProperties: false }),
      { minItems: 1 },
    ),
    input: ButtonInput,
    printer: PrinterDriver,
    cooldownMs: Type.Integer({
      minimum: 0,
      default: 3000,
      description: 'After a ticket, the same button gives no other for this long',
    }),
    technicianHoldMs: Type.Integer({
      minimum: 1000,
      default: 5000,
      description: 'Hold the first and last buttons this long for the status slip',
    }),
    printerPollMs: Type.Integer({ minimum: 500, default: 5000 }),
  },
  { additionalProperties: false },
)

/** A teller's keypad on an RS-485 line shared by address (docs/keypads-displays.md). */
export const Rs485Keypad = Type.Object(
  {
    driver: OneOf(['rs485-keypad'] as const),
    path: Type.String({ minLength: 1, description: 'The serial port of the keypad line, e.g. /dev/ttyUSB0' }),
    baudRate: Type.Optional(Type.Integer({ minimum: 1200, maximum: 115200, default: 9600 })),
    protocol: OneOf(['qsystem', 'ascii'] as const, {
      description: 'qsystem: 4-byte frames 01 addr key 07; ascii: lines <addr>:<KEY>',
    }),
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
    register: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 65000,
        default: 0,
        description: 'The blink flag register; the text follows',
      }),
    ),
    chars: Type.Optional(Type.Integer({ minimum: 1, maximum: 64, default: 8 })),
    readBack: Type.Optional(
      Type.Boolean({
        default: false,
        description: 'Read the registers back after each write (function 03), where the display supports it',
      }),
    ),
  },
  { additionalProperties: false },
)
const AlphaSignOutput = Type.Object(
  {
    driver: OneOf(['alpha-sign'] as const),
    ...DisplayPort,
    address: Type.Optional(Type.Integer({ minimum: 0, maximum: 255, default: 0 })),
  },
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
    encoding: Type.String({
      minLength: 1,
      description: 'Any iconv-lite encoding: ascii, latin1, cp1251, cp1256, gb2312, utf8…',
    }),
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
    output: Type.Union([Simulated, ModbusOutput, AlphaSignOutput, QsystemBoardOutput, TemplateOutput], {
      description:
        'An LED display: Modbus, Alpha sign, Q-system board, or a template for another serial protocol; or simulated',
    }),
    blinkSeconds: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 60,
        default: 5,
        description: 'A new call blinks this long on the counter display',
      }),
    ),
    notices: Type.Optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 200 }), {
        default: [],
        description:
          'Site notices and adverts: the hall display rotates them while no call is shown, and after a call they take turns with the last calls (callsSeconds); with calls shown a notice takes the last row',
      }),
    ),
    noticeSeconds: Type.Optional(
      Type.Integer({ minimum: 2, maximum: 600, default: 8, description: "Each notice's turn on the hall display" }),
    ),
    callsSeconds: Type.Optional(
      Type.Integer({
        minimum: 5,
        maximum: 3600,
        default: 30,
        description: 'After a call the calls hold the hall display this long, and this long again between two notices',
      }),
    ),
    configNoticeSeconds: Type.Optional(
      Type.Integer({
        minimum: 0,
        maximum: 3600,
        default: 60,
        description:
          'A hall display shows how a USB config import ended ("Config r12 applied") this long on its last row; 0: never',
      }),
    ),
  },
  { additionalProperties: false },
)

// Call points and ratings (issue 9): the buttons are a board's, the escalation chains, the
// modem and the rating scale the site's (docs/call-points.md).
