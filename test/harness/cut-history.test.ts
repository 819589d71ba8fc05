/**
 * The history checker finds each kind of violation it counts, from a
 * history and a journal audit made by hand, and passes a clean one.
 */
import t from 'tap'
import type { Event } from '../../firmware/core/index.ts'
import { checkHistory, History } from './cut-history.ts'
import { requestKey, type JournalAudit } from './journal-audit.ts'

const ticket = (id: string) => ({
  ticket: {
    id,
    label: id.slice(-5),
    service: 'deposits',
    priority: 'normal' as const,
    state: 'waiting' as const,
    issuedAt: 0,
    calls: 0,
  },
})
const ev = (type: string, id: string) => ({ type, id, at: 0 }) as unknown as Event

function audit(
  effects: Array<[string, string, Event[][]]>,
  issuedTwice: string[] = [],
): Pick<JournalAudit, 'issuedTwice' | 'effects'> {
  return { issuedTwice, effects: new Map(effects.map(([d, r, e]) => [requestKey(d, r), e])) }
}

function history(
  ...steps: Array<{ req: string; type: string; life: number; repeat?: boolean; answer?: string | 'queue-empty' }>
): History {
  const h = new History()
  for (const s of steps) {
    h.recordSent({ device: 'box', req: s.req, command: { type: s.type }, life: s.life, repeat: s.repeat ?? false })
    if (s.answer === 'queue-empty')
      h.recordAnswer({
        device: 'box',
        req: s.req,
        life: s.life,
        repeat: s.repeat ?? false,
        answer: { req: s.req, status: 'error', error: { code: 'queue-empty', message: '' } },
      })
    else if (s.answer)
      h.recordAnswer({
        device: 'box',
        req: s.req,
        life: s.life,
        repeat: s.repeat ?? false,
        answer: { req: s.req, status: 'ok', data: ticket(s.answer) },
      })
  }
  return h
}

t.test('a clean history: an answer lost to a cut, resent, answered with the same ticket', async (t) => {
  const h = history(
    { req: 'r1', type: 'issue', life: 1 },
    { req: 'r1', type: 'issue', life: 2, repeat: true, answer: 'd/A0001' },
  )
  const v = checkHistory(h, audit([['box', 'r1', [[ev('ticket.issued', 'd/A0001')]]]]))
  t.same([v.lostAcked, v.givenTwice, v.repeatMismatch, v.surprises], [[], [], [], []])
  t.same([v.acked.issue, v.repeats], [1, 1])
})

t.test('an acknowledged ticket missing from the journal is lost', async (t) => {
  const v = checkHistory(history({ req: 'r1', type: 'issue', life: 1, answer: 'd/A0001' }), audit([]))
  t.equal(v.lostAcked.length, 1)
})

t.test('a request with two records, or a label issued twice, is given twice', async (t) => {
  const two = [[ev('ticket.issued', 'd/A0001')], [ev('ticket.issued', 'd/A0002')]]
  const v = checkHistory(
    history({ req: 'r1', type: 'issue', life: 1, answer: 'd/A0001' }),
    audit([['box', 'r1', two]], ['d/A0003']),
  )
  t.equal(v.givenTwice.length, 2)
})

t.test('a repeat naming another ticket than the first answer or the journal is a mismatch', async (t) => {
  const h = history(
    { req: 'r1', type: 'callNext', life: 1, answer: 'd/A0002' },
    { req: 'r1', type: 'callNext', life: 2, repeat: true, answer: 'd/A0001' },
    { req: 'r2', type: 'callNext', life: 2 },
    { req: 'r2', type: 'callNext', life: 3, repeat: true, answer: 'd/A0003' },
  )
  const called = (id: string) => [[ev('ticket.finished', 'd/A0001'), ev('ticket.called', id)]]
  const v = checkHistory(
    h,
    audit([
      ['box', 'r1', called('d/A0002')],
      ['box', 'r2', called('d/A0004')],
    ]),
  )
  t.equal(v.repeatMismatch.length, 2)
  t.same(v.lostAcked, [], 'the first answer matched its record')
})

t.test('a refusal of a journaled request is a mismatch; queue-empty of an unjournaled one is fine', async (t) => {
  const h = history(
    { req: 'r1', type: 'finish', life: 2, repeat: true, answer: 'queue-empty' },
    { req: 'r2', type: 'callNext', life: 2, answer: 'queue-empty' },
  )
  const v = checkHistory(h, audit([['box', 'r1', [[ev('ticket.finished', 'd/A0001')]]]]))
  t.equal(v.repeatMismatch.length, 1)
  t.same(v.surprises, [])
})
