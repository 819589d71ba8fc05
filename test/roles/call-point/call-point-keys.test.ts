import t from 'tap'
import { ButtonLogic, type ButtonEvent } from '../../../firmware/drivers/input/button-logic.ts'
import { commandForPress, readKey } from '../../../firmware/roles/call-point/call-point-keys.ts'
import type { OpenIncident } from '../../../firmware/core/index.ts'
import { commandForKey } from '../../../firmware/roles/counter/counter-keys.ts'
import { parseKeypadLine } from '../../../firmware/drivers/keypad/ascii-keypad.ts'

const HOLD = 3000

/** A press held `holdMs`, with contacts that bounce for 4 ms (2 ms apart) on the way down and up. */
function bouncyPress(logic: ButtonLogic, key: string, start: number, holdMs: number): ButtonEvent[] {
  const events: ButtonEvent[] = []
  const bounce = (at: number, to: boolean) => {
    for (const [dt, level] of [[0, to], [2, !to], [4, to]] as const) events.push(...logic.edge(key, level, at + dt))
  }
  bounce(start, true)
  bounce(start + holdMs, false)
  events.push(...logic.tick(start + holdMs + 100))
  return events
}

const open = (acknowledged: boolean): OpenIncident => ({
  id: 'inc-1', point: 'room-315', kind: 'staff', location: 'Room 315', board: 'ward-a', raisedAt: 0, level: 0, levelAt: 0,
  ...(acknowledged ? { acknowledgedAt: 1, acknowledgedBy: 'room-315' } : {}),
})

function commands(events: ButtonEvent[], incident?: OpenIncident) {
  return events.flatMap((e) => (e.type === 'chord' ? [] : [commandForPress({ ...readKey(e.key), long: e.type === 'longPress' }, incident)])).filter(Boolean)
}

t.test('with bouncing contacts: a brush calls nobody, a 3 s hold calls once', async (t) => {
  const logic = new ButtonLogic({ debounceMs: 20, longPressMs: HOLD })
  t.same(commands(bouncyPress(logic, 'room-315', 0, 150)), [], 'a brush of 150 ms')
  t.same(commands(bouncyPress(logic, 'room-315', 1000, HOLD - 50)), [], '2.95 s is not enough')
  t.same(commands(bouncyPress(logic, 'room-315', 10_000, HOLD + 50)), [{ type: 'raiseIncident', point: 'room-315' }], 'one call for one hold, however it bounced')
})

t.test('with a call open: a short press acknowledges (once), a hold or the cancel button clears', async (t) => {
  const logic = new ButtonLogic({ debounceMs: 20, longPressMs: HOLD })
  t.same(commands(bouncyPress(logic, 'room-315', 0, 400), open(false)), [{ type: 'acknowledgeIncident', point: 'room-315', by: 'room-315', via: 'key' }])
  t.same(commands(bouncyPress(logic, 'room-315', 1000, 400), open(true)), [], 'already acknowledged: a press does nothing')
  t.same(commands(bouncyPress(logic, 'room-315', 2000, HOLD + 50), open(true)), [{ type: 'clearIncident', point: 'room-315', by: 'room-315' }])
  t.same(commands(bouncyPress(logic, 'room-315:cancel', 9000, 200), open(false)), [{ type: 'clearIncident', point: 'room-315', by: 'room-315' }])
  t.same(commands(bouncyPress(logic, 'room-315:cancel', 12_000, 200)), [], 'cancel with nothing open does nothing')
})

t.test('keypad keys for calls and ratings, on the simulated keypad and the RS-485 line protocol', async (t) => {
  t.same(commandForKey('c1', 'rate:4'), { type: 'rate', counter: 'c1', score: 4 })
  t.equal(commandForKey('c1', 'rate:9'), undefined, 'no such rating key')
  t.same(commandForKey('c1', 'ack:room-315'), { type: 'acknowledgeIncident', point: 'room-315', by: 'counter c1', via: 'keypad' })
  t.same(commandForKey('c1', 'clear-call:room-315'), { type: 'clearIncident', point: 'room-315', by: 'counter c1' })
  t.same(parseKeypadLine('7:RATE:4'), { ok: true, key: { address: 7, key: 'rate:4' } })
  t.same(parseKeypadLine('7:ACK:room-315'), { ok: true, key: { address: 7, key: 'ack:room-315' } })
  t.same(parseKeypadLine('7:CLEAR-CALL:room-315'), { ok: true, key: { address: 7, key: 'clear-call:room-315' } })
  t.match(parseKeypadLine('7:RATE'), { ok: false, error: /needs argument/ })
})
