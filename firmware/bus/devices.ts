/**
 * The devices of a site, derived from its boards: each role a board runs is
 * one MQTT client, named `<board>-<role>` (a counter keypad
 * `<board>-counter-<counter>`), logging in with its board's password. The
 * broker's access list and the hub's command rules are both keyed by these.
 */
import type { BoardConfig, SiteConfig } from '../site/config/schema.ts'

export type DeviceRole = 'hub' | 'dispenser' | 'counter' | 'display' | 'announcer' | 'callpoint'

export interface Device {
  id: string
  board: string
  role: DeviceRole
  /** A counter keypad: the counter it commands. */
  counter?: string
  /** A dispenser: the services it may issue tickets for. */
  services?: string[]
  /** A call-point board: the call points wired to it. */
  points?: string[]
}

export function deviceId(board: string, role: DeviceRole, counter?: string): string {
  return role === 'counter' ? `${board}-counter-${counter}` : `${board}-${role}`
}

export function boardDevices(board: BoardConfig): Device[] {
  const devices: Device[] = []
  const roles = new Set(board.roles)
  const device = (role: DeviceRole, extra: Partial<Device> = {}) =>
    devices.push({ id: deviceId(board.id, role, extra.counter), board: board.id, role, ...extra })
  if (roles.has('hub')) device('hub')
  if (roles.has('dispenser') && board.dispenser)
    device('dispenser', { services: board.dispenser.buttons.map((b) => b.service) })
  if (roles.has('counter')) for (const keypad of board.counters ?? []) device('counter', { counter: keypad.counter })
  if (roles.has('display') && board.displays?.length) device('display')
  if (roles.has('announcer') && board.announcer) device('announcer')
  if (roles.has('callpoint') && board.callPoints)
    device('callpoint', { points: board.callPoints.points.map((p) => p.id) })
  return devices
}

export function siteDevices(config: Pick<SiteConfig, 'boards'>): Device[] {
  return config.boards.flatMap(boardDevices)
}
