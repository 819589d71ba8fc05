import t from 'tap'
import { apply, initialState, type Event } from '../../firmware/core/index.ts'
import { Branch, types } from './harness.ts'
import { wardConfig } from '../fixtures/ward.ts'

t.test('raise: the event names the point, its kind, location and board; one open call per point', async (t) => {
  const b = new Branch(wardConfig())
  b.ok({ type: 'tick' })
  const { events, reply } = b.ok({ type: 'raiseIncident', point: 'room-315' })
  const chain = ['+491700000001', '+491700000002', '+491700000003']
  t.same(
    events,
    [
      {
        type: 'incident.raised',
        at: b.now,
        incident: 'inc-1',
        point: 'room-315',
        kind: 'staff',
        location: 'Room 315',
        board: 'ward-a',
        notify: chain,
      },
    ],
    'with every number its chain may text',
  )
  t.equal(reply.incident, 'inc-1')
  t.equal(b.refused({ type: 'raiseIncident', point: 'room-315' }).code, 'incident-open')
  t.equal(b.refused({ type: 'raiseIncident', point: 'nowhere' }).code, 'unknown-call-point')
  const second = b.ok({ type: 'raiseIncident', point: 'room-316' })
  t.equal(second.reply.incident, 'inc-2')
  t.match(
    second.events,
    [{ extra: { ward: 'cardiology', bed: '2' } }],
    "the config's extra fields are recorded with the call",
  )
  t.same(b.state.incidents?.open['inc-2']?.extra, { ward: 'cardiology', bed: '2' })
})

t.test('escalation follows the configured levels and times on the clock ticks', async (t) => {
  const b = new Branch(wardConfig())
  b.ok({ type: 'raiseIncident', point: 'room-315' })
  b.advance(119)
  t.same(b.ok({ type: 'tick' }).events, [], 'level 0 still has time at 119 s')
  b.advance(1)
  t.same(
    b.ok({ type: 'tick' }).events,
    [{ type: 'incident.escalated', at: b.now, incident: 'inc-1', level: 1 }],
    'the head nurse at 120 s',
  )
  b.advance(299)
  t.same(b.ok({ type: 'tick' }).events, [], 'level 1 counts from its own start')
  b.advance(1)
  t.same(types(b.ok({ type: 'tick' }).events), ['incident.escalated'])
  t.equal(b.state.incidents?.open['inc-1']?.level, 2)
  b.advance(3600)
  t.same(b.ok({ type: 'tick' }).events, [], 'the last level is the last')
})

t.test('an acknowledgement stops escalation; a second one is refused; clear closes the call', async (t) => {
  const b = new Branch(wardConfig())
  b.ok({ type: 'tick' })
  b.ok({ type: 'raiseIncident', point: 'room-315' })
  b.advance(60)
  t.same(b.ok({ type: 'acknowledgeIncident', point: 'room-315', by: 'room-315', via: 'key' }).events, [
    { type: 'incident.acknowledged', at: b.now, incident: 'inc-1', by: 'room-315', via: 'key' },
  ])
  t.equal(
    b.refused({ type: 'acknowledgeIncident', incident: 'inc-1', by: 'c1', via: 'keypad' }).code,
    'already-acknowledged',
  )
  b.advance(600)
  t.same(b.ok({ type: 'tick' }).events, [], 'no escalation once acknowledged')
  t.same(b.ok({ type: 'clearIncident', point: 'room-315', by: 'nurse' }).events, [
    { type: 'incident.cleared', at: b.now, incident: 'inc-1', by: 'nurse' },
  ])
  t.equal(b.refused({ type: 'clearIncident', point: 'room-315' }).code, 'no-open-incident')
  t.equal(b.ok({ type: 'raiseIncident', point: 'room-315' }).reply.incident, 'inc-2', 'the point can call again')
})

t.test('every acknowledgement path is recorded with its way in', async (t) => {
  for (const via of ['key', 'keypad', 'sms'] as const) {
    const b = new Branch(wardConfig())
    b.ok({ type: 'tick' })
    b.ok({ type: 'raiseIncident', point: 'desk' })
    const [event] = b.ok({
      type: 'acknowledgeIncident',
      incident: 'inc-1',
      by: via === 'sms' ? '+491700000009' : 'someone',
      via,
    }).events
    t.match(event, { type: 'incident.acknowledged', via })
  }
})

