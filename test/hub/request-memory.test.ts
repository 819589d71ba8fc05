import t from 'tap'
import { initialState } from '../../firmware/core/index.ts'
import {
  incidentOf,
  REMEMBERED_REQUESTS,
  RequestMemory,
  requestKey,
  ticketIds,
} from '../../firmware/hub/request-memory.ts'
import type { Answer } from '../../firmware/contract/answers.ts'
import { Branch, testConfig, types } from '../core/harness.ts'
import { wardConfig } from '../fixtures/ward.ts'

const config = testConfig()
const state = initialState(config)
const known = (memory: RequestMemory, i: number) => memory.lookup('box', `r${i}`, state, config) !== undefined

t.test('at least the latest REMEMBERED_REQUESTS ids are remembered; far older ones are forgotten', async (t) => {
  const memory = new RequestMemory()
  const total = 3 * REMEMBERED_REQUESTS + 17
  for (let i = 0; i < total; i++) memory.replayed('box', `r${i}`, [])
  t.notOk(known(memory, total - 1), 'replayed ids join the memory when the replay ends')
  memory.endReplay()
  let latest = 0
  while (latest < REMEMBERED_REQUESTS && known(memory, total - 1 - latest)) latest += 1
  t.equal(latest, REMEMBERED_REQUESTS, 'every one of the latest ids')
  t.notOk(known(memory, 0), 'the first id of three generations ago is gone')
  t.ok(memory.toJSON().length <= 2 * REMEMBERED_REQUESTS, 'never more than two generations kept')

  const again = new RequestMemory()
  again.load(memory.toJSON())
  t.ok(known(again, total - 1) && known(again, total - REMEMBERED_REQUESTS), 'a snapshot keeps them')
  memory.forget('box', `r${total - 1}`)
  t.notOk(known(memory, total - 1), 'a forgotten id is decided afresh')
})

t.test('live answers are kept in the same generations as replayed ones', async (t) => {
  const memory = new RequestMemory()
  const total = 3 * REMEMBERED_REQUESTS + 5
  for (let i = 0; i < total; i++) memory.done('box', `r${i}`, [], { req: `r${i}`, status: 'ok', data: {} })
  t.ok(known(memory, total - 1) && known(memory, total - REMEMBERED_REQUESTS), 'the latest are known')
  t.notOk(known(memory, 0), 'the oldest are gone')
})

t.test(
  'a replay after a snapshot adds to what the snapshot remembered, and names the tickets of each request',
  async (t) => {
    const memory = new RequestMemory()
    memory.load([[requestKey('box', 'from-snapshot'), []]])
    memory.replayed('box', 'issued', [
      { type: 'ticket.issued', at: 1, id: 'day/A001', label: 'A001', service: 's', priority: 'normal', number: 1 },
    ])
    memory.endReplay()
    t.ok(memory.lookup('box', 'from-snapshot', state, config), 'the snapshot id is still known')
    t.same(memory.toJSON(), [
      [requestKey('box', 'from-snapshot'), []],
      [requestKey('box', 'issued'), ['day/A001']],
    ])
  },
)

t.test(
  'a repeat gets the exact first answer while it is recent, and the ticket as it stands now once it has aged',
  async (t) => {
    const branch = new Branch()
    const { events, reply } = branch.ok({ type: 'issue', service: branch.config.services[0]!.id })
    const first = { req: 'first', status: 'ok' as const, data: reply }
    const memory = new RequestMemory()
    memory.done('box', 'first', ticketIds(events), first)
    t.equal(memory.lookup('box', 'first', branch.state, branch.config), first, 'the very answer sent the first time')
    t.equal(
      memory.lookup('other-box', 'first', branch.state, branch.config),
      undefined,
      'the same id from another device is another request',
    )

    branch.next(branch.config.counters[0]!.id)
    for (let i = 0; i < REMEMBERED_REQUESTS; i++)
      memory.done('box', `r${i}`, [], { req: `r${i}`, status: 'ok', data: {} })
    const aged = memory.lookup('box', 'first', branch.state, branch.config)
    t.match(
      aged,
      { req: 'first', status: 'ok', data: { repeated: true, ticket: { label: reply.ticket!.label, state: 'called' } } },
      'still known, answered with the ticket as it is now',
    )
  },
)

