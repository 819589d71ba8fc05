/**
 * The broker's logins, from the site config: every device of every board
 * (username = device id, password = its board's), and the viewers. A board
 * without a password (a one-box site) gets the one made at this start.
 */
import type { SiteConfig } from '../site/config/schema.ts'
import type { Login } from './broker-auth.ts'
import { boardDevices } from './devices.ts'

export function siteLogins(config: Pick<SiteConfig, 'boards' | 'hub'>, generatedPassword: string): Map<string, Login> {
  const logins = new Map<string, Login>()
  for (const board of config.boards) {
    for (const device of boardDevices(board))
      logins.set(device.id, { principal: device, password: board.password ?? generatedPassword })
  }
  for (const viewer of config.hub.broker.viewers) {
    if (!logins.has(viewer.name))
      logins.set(viewer.name, { principal: { role: 'viewer', id: viewer.name }, password: viewer.password })
  }
  return logins
}
