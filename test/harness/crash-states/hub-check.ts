/**
 * Recovery of one crash state of the hub's data folder, as the hub does it
 * at start (Hub.start: newest good snapshot, replay, torn tail cut), and
 * what must then hold: every ticket, call and finish answered before the
 * crash is in the recovered queue, and the next ticket of each service gets
 * a number nobody was given (asked of the engine, decide() being pure: an
 * append here would start a snapshot the check could not wait for).
 */
import { join } from 'node:path'
import pino from 'pino'
import { decide, findTicket, type EngineConfig } from '../../../firmware/core/index.ts'
import { Hub } from '../../../firmware/hub/hub.ts'
import type { AnsweredCommand } from './hub-workload.ts'

interface TicketAnswer {
  ticket: { id: string; label: string; service: string }
}

function ticketOf(command: AnsweredCommand): TicketAnswer['ticket'] | undefined {
  const data = command.answer.status === 'ok' ? (command.answer.data as Partial<TicketAnswer> | undefined) : undefined
  return data?.ticket
}

/** The problems found (none: the state recovered and kept every answer). */
export async function checkHubState(
  dataDir: string,
  engine: EngineConfig,
  acked: AnsweredCommand[],
  now: number,
): Promise<string[]> {
  const hub = new Hub({
    engine,
    journalDir: join(dataDir, 'journal'),
    snapshotEvery: 1_000_000,
    retentionDays: 400,
    logger: pino({ level: 'silent' }),
    clock: () => now,
  })
  try {
    await hub.start()
  } catch (err) {
    return [`recovery refused: ${(err as Error).message}`]
  }
  const problems: string[] = []
  const given = new Set<string>()
  for (const command of acked) {
    const answered = ticketOf(command)
    if (!answered) continue
    const ticket = findTicket(hub.state, answered.id)
    const what = `${command.type} of ${answered.label} (req ${command.answer.req})`
    if (command.type === 'issue') given.add(answered.label)
    if (!ticket || ticket.label !== answered.label)
      problems.push(`${what} was answered but is not in the recovered queue`)
    else if (command.type === 'callNext' && ticket.state === 'waiting')
      problems.push(`${what} was answered but the ticket is waiting again`)
    else if (command.type === 'finish' && ticket.state !== 'done')
      problems.push(`${what} was answered but the ticket is ${ticket.state}`)
  }
  for (const service of engine.services) {
    const decision = decide(engine, hub.state, { type: 'issue', service: service.id }, now)
    const label = decision.ok ? (decision.reply as Partial<TicketAnswer>).ticket?.label : undefined
    if (label === undefined) problems.push(`issue after recovery refused: ${JSON.stringify(decision)}`)
    else if (given.has(label)) problems.push(`${label} given twice: before the crash and after recovery`)
  }
  await hub.stop()
  return problems
}
