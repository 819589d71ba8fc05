/**
 * The envelope of a command arriving from a device: a JSON object with a
 * request id and a type. The engine checks the command's own fields; this
 * only makes sure there is something to answer and someone to answer to.
 */
import type { Command, EngineError } from '../core/index.ts'

export type ParsedCommand =
  | { ok: true; req: string; command: Command }
  | { ok: false; req: string; error: EngineError }

const REQ = /^[\w.:-]{1,64}$/

export function parseCommand(payload: unknown): ParsedCommand {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, req: '', error: { code: 'bad-command', message: 'A command must be a JSON object' } }
  }
  const { req, ...rest } = payload as Record<string, unknown>
  if (typeof req !== 'string' || !REQ.test(req)) {
    return {
      ok: false,
      req: typeof req === 'string' ? req.slice(0, 64) : '',
      error: { code: 'bad-command', message: 'A command needs "req", a request id of 1–64 letters, digits or ._:-' },
    }
  }
  if (typeof rest.type !== 'string') {
    return { ok: false, req, error: { code: 'bad-command', message: 'A command needs "type", e.g. "issue" or "callNext"' } }
  }
  return { ok: true, req, command: rest as unknown as Command }
}
