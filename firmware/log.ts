/**
 * pino for every module (a child logger each: `{ module: 'hub' }`). JSON to
 * stdout for systemd's journal; pretty lines when a person runs it at a
 * terminal; into the front panel's log pane when the panel owns the screen.
 */
import pino, { type DestinationStream, type Logger } from 'pino'
import pretty from 'pino-pretty'

export interface LogOptions {
  level?: string
  /** Human-readable lines instead of JSON. */
  pretty?: boolean
  /** Where lines go; stdout by default. */
  destination?: NodeJS.WritableStream
}

export function createLogger(options: LogOptions = {}): Logger {
  const level = options.level ?? process.env.QMS_LOG_LEVEL ?? 'info'
  const out = options.destination ?? process.stdout
  const stream: DestinationStream = options.pretty
    ? pretty({ destination: out, colorize: out === process.stdout && process.stdout.isTTY, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true, sync: true })
    : (out as DestinationStream)
  return pino({ level, base: undefined }, stream)
}
