/**
 * decide(): a command and the current state in, the events that record its
 * effect (or a refusal) out. Pure: the state it is given is never changed.
 * A command that arrives in a later business day first closes the old day;
 * the command itself is then decided against the new day's state.
 */
import type { Command, Decision, EngineConfig, QueueState } from './types.ts'
import { apply } from './apply.ts'
import { checkCommand } from './command-check.ts'
import { decideAtCounter, decideCancel } from './counter-commands.ts'
import { rolloverEvents } from './day-rollover.ts'
import { decideIssue } from './issue.ts'
import { decidePrinting } from './print-commands.ts'
import { decideStaff } from './staff.ts'
import { cloneState } from './state.ts'
import { decideIncident, escalationEvents } from './incidents.ts'
import { decideRate } from './ratings.ts'

export function decide(config: EngineConfig, state: QueueState, cmd: Command, now: number): Decision {
  const checked = checkCommand(cmd)
  if (!checked.ok) return checked
  try {
    const rollover = rolloverEvents(config, state, now)
    let today = state
    if (rollover.length > 0) {
      // Once a day: decide the command on a copy that has moved to the new day.
      today = cloneState(state)
      for (const event of rollover) apply(config, today, event)
    }
    const decision = decideCommand(config, today, checked.command, now)
    if (!decision.ok || rollover.length === 0) return decision
    return { ...decision, events: [...rollover, ...decision.events] }
  } catch (err) {
    // Every command gets an answer, even one that meets a bug here.
    return {
      ok: false,
      error: {
        code: 'engine-error',
        message: `The queue engine could not handle "${checked.command.type}": ${(err as Error).message}`,
      },
    }
  }
}

function decideCommand(config: EngineConfig, state: QueueState, cmd: Command, now: number): Decision {
  switch (cmd.type) {
    case 'issue':
      return decideIssue(config, state, cmd, now)
    case 'cancel':
      return decideCancel(state, cmd.label, now)
    case 'markUnprinted':
    case 'reprint':
    case 'markPrinted':
      return decidePrinting(state, cmd, now)
    case 'tick':
      return { ok: true, events: escalationEvents(config, state, now), reply: {} }
    case 'raiseIncident':
    case 'escalateIncident':
    case 'acknowledgeIncident':
    case 'clearIncident':
    case 'recordNotification':
      return decideIncident(config, state, cmd, now)
    case 'rate':
      return decideRate(config, state, cmd, now)
    case 'login':
    case 'logout':
      return decideStaff(config, state, cmd, now)
    default:
      return decideAtCounter(config, state, cmd, now)
  }
}
