import t from 'tap'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino, { type Logger } from 'pino'
import { engineConfig } from '../../firmware/site/config/engine-slice.ts'
import type { Event } from '../../firmware/core/index.ts'
import { Hub } from '../../firmware/hub/hub.ts'
import { demoConfig } from '../fixtures/site.ts'
import { intlZones } from '../fixtures/zones.ts'

const engine = engineConfig(demoConfig(), intlZones)
const logger = pino({ level: 'silent' })
// Sunday 2026-11-22, 10:00 in Dubai: the branch is open and the day has begun.
let now = Date.UTC(2026, 10, 22, 6, 0)

async function startHub(dir: string, log: Logger = logger): Promise<Hub> {
  const hub = new Hub({
    engine,
    journalDir: join(dir, 'journal'),
    snapshotEvery: 100,
    retentionDays: 400,
    logger: log,
    clock: () => now,
  })
  await hub.start()
  return hub
}

/** A logger that tells when the hub has written a snapshot (its debug line), and at which seq; a failed one fails the wait. */
function snapshotWatch(): { logger: Logger; next: () => Promise<number> } {
  let waiting: Array<{ resolve: (seq: number) => void; reject: (err: Error) => void }> = []
  const stream = {
    write(line: string) {
      const entry = JSON.parse(line) as { msg?: string; seq?: number; err?: { message: string } }
      const failed = entry.msg === 'snapshot or compaction failed'
      if (!failed && entry.msg !== 'snapshot written') return
      for (const { resolve, reject } of waiting)
        failed ? reject(new Error(`snapshot failed: ${entry.err?.message}`)) : resolve(entry.seq!)
      waiting = []
    },
  }
  return {
    logger: pino({ level: 'debug' }, stream),
    next: () => new Promise((resolve, reject) => waiting.push({ resolve, reject })),
  }
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
  t.same(
    seqs,
    [...seqs].sort((a, b) => a - b),
    'records are made durable in seq order',
  )
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

t.test('a repeated request id gets the first answer and changes nothing (rule 3)', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-hub-'))
  const hub = await startHub(dir)
  const issue = { req: 'box-7', type: 'issue', service: 'loans' }
  // The repeat arrives while the first is still being synced: it waits for the same answer.
  const [first, concurrent] = await Promise.all([hub.execute(issue, 'box'), hub.execute(issue, 'box')])
  const later = await hub.execute(issue, 'box')
  t.match(first, { status: 'ok', data: { ticket: { label: 'B001' } } })
  t.same(concurrent, first, 'the concurrent repeat gets the first answer')
  t.same(later, first, 'a later repeat too')
  const other = await hub.execute(issue, 'other-box')
  t.match(
    other,
    { status: 'ok', data: { ticket: { label: 'B002' } } },
    'the same id from another device is another command',
  )
  const records = hub.lastSeq
  await hub.stop()

  // After a restart the id comes back from the journal: the same ticket, as it stands now.
  const again = await startHub(dir)
  t.teardown(() => again.stop())
  t.match(await again.execute(issue, 'box'), {
    req: 'box-7',
    status: 'ok',
    data: { ticket: { label: 'B001', state: 'waiting' }, ahead: 0, repeated: true },
  })
  t.match(
    await again.execute(issue, 'other-box'),
    { data: { ticket: { label: 'B002' }, ahead: 1, repeated: true } },
    'with the people ahead of it now, for the ticket it prints',
  )
  t.equal(again.lastSeq, records, 'nothing new was journaled')
  t.equal(Object.keys(again.state.tickets).length, 2, 'still two tickets')
})

