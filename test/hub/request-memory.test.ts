import t from 'tap'
import { initialState } from '../../firmware/core/index.ts'
import { REMEMBERED_REQUESTS, RequestMemory, requestKey, ticketIds } from '../../firmware/hub/request-memory.ts'
import { Branch, testConfig } from '../core/harness.ts'

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

t.test('a replay after a snapshot adds to what the snapshot remembered, and names the tickets of each request', async (t) => {
  const memory = new RequestMemory()
  memory.load([[requestKey('box', 'from-snapshot'), []]])
  memory.replayed('box', 'issued', [{ type: 'ticket.issued', at: 1, id: 'day/A001', label: 'A001', service: 's', priority: 'normal', number: 1 }])
  memory.endReplay()
  t.ok(memory.lookup('box', 'from-snapshot', state, config), 'the snapshot id is still known')
  t.same(memory.toJSON(), [[requestKey('box', 'from-snapshot'), []], [requestKey('box', 'issued'), ['day/A001']]])
})

t.test('a repeat gets the exact first answer while it is recent, and the ticket as it stands now once it has aged', async (t) => {
  const branch = new Branch()
  const { events, reply } = branch.ok({ type: 'issue', service: branch.config.services[0]!.id })
  const first = { req: 'first', status: 'ok' as const, data: reply }
  const memory = new RequestMemory()
  memory.done('box', 'first', ticketIds(events), first)
  t.equal(memory.lookup('box', 'first', branch.state, branch.config), first, 'the very answer sent the first time')
  t.equal(memory.lookup('other-box', 'first', branch.state, branch.config), undefined, 'the same id from another device is another request')

  branch.next(branch.config.counters[0]!.id)
  for (let i = 0; i < REMEMBERED_REQUESTS; i++) memory.done('box', `r${i}`, [], { req: `r${i}`, status: 'ok', data: {} })
  const aged = memory.lookup('box', 'first', branch.state, branch.config)
  t.match(aged, { req: 'first', status: 'ok', data: { repeated: true, ticket: { label: reply.ticket!.label, state: 'called' } } }, 'still known, answered with the ticket as it is now')
})