t.test(
  'the ticket a repeat names is the one the first answer named, for every kind of command (issue 14)',
  async (t) => {
    const branch = new Branch(
      testConfig((c) => {
        c.services[2]!.nextStep = 'deposits'
        c.noShow = { minCalls: 1, minSeconds: 0 }
        c.staff = [{ id: 'amal', name: 'Amal', pin: '1234', services: ['deposits', 'accounts'] }]
      }),
    )
    const checked: string[] = []
    const named = (command: Record<string, unknown>) => {
      const { events, reply } = branch.ok(command)
      t.same(
        ticketIds(events),
        reply.ticket ? [reply.ticket.id] : [],
        `${command.type}: ${events.map((e) => e.type).join(', ')}`,
      )
      checked.push(String(command.type))
      return reply.ticket?.label ?? ''
    }
    for (let i = 0; i < 4; i++) named({ type: 'issue', service: 'deposits' })
    const twoSteps = named({ type: 'issue', service: 'accounts' })
    named({ type: 'callNext', counter: 'c1' })
    named({ type: 'recall', counter: 'c1' })
    named({ type: 'start', counter: 'c1' })
    named({ type: 'callNext', counter: 'c1' })
    named({ type: 'noShow', counter: 'c1' })
    named({ type: 'callNext', counter: 'c1' })
    const held = named({ type: 'hold', counter: 'c1' })
    named({ type: 'callTicket', counter: 'c1', label: held })
    named({ type: 'transfer', counter: 'c1', to: { counter: 'c2' } })
    named({ type: 'callNext', counter: 'c2' })
    named({ type: 'callTicket', counter: 'c2', label: named({ type: 'issue', service: 'deposits' }) })
    named({ type: 'finish', counter: 'c2' })
    named({ type: 'rate', counter: 'c2', score: 5 })
    named({ type: 'pause', counter: 'c3' })
    named({ type: 'resume', counter: 'c3' })
    named({ type: 'login', counter: 'c1', pin: '1234' })
    named({ type: 'logout', counter: 'c1' })
    const unprinted = named({ type: 'issue', service: 'loans' })
    named({ type: 'markUnprinted', label: unprinted })
    named({ type: 'reprint', label: unprinted })
    named({ type: 'markPrinted', label: unprinted })
    named({ type: 'cancel', label: unprinted })
    // A multi-step visit: finishing its first step sends the same ticket on.
    named({ type: 'callTicket', counter: 'c1', label: twoSteps })
    named({ type: 'finish', counter: 'c1' })
    // The next day: its roll-over events come first, cancelling yesterday's open tickets.
    named({ type: 'issue', service: 'loans' })
    named({ type: 'callNext', counter: 'c3' })
    branch.advance(24 * 3600)
    named({ type: 'tick' })
    named({ type: 'issue', service: 'loans' })
    branch.advance(24 * 3600)
    named({ type: 'issue', service: 'deposits' })
    t.ok(
      [
        'issue',
        'callNext',
        'recall',
        'start',
        'noShow',
        'hold',
        'callTicket',
        'transfer',
        'finish',
        'markUnprinted',
        'reprint',
        'markPrinted',
        'cancel',
      ].every((type) => checked.includes(type)),
      'every command that names a ticket was checked',
    )
  },
)

t.test(
  'a repeated callNext that finished a customer names the ticket it called: aged, from the journal, from a snapshot',
  async (t) => {
    const branch = new Branch()
    branch.issue('deposits')
    branch.issue('deposits')
    branch.next('c1')
    const { events, reply } = branch.ok({ type: 'callNext', counter: 'c1' })
    t.same(types(events), ['ticket.finished', 'ticket.called'], 'the call finished the customer before')
    const called = { ticket: { id: reply.ticket!.id, label: reply.ticket!.label, state: 'called' }, repeated: true }

    const live = new RequestMemory()
    live.done('desk', 'next', ticketIds(events), { req: 'next', status: 'ok', data: reply })
    for (let i = 0; i < REMEMBERED_REQUESTS; i++)
      live.done('box', `r${i}`, [], { req: `r${i}`, status: 'ok', data: {} })
    t.match(live.lookup('desk', 'next', branch.state, branch.config), { data: called }, 'aged in the same process')

    const replayed = new RequestMemory()
    replayed.replayed('desk', 'next', events)
    replayed.endReplay()
    t.match(
      replayed.lookup('desk', 'next', branch.state, branch.config),
      { data: called },
      'after a restart, from its record',
    )

    const snapshotted = new RequestMemory()
    snapshotted.load(replayed.toJSON())
    t.match(
      snapshotted.lookup('desk', 'next', branch.state, branch.config),
      { data: called },
      'after a restart, from a snapshot',
    )

    // A snapshot written before the fix lists every ticket of the events, the called one last.
    const older = new RequestMemory()
    older.load([[requestKey('desk', 'next'), events.map((e) => (e as { id: string }).id)]])
    t.match(
      older.lookup('desk', 'next', branch.state, branch.config),
      { data: called },
      'from a snapshot of the version before',
    )
  },
)