t.test('request ids survive a snapshot that leaves their records out of the replay', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-hub-'))
  const watch = snapshotWatch()
  const hub = await startHub(dir, watch.logger)
  const written = watch.next()
  const first = await hub.execute({ req: 'early', type: 'issue', service: 'deposits' }, 'box')
  // snapshotEvery is 100: this many commands make one, after which recovery skips the early record.
  for (let i = 0; i < 120; i++) await hub.execute({ req: req(), type: 'issue', service: 'accounts' }, 'box')
  await written
  await hub.stop()
  const again = await startHub(dir)
  t.teardown(() => again.stop())
  t.ok(again.recovery!.snapshotSeq > 2, `recovered from the snapshot at seq ${again.recovery!.snapshotSeq}`)
  const repeat = await again.execute({ req: 'early', type: 'issue', service: 'deposits' }, 'box')
  t.match(repeat, {
    status: 'ok',
    data: { repeated: true, ticket: { label: (first as { data: { ticket: { label: string } } }).data.ticket.label } },
  })
})

t.test('a refused command is decided afresh when retried; a malformed one names the field', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-hub-'))
  const hub = await startHub(dir)
  t.teardown(() => hub.stop())
  const call = { req: 'desk-1', type: 'callNext', counter: 'c2' }
  t.match(await hub.execute(call, 'desk'), { status: 'error', error: { code: 'queue-empty' } })
  await hub.execute({ req: req(), type: 'issue', service: 'deposits' }, 'box')
  t.match(
    await hub.execute(call, 'desk'),
    { status: 'ok', data: { ticket: { label: 'A001' } } },
    'the retry now finds a ticket',
  )
  t.match(await hub.execute({ req: 'x1', type: 'callNext', counter: 'C 2' }, 'desk'), {
    status: 'error',
    error: { code: 'bad-command', message: /counter: must be the id of one from the config/ },
  })
  t.match(await hub.execute({ req: 'x2', type: 'issue', service: 'loans', extra: 1 }, 'box'), {
    status: 'error',
    error: { message: /unknown field "extra"/ },
  })
  t.match(await hub.execute({ req: 'x3', type: 'fly' }, 'box'), {
    status: 'error',
    error: { message: /type: must be one of issue, callNext/ },
  })
  t.match(await hub.execute({ req: 'x4', type: 'transfer', counter: 'c1', to: { room: 5 } }, 'desk'), {
    status: 'error',
    error: { message: /to: must be \{"service": id\} or \{"counter": id\}/ },
  })
})

t.test('a snapshot taken while records are still being synced keeps their request ids (issue 14)', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-hub-'))
  const watch = snapshotWatch()
  const hub = await startHub(dir, watch.logger)
  // The first record starts the day, which makes a snapshot of its own; the 100th record after it makes the next.
  for (let i = 0; i < 100; i++) await hub.execute({ req: `one-by-one-${i}`, type: 'issue', service: 'deposits' }, 'box')
  const written = watch.next()
  const due = hub.execute({ req: 'due', type: 'issue', service: 'deposits' }, 'box')
  // A turn of the event loop later that record is being written: these wait for the next write, and are not synced when the snapshot it makes due is taken.
  await new Promise(setImmediate)
  const late = ['late-1', 'late-2', 'late-3'].map((id) => ({ req: id, type: 'issue', service: 'loans' }))
  const answers = await Promise.all([due, ...late.map((command) => hub.execute(command, 'box'))])
  const seq = await written
  t.equal(seq, 104, 'the snapshot holds the tickets of the late records')
  const records = hub.lastSeq
  await hub.stop()

  const again = await startHub(dir)
  t.teardown(() => again.stop())
  t.equal(again.recovery!.snapshotSeq, 104, 'recovered from that snapshot, with no record after it')
  for (const [i, command] of late.entries()) {
    const first = answers[i + 1] as { data: { ticket: { id: string } } }
    t.match(
      await again.execute(command, 'box'),
      { status: 'ok', data: { ticket: { id: first.data.ticket.id }, repeated: true } },
      `${command.req} names its first ticket`,
    )
  }
  t.equal(again.lastSeq, records, 'the repeats journaled nothing')
  t.equal(Object.keys(again.state.tickets).length, 104, 'no second tickets')
})
