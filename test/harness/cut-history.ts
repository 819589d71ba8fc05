/**
 * A Jepsen-style history of a power-cut run: every command a device sent
 * (a resend keeps its request id, docs/mqtt.md "Idempotent commands") and
 * every answer it got, checked after the run against the journal the hub
 * left:
 *
 *  - each request id has at most one effect (one journal record);
 *  - every acknowledged ticket, call and finish is in the journal, as the
 *    record of that very request, naming the ticket the answer named. The
 *    journal only grows between cuts (recovery cuts only an unsynced tail),
 *    so a record there at the end was there after every restart; one lost
 *    at a cut is missing at the end;
 *  - every answer to a repeat names the same ticket as the first answer and
 *    as the journal's record of the request;
 *  - no number twice per service and business day (the ticket id is
 *    `<day>/<label>`).
 */
import type { Event } from '../../firmware/core/index.ts'
import type { Answer } from '../../firmware/contract/answers.ts'
import { requestKey, type JournalAudit } from './journal-audit.ts'

export interface Sent {
  device: string
  req: string
  command: Record<string, unknown>
  life: number
  /** The same request id was sent before (the answer was lost to a cut). */
  repeat: boolean
}

export interface Answered {
  device: string
  req: string
  life: number
  answer: Answer
  repeat: boolean
}

/** Error codes a command may meet in a healthy run: a counter calling while nobody waits. */
const EXPECTED_ERRORS = new Set(['queue-empty'])

/** The event each command's answer names its ticket by. */
const NAMING_EVENT: Record<string, Event['type']> = {
  issue: 'ticket.issued',
  callNext: 'ticket.called',
  start: 'ticket.started',
  finish: 'ticket.finished',
}

export class History {
  readonly sent: Sent[] = []
  readonly answers: Answered[] = []
  /** Restarts that did not reach ready, with the hub's last words. */
  readonly failedRestarts: string[] = []

  recordSent(sent: Sent): void {
    this.sent.push(sent)
  }

  recordAnswer(answered: Answered): void {
    this.answers.push(answered)
  }
}

export interface Verdict {
  /** Acknowledged (ok) commands the journal has no record of, or whose record names another ticket. */
  lostAcked: string[]
  /** Requests with more than one effect, and labels issued twice in a day. */
  givenTwice: string[]
  /** Answers to repeats naming another ticket than the first answer or the journal. */
  repeatMismatch: string[]
  /** Error answers a healthy hub does not give here (state it acknowledged was gone). */
  surprises: string[]
  acked: { issue: number; callNext: number; start: number; finish: number }
  repeats: number
}

function answerTicket(answer: Answer): string | undefined {
  if (answer.status !== 'ok') return undefined
  const ticket = (answer.data as { ticket?: { id?: unknown } } | undefined)?.ticket
  return typeof ticket?.id === 'string' ? ticket.id : undefined
}

function journalTicket(type: string, events: Event[]): string | undefined {
  const named = events.find((e) => e.type === NAMING_EVENT[type])
  return named && 'id' in named ? named.id : undefined
}

export function checkHistory(history: History, audit: Pick<JournalAudit, 'issuedTwice' | 'effects'>): Verdict {
  const verdict: Verdict = {
    lostAcked: [],
    givenTwice: audit.issuedTwice.map((id) => `${id} issued twice`),
    repeatMismatch: [],
    surprises: [],
    acked: { issue: 0, callNext: 0, start: 0, finish: 0 },
    repeats: 0,
  }
  const commands = new Map<string, Sent>()
  for (const sent of history.sent) {
    commands.set(requestKey(sent.device, sent.req), sent)
    if (sent.repeat) verdict.repeats += 1
  }
  const answers = new Map<string, Answered[]>()
  for (const a of history.answers) {
    const key = requestKey(a.device, a.req)
    answers.set(key, [...(answers.get(key) ?? []), a])
  }
  for (const [key, sent] of commands) {
    const type = String(sent.command.type)
    const records = audit.effects.get(key) ?? []
    const got = answers.get(key) ?? []
    const where = `${key} (${type}, first sent in life ${sent.life})`
    if (records.length > 1) verdict.givenTwice.push(`${where}: ${records.length} journal records`)
    const stored = records[0] && journalTicket(type, records[0])
    const oks = got.filter((a) => a.answer.status === 'ok')
    if (oks.length > 0 && type in verdict.acked) verdict.acked[type as keyof Verdict['acked']] += 1
    const first = oks[0]
    if (first && (records.length === 0 || (!first.repeat && answerTicket(first.answer) !== stored))) {
      verdict.lostAcked.push(
        `${where}: answered ${answerTicket(first.answer)} in life ${first.life}, journal has ${stored ?? 'no record'}`,
      )
    }
    for (const a of got) {
      if (a.answer.status === 'error') {
        if (records.length > 0)
          verdict.repeatMismatch.push(`${where}: refused in life ${a.life} (${a.answer.error.code}) though journaled`)
        else if (!EXPECTED_ERRORS.has(a.answer.error.code))
          verdict.surprises.push(`${where}: ${a.answer.error.code}: ${a.answer.error.message}`)
        continue
      }
      const named = answerTicket(a.answer)
      if (a !== first && named !== answerTicket(first!.answer)) {
        verdict.repeatMismatch.push(
          `${where}: repeat in life ${a.life} names ${named}, the first answer ${answerTicket(first!.answer)}`,
        )
      } else if (a.repeat && records.length > 0 && named !== stored) {
        verdict.repeatMismatch.push(
          `${where}: repeat in life ${a.life} names ${named}, the journal ${stored ?? 'no record'}`,
        )
      }
    }
  }
  return verdict
}
