/**
 * Closed tickets leave the hub's full ticket map for a packed form
 * (firmware/core/closed-tickets.ts); everything that still asks about them
 * — repeats, refusals by label, numbering, the live figures, the hall
 * display's last calls — answers as before, live and after a restart from
 * the journal or from a snapshot.
 */
import t, { type Test } from 'tap'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pino from 'pino'
import { engineConfig } from '../../firmware/site/config/engine-slice.ts'
import { recentCalls } from '../../firmware/core/index.ts'
import { Hub } from '../../firmware/hub/hub.ts'
import { liveFigures } from '../../firmware/report/live-figures.ts'
import { demoConfig } from '../fixtures/site.ts'
import { intlZones } from '../fixtures/zones.ts'

const engine = engineConfig(demoConfig(), intlZones)
const logger = pino({ level: 'silent' })
// Sunday 2026-11-22, 10:00 in Dubai: the branch is open and the day has begun.
let now = Date.UTC(2026, 10, 22, 6, 0)

async function startHub(dir: string, snapshotEvery = 1000): Promise<Hub> {
  const hub = new Hub({
    engine,
    journalDir: join(dir, 'journal'),
    snapshotEvery,
    retentionDays: 400,
    logger,
    clock: () => now,
  })
  await hub.start()
  return hub
}

const labels = (hub: Hub) => Object.values(hub.state.tickets).map((x) => x.label)

/** C001 opens the day; A001 and A002 issued; A001 called and finished at c1, A002 cancelled; A003 called at c2. */
async function day(hub: Hub): Promise<void> {
  const run = async (payload: Record<string, unknown>, device: string) => {
    const answer = await hub.execute(payload, device)
    if (answer.status !== 'ok') throw new Error(`${JSON.stringify(payload)}: ${JSON.stringify(answer)}`)
    now += 1000
    return answer
  }
  await run({ req: 'issue-0', type: 'issue', service: 'accounts' }, 'box')
  // The new day's snapshot is encoded in the next turn of the event loop; a command sent before it would be
  // in flight then and left out of it (issue 14, defect 3, fixed elsewhere), which this test is not about.
  await new Promise<void>((resolve) => setImmediate(resolve))
  await run({ req: 'issue-1', type: 'issue', service: 'deposits' }, 'box')
  await run({ req: 'issue-2', type: 'issue', service: 'deposits' }, 'box')
  await run({ req: 'call-1', type: 'callNext', counter: 'c1' }, 'desk1')
  await run({ req: 'finish-1', type: 'finish', counter: 'c1' }, 'desk1')
  await run({ req: 'cancel-2', type: 'cancel', label: 'A002' }, 'manager')
  await run({ req: 'issue-3', type: 'issue', service: 'deposits' }, 'box')
  await run({ req: 'call-3', type: 'callNext', counter: 'c2' }, 'desk2')
}

async function checkClosed(t: Test, hub: Hub, when: 'live' | 'replayed'): Promise<void> {
  t.same(labels(hub), ['C001', 'A003'], `${when}: only the open tickets are kept whole`)
  // Live, a repeat gets the first answer word for word; after a restart, the ticket as it stands now.
  const first = when === 'live'
  t.match(
    await hub.execute({ req: 'issue-1', type: 'issue', service: 'deposits' }, 'box'),
    {
      status: 'ok',
      data: {
        ticket: first
          ? { label: 'A001', state: 'waiting' }
          : { label: 'A001', state: 'done', counter: 'c1', calls: 1, service: 'deposits' },
      },
    },
    `${when}: a repeat names the finished ticket`,
  )
  t.match(
    await hub.execute({ req: 'issue-2', type: 'issue', service: 'deposits' }, 'box'),
    {
      data: { ticket: { label: 'A002', state: first ? 'waiting' : 'cancelled', calls: 0 } },
    },
    `${when}: and the cancelled one`,
  )
  t.match(
    await hub.execute({ req: `${when}-cancel`, type: 'cancel', label: 'A001' }, 'manager'),
    {
      status: 'error',
      error: { code: 'ticket-finished', message: /A001 is already done/ },
    },
    `${when}: a closed ticket is refused by its label, not unknown`,
  )
  t.match(await hub.execute({ req: `${when}-call`, type: 'callTicket', counter: 'c3', label: 'a002' }, 'desk3'), {
    status: 'error',
    error: { code: 'ticket-finished' },
  })
  const figures = liveFigures(engine, hub.state, now)
  t.equal(figures.served, 1, `${when}: the finished visit is still counted`)
  t.equal(figures.servedByService.deposits, 1)
  t.equal(figures.waiting.deposits, 0)
  t.same(
    recentCalls(hub.state, 5).map((c) => `${c.label}@${c.counter}`),
    ['A003@c2', 'A001@c1'],
    `${when}: the hall display's last calls include the finished ticket's`,
  )
}

t.test('closed tickets are packed and still answer, live and after restarts', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-closed-'))
  const hub = await startHub(dir)
  await day(hub)
  await checkClosed(t, hub, 'live')
  const state = JSON.stringify(hub.state)
  await hub.stop()

  const replayed = await startHub(dir)
  t.equal(JSON.stringify(replayed.state), state, 'the replay packs exactly as the live hub did')
  await checkClosed(t, replayed, 'replayed')
  const next = await replayed.execute({ req: 'issue-4', type: 'issue', service: 'deposits' }, 'box')
  t.match(next, { data: { ticket: { label: 'A004' } } }, 'numbering goes on past the closed numbers')
  await replayed.stop()

  // snapshotEvery 1: the next start reads a snapshot that holds the packed tickets.
  const snapshotting = await startHub(dir, 1)
  await snapshotting.execute({ req: 'issue-5', type: 'issue', service: 'loans' }, 'box')
  await new Promise<void>((resolve) => setImmediate(resolve))
  const before = JSON.stringify(snapshotting.state)
  await snapshotting.stop()
  const fromSnapshot = await startHub(dir)
  t.teardown(() => fromSnapshot.stop())
  t.ok(fromSnapshot.recovery!.snapshotSeq > 0, 'recovered from a snapshot')
  t.equal(JSON.stringify(fromSnapshot.state), before)
  t.same(labels(fromSnapshot).sort(), ['A003', 'A004', 'B001', 'C001'])
  t.match(await fromSnapshot.execute({ req: 'issue-1', type: 'issue', service: 'deposits' }, 'box'), {
    data: { ticket: { label: 'A001', state: 'done' }, repeated: true },
  })
  t.match(await fromSnapshot.execute({ req: 'issue-6', type: 'issue', service: 'deposits' }, 'box'), {
    data: { ticket: { label: 'A005' } },
  })
})
