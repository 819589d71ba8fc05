/**
 * The envelope of a command arriving from a device: a JSON object with a
 * request id and a type, checked against the contract's schema
 * (contract/commands.ts, contract/check.ts). A payload that fails gets an
 * answer naming what is wrong — on the sender's reply topic when its `req`
 * is usable.
 */
import { check } from '../contract/check.ts'
import type { Command, EngineError } from '../core/index.ts'

export type ParsedCommand = { ok: true; req: string; command: Command } | { ok: false; req: string; error: EngineError }

const REQ = /^[\w.:-]{1,64}$/

export function parseCommand(payload: unknown): ParsedCommand {
  const checked = check('command', payload)
  // The engine is handed the payload itself: a command that also carries its request id.
  if (checked.ok) return { ok: true, req: checked.value.req, command: checked.value }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { ok: false, req: '', error: { code: 'bad-command', message: 'A command must be a JSON object' } }
  }
  const req: unknown = Reflect.get(payload, 'req')
  const type: unknown = Reflect.get(payload, 'type')
  if (typeof req !== 'string' || !REQ.test(req)) {
    return {
      ok: false,
      req: typeof req === 'string' ? req.slice(0, 64) : '',
      error: { code: 'bad-command', message: 'A command needs "req", a request id of 1–64 letters, digits or ._:-' },
    }
  }
  if (typeof type !== 'string') {
    return {
      ok: false,
      req,
      error: { code: 'bad-command', message: 'A command needs "type", e.g. "issue" or "callNext"' },
    }
  }
  return {
    ok: false,
    req,
    error: { code: 'bad-command', message: `"${type}" command: ${checked.problems.join('; ')}` },
  }
}