t.test('notifications are journaled as reported; bad commands are refused with a reason', async (t) => {
  const b = new Branch(wardConfig())
  b.ok({ type: 'tick' })
  b.ok({ type: 'raiseIncident', point: 'room-315' })
  const { events } = b.ok({
    type: 'recordNotification',
    incident: 'inc-1',
    level: 0,
    to: ['+491700000001'],
    channel: 'sms',
    delivered: false,
    detail: '+CMS ERROR: 38',
  })
  t.same(events, [
    {
      type: 'incident.notified',
      at: b.now,
      incident: 'inc-1',
      level: 0,
      to: ['+491700000001'],
      channel: 'sms',
      delivered: false,
      detail: '+CMS ERROR: 38',
    },
  ])
  t.match(b.refused({ type: 'acknowledgeIncident', by: 'x', via: 'key' }), {
    code: 'bad-command',
    message: /"incident" .* or "point"/,
  })
  t.equal(b.refused({ type: 'raiseIncident', point: 'room-315' }).code, 'incident-open')
})

t.test('open incidents survive a new business day and replay to the same state', async (t) => {
  const b = new Branch(wardConfig())
  b.ok({ type: 'raiseIncident', point: 'room-315' })
  b.advance(24 * 3600)
  const { events } = b.ok({ type: 'tick' })
  t.same(types(events), ['day.started', 'incident.escalated'])
  const replayed = initialState(b.config)
  for (const e of b.log as Event[]) apply(b.config, replayed, e)
  t.same(replayed, b.state)
  t.ok(b.state.incidents?.open['inc-1'])
})

t.test(
  'a caller who asks again reaches the next level now, even after someone said they were coming (seed 003)',
  async (t) => {
    const b = new Branch(wardConfig())
    b.ok({ type: 'tick' })
    b.ok({ type: 'raiseIncident', point: 'room-315' })
    b.advance(30)
    t.same(
      b.ok({ type: 'escalateIncident', point: 'room-315', by: 'room-315' }).events,
      [{ type: 'incident.escalated', at: b.now, incident: 'inc-1', level: 1, by: 'room-315' }],
      'the head nurse at once',
    )
    b.ok({ type: 'acknowledgeIncident', point: 'room-315', by: '+491700000002', via: 'sms' })
    b.advance(60)
    t.match(
      b.ok({ type: 'escalateIncident', point: 'room-315', by: 'room-315' }).events,
      [{ type: 'incident.escalated', level: 2 }],
      'not served: the doctor on duty',
    )
    t.equal(
      b.state.incidents?.open['inc-1']?.acknowledgedAt,
      undefined,
      'the acknowledgement is void: the chain goes on',
    )
    t.match(
      b.ok({ type: 'escalateIncident', point: 'room-315', by: 'room-315' }).events,
      [{ type: 'incident.escalated', level: 2 }],
      'at the top the last level is told again',
    )
    t.equal(b.refused({ type: 'escalateIncident', point: 'room-316', by: 'room-316' }).code, 'no-open-incident')
  },
)

t.test('a complaint at a point is its own incident, on the complaint chain, beside the call', async (t) => {
  const config = wardConfig()
  config.incidents!.points[0]!.complaintChain = 'manager'
  const b = new Branch(config)
  b.ok({ type: 'tick' })
  b.ok({ type: 'raiseIncident', point: 'room-315' })
  const { events } = b.ok({ type: 'raiseIncident', point: 'room-315', complaint: true })
  t.match(events, [
    {
      type: 'incident.raised',
      incident: 'inc-2',
      kind: 'complaint',
      complaint: true,
      chain: 'manager',
      notify: ['+491700000009'],
    },
  ])
  t.equal(
    b.refused({ type: 'raiseIncident', point: 'room-315', complaint: true }).code,
    'incident-open',
    'one complaint open at a time',
  )
  t.match(
    b.ok({ type: 'escalateIncident', point: 'room-315', by: 'room-315' }).events,
    [{ incident: 'inc-1' }],
    'asking again is about the call, not the complaint',
  )
  t.match(b.ok({ type: 'acknowledgeIncident', point: 'room-315', by: 'x', via: 'key' }).events, [{ incident: 'inc-1' }])
  t.match(
    b.ok({ type: 'acknowledgeIncident', point: 'room-315', by: 'x', via: 'key' }).events,
    [{ incident: 'inc-2' }],
    'then the one nobody acknowledged yet',
  )
})