t.test('a snapshot keeps a request whose record is still being written (issue 14)', async (t) => {
  const branch = new Branch()
  const { events, reply } = branch.ok({ type: 'issue', service: 'loans' })
  const memory = new RequestMemory()
  let answer: (a: Answer) => void = () => undefined
  memory.pending('box', 'in-flight', ticketIds(events), new Promise<Answer>((resolve) => (answer = resolve)))
  const snapshot = memory.toJSON()
  t.same(
    snapshot,
    [[requestKey('box', 'in-flight'), [reply.ticket!.id]]],
    'its id and ticket are in the snapshot taken now',
  )
  const restarted = new RequestMemory()
  restarted.load(snapshot)
  t.match(restarted.lookup('box', 'in-flight', branch.state, branch.config), {
    status: 'ok',
    data: { ticket: { label: reply.ticket!.label }, repeated: true },
  })
  answer({ req: 'in-flight', status: 'ok', data: reply })
})

t.test(
  'a call point\u2019s command is repeated with the incident its first answer named: aged, from the journal, from a snapshot (issue 14)',
  async (t) => {
    const branch = new Branch(wardConfig())
    const commands = [
      { type: 'raiseIncident', point: 'room-315' },
      { type: 'acknowledgeIncident', point: 'room-315', by: 'nurse', via: 'key' },
      { type: 'clearIncident', point: 'room-315' },
      {
        type: 'recordNotification',
        incident: 'inc-1',
        level: 0,
        to: ['+491700000001'],
        channel: 'sms',
        delivered: true,
      },
    ]
    for (const [i, command] of commands.entries()) {
      const { events, reply } = branch.ok(command)
      t.equal(incidentOf(events), reply.incident, `${command.type}: its event names the incident of its answer`)
      const repeat = { req: `r${i}`, status: 'ok', data: { incident: reply.incident, repeated: true } }

      const live = new RequestMemory()
      live.done('ward', `r${i}`, ticketIds(events), { req: `r${i}`, status: 'ok', data: reply }, incidentOf(events))
      for (let j = 0; j < REMEMBERED_REQUESTS; j++)
        live.done('box', `old${j}`, [], { req: `old${j}`, status: 'ok', data: {} })
      t.same(
        live.lookup('ward', `r${i}`, branch.state, branch.config),
        repeat,
        `${command.type}: aged in the same process`,
      )

      const replayed = new RequestMemory()
      replayed.replayed('ward', `r${i}`, events)
      replayed.endReplay()
      t.same(replayed.lookup('ward', `r${i}`, branch.state, branch.config), repeat, `${command.type}: from its record`)

      const snapshotted = new RequestMemory()
      snapshotted.load(replayed.toJSON())
      t.same(
        snapshotted.lookup('ward', `r${i}`, branch.state, branch.config),
        repeat,
        `${command.type}: from a snapshot`,
      )
    }
    t.same(new RequestMemory().toJSON(), [], 'nothing remembered, nothing in the snapshot')
    const older = new RequestMemory()
    older.load([[requestKey('ward', 'before'), []]])
    t.same(
      older.lookup('ward', 'before', branch.state, branch.config),
      { req: 'before', status: 'ok', data: { repeated: true } },
      'a snapshot of the version before names no incident, and is still read',
    )
    t.equal(incidentOf([]), undefined)
  },
)
