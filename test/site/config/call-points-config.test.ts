import t from 'tap'
import { ConfigError } from '../../../firmware/site/config/load.ts'
import { engineConfig } from '../../../firmware/site/config/engine-slice.ts'
import { grantsOf, mayPublish, maySubscribe } from '../../../firmware/bus/access-list.ts'
import { siteDevices } from '../../../firmware/bus/devices.ts'
import { permitFor } from '../../../firmware/hub/command-rules.ts'
import { demoConfig } from '../../fixtures/site.ts'
import { intlZones } from '../../fixtures/zones.ts'

function withCallPoints(change: (doc: Record<string, any>) => void = () => undefined) {
  return demoConfig((doc) => {
    doc.board.roles.push('callpoint')
    doc.board.callPoints = {
      input: { driver: 'simulated' },
      points: [{ id: 'table-12', kind: 'manager', location: 'Table 12', chain: 'floor' }],
    }
    doc.callPoints = {
      modem: { driver: 'gsm', path: '/dev/ttyUSB2' },
      chains: [{ id: 'floor', levels: [{ to: ['+491700000001'], afterSeconds: 90 }, { to: ['+491700000002'] }] }],
    }
    change(doc)
  })
}

function problems(change: (doc: Record<string, any>) => void): string {
  try {
    withCallPoints(change)
  } catch (err) {
    if (err instanceof ConfigError) return err.message
    throw err
  }
  return ''
}

t.test('call points reach the engine with their board; defaults are filled in', async (t) => {
  const config = withCallPoints()
  t.equal(config.board.callPoints?.holdMs, 3000)
  t.same(engineConfig(config, intlZones).incidents?.points, [
    { id: 'table-12', kind: 'manager', location: 'Table 12', board: config.board.id, chain: 'floor' },
  ])
})

t.test('a technician is told what is wrong, by path', async (t) => {
  t.match(
    problems((d) => (d.board.callPoints.points[0].chain = 'nope')),
    /call point "table-12": no escalation chain "nope"/,
  )
  t.match(
    problems((d) => (d.callPoints.chains[0].levels[0].to = ['0170 123'])),
    /international number/,
  )
  t.match(
    problems((d) => delete d.callPoints.chains[0].levels[0].afterSeconds),
    /level 0: needs afterSeconds/,
  )
  t.match(
    problems((d) => (d.board.callPoints.points[0].kind = 'fire')),
    /must be one of: staff, manager, complaint, emergency/,
  )
  t.match(
    problems((d) => (d.ratings = { scale: 7 })),
    /scale/,
  )
  t.match(
    problems((d) => (d.board.callPoints.points[0].complaintChain = 'nope')),
    /call point "table-12": no escalation chain "nope"/,
  )
  t.match(
    problems((d) => (d.board.callPoints.points[0].gestures = { hold: 'clear' })),
    /gestures\/hold.*must be one of: none, call, escalate, complain|gestures.hold.*must be one of/,
  )
})

t.test("a point's gestures and staff key come from its config", async (t) => {
  const config = withCallPoints((d) =>
    Object.assign(d.board.callPoints.points[0], { gestures: { press: 'call', hold: 'call' }, complaintChain: 'floor' }),
  )
  t.match(config.board.callPoints?.points[0], { gestures: { press: 'call', hold: 'call' }, complaintChain: 'floor' })
  t.match(engineConfig(config, intlZones).incidents?.points, [{ id: 'table-12', complaintChain: 'floor' }])
})

t.test('a call-point board may call only for its own points, and reads only the open calls', async (t) => {
  const config = withCallPoints()
  const device = siteDevices(config).find((d) => d.role === 'callpoint')!
  t.same(device.points, ['table-12'])
  const permit = permitFor(device, device.id)
  t.equal(permit({ type: 'raiseIncident', point: 'table-12' }), undefined)
  t.match(permit({ type: 'raiseIncident', point: 'room-9' }), { code: 'not-allowed' })
  t.match(permit({ type: 'acknowledgeIncident', point: 'table-12', by: 'x', via: 'sms' }), { code: 'not-allowed' })
  t.match(
    permit({ type: 'recordNotification', incident: 'inc-1', level: 0, to: [], channel: 'sms', delivered: true }),
    { code: 'not-allowed' },
  )
  t.match(permit({ type: 'callNext', counter: 'c1' }), { code: 'not-allowed' })
  const grants = grantsOf(device)
  const root = 'qms/v1/site'
  t.ok(mayPublish(grants, root, `${root}/cmd/${device.id}`))
  t.notOk(mayPublish(grants, root, `${root}/cmd/other`))
  t.ok(maySubscribe(grants, root, `${root}/state/incidents`))
  t.notOk(maySubscribe(grants, root, `${root}/event/#`))
})
