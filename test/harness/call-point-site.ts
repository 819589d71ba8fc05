/**
 * A one-board ward (hub + call points on a Raspberry Pi 4 pin map) whose
 * call, cancel, staff-key and lamp lines are GPIO header pins on the backend a far end
 * gives (gpio-far-end.ts), with a simulated SMS modem and a viewer login,
 * written to a folder for `qms run`. Holding a call button half a second
 * (the least the schema allows) calls.
 */
import { hubConfigDocument, writeHubConfig } from './hub-process.ts'
import { VIEWER } from './bus-viewer.ts'

export const WARD_SITE = 'ward-site'
export const WARD_BOARD = 'ward'
export const WARD_HOLD_MS = 500

/** Pi 4 header pins of each point's buttons and lamp, and the chip lines they are (boards/pi-4b.json). */
export const WARD_POINTS = [
  {
    id: 'room-315',
    location: 'Room 315',
    pin: 11,
    line: 17,
    cancelPin: 13,
    cancelLine: 27,
    staffPin: 18,
    staffLine: 24,
    lamp: 29,
    lampLine: 5,
  },
  { id: 'desk', location: 'Front desk', pin: 15, line: 22, lamp: 16, lampLine: 23 },
] as const

export async function writeCallPointSite(dir: string, input: Record<string, unknown>): Promise<string> {
  const doc = hubConfigDocument({ site: WARD_SITE })
  const password = doc.boards[0].password
  delete doc.boards
  doc.hub.broker.viewers = [VIEWER]
  // One level: nothing escalates from the clock while a test runs.
  doc.callPoints = { modem: { driver: 'simulated' }, chains: [{ id: 'ward', levels: [{ to: ['+491701111111'] }] }] }
  doc.board = {
    id: WARD_BOARD,
    roles: ['hub', 'callpoint'],
    model: 'pi-4b',
    password,
    callPoints: {
      input,
      holdMs: WARD_HOLD_MS,
      points: WARD_POINTS.map(({ id, location, pin, lamp, ...p }) => ({
        id,
        kind: 'staff',
        location,
        chain: 'ward',
        pin,
        lamp,
        ...('cancelPin' in p ? { cancelPin: p.cancelPin, staffPin: p.staffPin } : {}),
      })),
    },
  }
  return writeHubConfig(dir, doc)
}
