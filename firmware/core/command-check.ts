/**
 * What a command's schema cannot say. Every field of a command is checked
 * against the contract (contract/commands.ts) where it enters, on the hub's
 * command topic; what is left for the engine are the rules across fields.
 */
import type { Command, EngineError } from './types.ts'

export function checkCommand(cmd: Command): { ok: true; command: Command } | { ok: false; error: EngineError } {
  if (
    (cmd.type === 'escalateIncident' || cmd.type === 'acknowledgeIncident' || cmd.type === 'clearIncident') &&
    cmd.incident === undefined &&
    cmd.point === undefined
  ) {
    return bad(`"${cmd.type}" needs "incident" (its id) or "point" (its call point)`)
  }
  return { ok: true, command: cmd }
}

function bad(message: string): { ok: false; error: EngineError } {
  return { ok: false, error: { code: 'bad-command', message } }
}
