/**
 * The envelope of a command arriving from a device: a JSON object with a
 * request id and a type, checked against the contract's schema
 * (bus/command-schema.ts, bus/command-problems.ts). A payload that fails
 * gets an answer naming what is wrong — on the sender's reply topic when
 * its `req` is usable.
 */
import { commandProblems } from '../bus/command-problems.ts'
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
  const problems = commandProblems(payload)
  if (problems.length > 0) return { ok: false, req, error: { code: 'bad-command', message: `"${rest.type}" command: ${problems.join('; ')}` } }
  return { ok: true, req, command: rest as unknown as Command }
}
