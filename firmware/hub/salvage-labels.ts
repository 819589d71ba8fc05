/**
 * What a salvage lost, said by ticket label for the person who ran it
 * (`qms journal salvage`): the records read from the damaged bytes by what
 * they did (A0001 called to c1), the rest plainly as records that could not
 * be read between the tickets on either side, and what the snapshot restored.
 * Labels come from the day's issue events: kept, read from the damage or restored.
 */
import type { SalvageReport } from '../journal/index.ts'
import { readDay } from '../journal/day-reader.ts'
import { scanSegments } from '../journal/segments.ts'

interface TicketEvent {
  type?: unknown
  id?: unknown
  label?: unknown
  counter?: unknown
}

type Records = Map<number, TicketEvent[]>

function eventsOf(record: unknown): TicketEvent[] {
  const ev = (record as { ev?: unknown } | null)?.ev
  return Array.isArray(ev) ? ev.filter((e): e is TicketEvent => typeof e === 'object' && e !== null) : []
}

/** One line per lost range of seqs, in seq order. */
export async function lostByLabel(dir: string, report: SalvageReport): Promise<string[]> {
  const kept: Records = new Map()
  const days = new Set((await scanSegments(dir)).live.map((s) => s.day))
  for (const day of days) await readDay(dir, day, (record, seq) => kept.set(seq, eventsOf(record)))
  const readable: Records = new Map()
  for (const cut of report.lost) for (const r of cut.readable ?? []) readable.set(r.seq, eventsOf(r.record))
  const restored = report.restored ? (kept.get(report.restored.seq) ?? []) : []
  const labels = new Map<unknown, string>()
  for (const events of [...kept.values(), ...readable.values(), restored])
    for (const e of events) if (e.type === 'ticket.issued' && typeof e.label === 'string') labels.set(e.id, e.label)
  const name = (e: TicketEvent) => labels.get(e.id) ?? (typeof e.label === 'string' ? e.label : undefined)
  // The restored record stands in a lost seq: it is no neighbour of the loss, and its seq was lost too.
  const seqs = [...kept.keys()].filter((s) => s !== report.restored?.seq).sort((a, b) => a - b)
  /** The label nearest to `seq` among the kept records, looking back (step -1) or on (+1). */
  const nearest = (seq: number, step: -1 | 1): string | undefined => {
    const side = step < 0 ? seqs.filter((s) => s < seq).reverse() : seqs.filter((s) => s > seq)
    for (const s of side) {
      const events = kept.get(s)!
      for (const e of step < 0 ? [...events].reverse() : events) {
        const label = name(e)
        if (label) return label
      }
    }
    return undefined
  }

  const lines: string[] = []
  for (const { from: gapFrom, to } of report.gaps) {
    const from = gapFrom === (report.restored?.seq ?? 0) + 1 ? report.restored!.seq : gapFrom
    let unread = 0
    for (let seq = from; seq <= to; seq++) {
      const events = readable.get(seq)
      if (!events) unread++
      else
        lines.push(`record ${seq}, read from the damaged bytes (unchecked): ${said(events, name) || 'no ticket event'}`)
    }
    if (unread === 0) continue
    const before = nearest(from, -1)
    const after = nearest(to, 1)
    lines.push(
      `${unread} record${unread === 1 ? '' : 's'} ${before ? `between ${before}` : 'from the start of the log'} and ${
        after ?? 'the end of the log'
      } could not be read (seqs ${from}..${to})`,
    )
  }
  if (report.restored)
    lines.push(
      `the snapshot at seq ${report.restored.snapshot} held what the log lost after seq ${report.restored.seq - 1}; restored for the reports: ${
        said(restored, name) || 'no ticket event'
      }`,
    )
  return lines
}

const VERBS: Record<string, string> = {
  'ticket.issued': 'issued',
  'ticket.called': 'called',
  'ticket.started': 'started',
  'ticket.finished': 'finished',
  'ticket.noShow': 'no-show',
  'ticket.cancelled': 'cancelled',
  'ticket.held': 'held',
  'ticket.transferred': 'transferred',
}

/** "issued A0011–A0094; called A0001 at c1, A0002 at c1": the events by what they did, labels in runs. */
function said(events: TicketEvent[], name: (e: TicketEvent) => string | undefined): string {
  const byVerb = new Map<string, string[]>()
  for (const e of events) {
    const verb = VERBS[String(e.type)]
    const label = name(e)
    if (!verb || !label) continue
    const where = verb !== 'issued' && typeof e.counter === 'string' ? ` at ${e.counter}` : ''
    byVerb.set(verb, [...(byVerb.get(verb) ?? []), `${label}${where}`])
  }
  return [...byVerb].map(([verb, labels]) => `${verb} ${runs(labels).join(', ')}`).join('; ')
}

/** Consecutive labels of one prefix (A0011, A0012, … A0094) as one run, A0011–A0094. */
function runs(labels: string[]): string[] {
  const out: string[] = []
  let first = labels[0]
  let prev = first
  const number = (l: string | undefined) => /^(\D*)(\d+)$/.exec(l ?? '')
  for (const label of [...labels.slice(1), undefined]) {
    const a = number(prev)
    const b = number(label)
    if (a && b && a[1] === b[1] && Number(b[2]) === Number(a[2]) + 1) {
      prev = label
      continue
    }
    out.push(first === prev ? first! : `${first}–${prev}`)
    first = label
    prev = label
  }
  return out
}
