import t from 'tap'
import { ButtonLogic, type ButtonEvent } from '../../../firmware/drivers/input/button-logic.ts'
import {
  commandForPress,
  DEFAULT_GESTURES,
  gesturesOf,
  readKey,
  type Gestures,
} from '../../../firmware/roles/call-point/call-point-keys.ts'
import type { OpenIncident } from '../../../firmware/core/index.ts'
import { commandForKey } from '../../../firmware/roles/counter/counter-keys.ts'
import { parseKeypadLine } from '../../../firmware/drivers/keypad/ascii-keypad.ts'

const HOLD = 3000

/** A press held `holdMs`, with contacts that bounce for 4 ms (2 ms apart) on the way down and up. */
function bouncyPress(logic: ButtonLogic, key: string, start: number, holdMs: number): ButtonEvent[] {
  const events: ButtonEvent[] = []
  const bounce = (at: number, to: boolean) => {
    for (const [dt, level] of [
      [0, to],
      [2, !to],
      [4, to],
    ] as const)
      events.push(...logic.edge(key, level, at + dt))
  }
  bounce(start, true)
  bounce(start + holdMs, false)
  events.push(...logic.tick(start + holdMs + 100))
  return events
}

const open = (acknowledged: boolean, complaint = false): OpenIncident => ({
  id: complaint ? 'inc-2' : 'inc-1',
  point: 'room-315',
  kind: complaint ? 'complaint' : 'staff',
  location: 'Room 315',
  board: 'ward-a',
  raisedAt: 0,
  level: 0,
  levelAt: 0,
  ...(acknowledged ? { acknowledgedAt: 1, acknowledgedBy: 'counter c1' } : {}),
  ...(complaint ? { complaint: true as const } : {}),
})

function commands(
  events: ButtonEvent[],
  incident?: OpenIncident | OpenIncident[],
  gestures: Gestures = DEFAULT_GESTURES,
) {
  const list = incident === undefined ? [] : Array.isArray(incident) ? incident : [incident]
  return events
    .flatMap((e) =>
      e.type === 'chord' ? [] : [commandForPress({ ...readKey(e.key), long: e.type === 'longPress' }, gestures, list)],
    )
    .filter(Boolean)
}

t.test('with bouncing contacts: a brush calls nobody, a 3 s hold calls once', async (t) => {
  const logic = new ButtonLogic({ debounceMs: 20, longPressMs: HOLD })
  t.same(commands(bouncyPress(logic, 'room-315', 0, 150)), [], 'a brush of 150 ms')
  t.same(commands(bouncyPress(logic, 'room-315', 1000, HOLD - 50)), [], '2.95 s is not enough')
  t.same(
    commands(bouncyPress(logic, 'room-315', 10_000, HOLD + 50)),
    [{ type: 'raiseIncident', point: 'room-315' }],
    'one call for one hold, however it bounced',
  )
})

t.test(
  "with a call open, the caller's buttons never acknowledge or clear it: a hold asks the next level, the cancel hold complains",
  async (t) => {
    const logic = new ButtonLogic({ debounceMs: 20, longPressMs: HOLD })
    const escalate = { type: 'escalateIncident', point: 'room-315', by: 'room-315' }
    t.same(commands(bouncyPress(logic, 'room-315', 0, 400), open(false)), [], 'an impatient short press does nothing')
    t.same(
      commands(bouncyPress(logic, 'room-315', 1000, HOLD + 50), open(false)),
      [escalate],
      'not answered: held again, the senior nurse is told',
    )
    t.same(
      commands(bouncyPress(logic, 'room-315', 5000, HOLD + 50), open(true)),
      [escalate],
      'acknowledged but not served: held again, still escalates',
    )
    t.same(
      commands(bouncyPress(logic, 'room-315:cancel', 9000, 200), open(false)),
      [],
      'a short press of cancel clears nothing',
    )
    t.same(
      commands(bouncyPress(logic, 'room-315:cancel', 10_000, HOLD + 50), open(false)),
      [{ type: 'raiseIncident', point: 'room-315', complaint: true }],
      'cancel held: dissatisfaction',
    )
    t.same(
      commands(bouncyPress(logic, 'room-315:cancel', 15_000, HOLD + 50), [open(false), open(false, true)]),
      [],
      'one complaint open at a time',
    )
    t.same(
      commands(bouncyPress(logic, 'room-315:cancel', 20_000, HOLD + 50)),
      [{ type: 'raiseIncident', point: 'room-315', complaint: true }],
      'a complaint needs no call',
    )
  },
)

t.test("staff's own key at the point: a press acknowledges, a hold clears", async (t) => {
  const logic = new ButtonLogic({ debounceMs: 20, longPressMs: HOLD })
  t.same(readKey('room-315:staff'), { point: 'room-315', button: 'staff' })
  t.same(commands(bouncyPress(logic, 'room-315:staff', 0, 300), open(false)), [
    { type: 'acknowledgeIncident', point: 'room-315', by: 'room-315 staff key', via: 'key' },
  ])
  t.same(commands(bouncyPress(logic, 'room-315:staff', 1000, 300), open(true)), [], 'already acknowledged')
  t.same(commands(bouncyPress(logic, 'room-315:staff', 2000, HOLD + 50), open(true)), [
    { type: 'clearIncident', point: 'room-315', by: 'room-315 staff key' },
  ])
  t.same(commands(bouncyPress(logic, 'room-315:staff', 9000, HOLD + 50)), [], 'nothing open: nothing to clear')
})

t.test("gestures are configurable per point, the seed's by default", async (t) => {
  t.same(gesturesOf({}), { press: 'none', hold: 'escalate', cancelPress: 'none', cancelHold: 'complain' })
  const table = gesturesOf({ gestures: { press: 'call', hold: 'call', cancelHold: 'none' } })
  t.same(table, { press: 'call', hold: 'call', cancelPress: 'none', cancelHold: 'none' })
  const logic = new ButtonLogic({ debounceMs: 20, longPressMs: HOLD })
  t.same(
    commands(bouncyPress(logic, 'room-315', 0, 200), undefined, table),
    [{ type: 'raiseIncident', point: 'room-315' }],
    'a press calls at a restaurant table',
  )
  t.same(
    commands(bouncyPress(logic, 'room-315', 1000, HOLD + 50), open(false), table),
    [],
    '"call" asks nobody again while open',
  )
  t.same(commands(bouncyPress(logic, 'room-315:cancel', 9000, HOLD + 50), undefined, table), [])
})

t.test('keypad keys for calls and ratings, on the simulated keypad and the RS-485 line protocol', async (t) => {
  t.same(commandForKey('c1', 'rate:4'), { type: 'rate', counter: 'c1', score: 4 })
  t.equal(commandForKey('c1', 'rate:9'), undefined, 'no such rating key')
  t.same(commandForKey('c1', 'ack:room-315'), {
    type: 'acknowledgeIncident',
    point: 'room-315',
    by: 'counter c1',
    via: 'keypad',
  })
  t.same(commandForKey('c1', 'clear-call:room-315'), { type: 'clearIncident', point: 'room-315', by: 'counter c1' })
  t.same(parseKeypadLine('7:RATE:4'), { ok: true, key: { address: 7, key: 'rate:4' } })
  t.same(parseKeypadLine('7:ACK:room-315'), { ok: true, key: { address: 7, key: 'ack:room-315' } })
  t.same(parseKeypadLine('7:CLEAR-CALL:room-315'), { ok: true, key: { address: 7, key: 'clear-call:room-315' } })
  t.match(parseKeypadLine('7:RATE'), { ok: false, error: /needs argument/ })
})
