/**
 * pino for every module (a child logger each: `{ module: 'hub' }`). JSON to
 * stdout for systemd's journal; pretty lines when a person runs it at a
 * terminal; into the front panel's log pane when the panel owns the screen.
 */
import pino, { type DestinationStream, type Logger } from 'pino'

export interface LogOptions {
  level?: string
  /** Human-readable lines instead of JSON. */
  pretty?: boolean
  /** Where lines go; stdout by default. */
  destination?: NodeJS.WritableStream
}

/** Async because pino-pretty is loaded only when a person will read the lines: a headless box never pays for it. */
export async function createLogger(options: LogOptions = {}): Promise<Logger> {
  const level = options.level ?? process.env.QMS_LOG_LEVEL ?? 'info'
  const out = options.destination ?? process.stdout
  const pretty = options.pretty ? (await import('pino-pretty')).default : undefined
  const stream: DestinationStream = pretty
    ? pretty({
        destination: out,
        colorize: out === process.stdout && process.stdout.isTTY,
        translateTime: 'SYS:HH:MM:ss',
        ignore: 'pid,hostname,err',
        singleLine: true,
        sync: true,
        messageFormat: withError,
      })
    : (out as DestinationStream)
  // `{ err }` keeps an error's type and stack in the JSON lines (the journal), not only its message.
  return pino({ level, base: undefined, serializers: { err: pino.stdSerializers.err } }, stream)
}

/** A pretty line stays one line (the front panel's log pane): what failed, then the error's message; its stack is in the JSON. */
function withError(log: Record<string, unknown>, messageKey: string): string {
  const message = String(log[messageKey] ?? '')
  const err = log.err
  if (err === undefined) return message
  const said = typeof err === 'object' && err !== null && 'message' in err ? err.message : err
  return `${message}: ${typeof said === 'string' ? said : JSON.stringify(said)}`
}
