/**
 * What a press at a call point means, given whether its call is open: hold
 * the call button to call, hold it again to clear; a short press while the
 * call is open and unanswered is staff arriving (acknowledge by key); the
 * cancel button clears. A brush of the call button with no call open does
 * nothing. Pure: the press, the point and the open call in, a command out.
 */
import type { Command, OpenIncident } from '../../core/index.ts'

export type PointPress = { point: string; button: 'call' | 'cancel'; long: boolean }

/** Input keys are `<point>` for the call button and `<point>:cancel` for its cancel button. */
export function readKey(key: string): { point: string; button: 'call' | 'cancel' } {
  return key.endsWith(':cancel') ? { point: key.slice(0, -':cancel'.length), button: 'cancel' } : { point: key, button: 'call' }
}

export function commandForPress(press: PointPress, open: OpenIncident | undefined): Command | undefined {
  const { point } = press
  if (press.button === 'cancel') return open ? { type: 'clearIncident', point, by: point } : undefined
  if (press.long) return open ? { type: 'clearIncident', point, by: point } : { type: 'raiseIncident', point }
  if (open && open.acknowledgedAt === undefined) return { type: 'acknowledgeIncident', point, by: point, via: 'key' }
  return undefined
}
