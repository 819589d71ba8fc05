/**
 * What a press at a call point means (seed 003), given its gestures and its
 * open calls. The caller's buttons only ever call, ask again or complain: by
 * default a hold of the call button calls, and while the call is open asks
 * the next level (a patient not served reaches the senior nurse); a hold of
 * the cancel button registers dissatisfaction; short presses do nothing. A
 * caller's press never acknowledges or clears: staff do that with their own
 * key at the point (a press acknowledges, a hold clears), a keypad or an SMS
 * reply. Pure: the press, the gestures and the open calls in, a command out.
 */
import type { Command, OpenIncident } from '../../core/index.ts'
import type { BoardCallPointsConfig } from '../../site/config/schema.ts'

type CallPointConfig = BoardCallPointsConfig['points'][number]

export type Button = 'call' | 'cancel' | 'staff'
export type PointPress = { point: string; button: Button; long: boolean }
export type Gestures = Required<NonNullable<CallPointConfig['gestures']>>

/** The seed's gestures, for a point whose config names none. */
export const DEFAULT_GESTURES: Gestures = {
  press: 'none',
  hold: 'escalate',
  cancelPress: 'none',
  cancelHold: 'complain',
}

export function gesturesOf(point: Pick<CallPointConfig, 'gestures'>): Gestures {
  return { ...DEFAULT_GESTURES, ...point.gestures }
}

/** Input keys are `<point>` for the call button, `<point>:cancel` and `<point>:staff` for the others. */
export function readKey(key: string): { point: string; button: Button } {
  const m = /^(.*):(cancel|staff)$/.exec(key)
  return m ? { point: m[1]!, button: m[2] as Button } : { point: key, button: 'call' }
}

/** `open`: the point's open incidents (its call, its complaint), from `state/incidents`. */
export function commandForPress(press: PointPress, gestures: Gestures, open: OpenIncident[]): Command | undefined {
  const { point } = press
  const call = open.find((i) => !i.complaint)
  if (press.button === 'staff') {
    if (press.long) return open.length > 0 ? { type: 'clearIncident', point, by: `${point} staff key` } : undefined
    return open.some((i) => i.acknowledgedAt === undefined)
      ? { type: 'acknowledgeIncident', point, by: `${point} staff key`, via: 'key' }
      : undefined
  }
  const gesture =
    press.button === 'call'
      ? press.long
        ? gestures.hold
        : gestures.press
      : press.long
        ? gestures.cancelHold
        : gestures.cancelPress
  switch (gesture) {
    case 'none':
      return undefined
    case 'call':
      return call ? undefined : { type: 'raiseIncident', point }
    case 'escalate':
      return call ? { type: 'escalateIncident', point, by: point } : { type: 'raiseIncident', point }
    case 'complain':
      return open.some((i) => i.complaint) ? undefined : { type: 'raiseIncident', point, complaint: true }
  }
}
