import t from 'tap'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { engineConfig } from '../../firmware/config/engine-slice.ts'
import type { Event } from '../../firmware/core/index.ts'
import { Hub } from '../../firmware/hub/hub.ts'
import { demoConfig } from '../fixtures/site.ts'

const engine = engineConfig(demoConfig())
const logger = pino({ level: 'silent' })
// Sunday 2026-11-22, 10:00 in Dubai: the branch is open and the day has begun.
let now = Date.UTC(2026, 10, 22, 6, 0)

async function startHub(dir: string): Promise<Hub> {
  const hub = new Hub({ engine, journalDir: join(dir, 'journal'), snapshotEvery: 100, retentionDays: 400, logger, clock: () => now })
  await hub.start()
  return hub
}

let reqs = 0
const req = () => `r${++reqs}`

t.test('commands are answered after their events are durable, in order', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-hub-'))
  const hub = await startHub(dir)
  t.teardown(() => hub.stop())
  const durable: Array<[string[], number]> = []
  hub.on('durable', (events: Event[], seq: number) => durable.push([events.map((e) => e.type), seq]))

  const issued = await hub.execute({ req: req(), type: 'issue', service: 'deposits' }, 'box')
  t.equal(issued.status, 'ok')
  t.match(issued, { status: 'ok', data: { ticket: { label: 'A001', state: 'waiting' }, ahead: 0 } })
  const called = await hub.execute({ req: req(), type: 'callNext', counter: 'c1' }, 'desk1')
  t.match(called, { status: 'ok', data: { ticket: { label: 'A001', state: 'called', counter: 'c1' } } })

  const types = durable.flatMap(([events]) => events)
  t.same(types, ['day.started', 'ticket.issued', 'ticket.called'])
  const seqs = durable.map(([, seq]) => seq)
  t.same(seqs, [...seqs].sort((a, b) => a - b), 'records are made durable in seq order')
  t.equal(hub.lastSeq, seqs.at(-1))
})

t.test('bad input gets a readable error and changes nothing', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-hub-'))
  const hub = await startHub(dir)
  t.teardown(() => hub.stop())
  await hub.execute({ req: req(), type: 'issue', service: 'deposits' }, 'box')
  const before = JSON.stringify(hub.state)
  const seq = hub.lastSeq
  const cases: Array<[unknown, string]> = [
    ['issue deposits', 'bad-command'],
    [null, 'bad-command'],
    [[1, 2], 'bad-command'],
    [{ type: 'issue', service: 'deposits' }, 'bad-command'],
    [{ req: 'x'.repeat(65), type: 'issue', service: 'deposits' }, 'bad-command'],
    [{ req: req(), service: 'deposits' }, 'bad-command'],
    [{ req: req(), type: 'launch' }, 'bad-command'],
    [{ req: req(), type: 'issue' }, 'bad-command'],
    [{ req: req(), type: 'issue', service: 'mortgages' }, 'unknown-service'],
    [{ req: req(), type: 'callNext', counter: 'c9' }, 'unknown-counter'],
    [{ req: req(), type: 'finish', counter: 'c2' }, 'no-current-ticket'],
  ]
  for (const [payload, code] of cases) {
    const answer = await hub.execute(payload, 'box')
    t.equal(answer.status, 'error', JSON.stringify(payload))
    if (answer.status === 'error') {
      t.equal(answer.error.code, code, JSON.stringify(payload))
      t.ok(answer.error.message.length > 10, `a sentence for ${answer.error.code}: ${answer.error.message}`)
    }
  }
  t.equal(JSON.stringify(hub.state), before, 'state untouched')
  t.equal(hub.lastSeq, seq, 'nothing journaled')
})

t.test('a restart recovers exactly the acknowledged state', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-hub-'))
  const first = await startHub(dir)
  // More records than snapshotEvery, so recovery goes through a snapshot too.
  for (let i = 0; i < 150; i++) {
    await first.execute({ req: req(), type: 'issue', service: i % 2 ? 'loans' : 'deposits' }, 'box')
    if (i % 3 === 0) await first.execute({ req: req(), type: 'callNext', counter: 'c1' }, 'desk1')
    now += 1000
  }
  const expected = JSON.stringify(first.state)
  await first.stop()
  await first.stop()
  const second = await startHub(dir)
  t.teardown(() => second.stop())
  t.equal(JSON.stringify(second.state), expected)
  t.ok((second.recovery?.snapshotSeq ?? 0) > 0, 'recovered from a snapshot')
  const next = await second.execute({ req: req(), type: 'issue', service: 'deposits' }, 'box')
  t.match(next, { status: 'ok', data: { ticket: { label: 'A076' } } }, 'numbering continues after the restart')
})
