/**
 * A Mosquitto configuration for a site that runs its own broker
 * (hub.broker.mode: external): mosquitto.conf, a password file and an ACL
 * file, all from the site config, so Mosquitto enforces the same logins and
 * the same access list (access-list.ts) as the embedded broker does.
 *
 * Passwords are written as Mosquitto 2 writes them (`$7$`: PBKDF2-SHA512,
 * 101 iterations, a 12-byte salt, base64), so `mosquitto_passwd` is not
 * needed on the machine that prepares the files.
 */
import { pbkdf2Sync, randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type { SiteConfig } from '../site/config/schema.ts'
import { grantsOf, PUBLIC_TOPICS, type Principal } from './access-list.ts'
import { siteDevices } from './devices.ts'
import { topics } from './topics.ts'

export interface MosquittoFiles {
  'mosquitto.conf': string
  passwd: string
  acl: string
}

const ITERATIONS = 101

/** One line of a Mosquitto 2 password file. */
export function passwdLine(user: string, password: string, salt = randomBytes(12)): string {
  const hash = pbkdf2Sync(password, salt, ITERATIONS, 64, 'sha512')
  return `${user}:$7$${ITERATIONS}$${salt.toString('base64')}$${hash.toString('base64')}`
}

type Site = Pick<SiteConfig, 'site' | 'boards' | 'hub'>

/** The logins of the site: every device with its board's password, and the viewers. */
function logins(config: Site): Array<{ principal: Principal; password: string }> {
  const passwords = new Map(config.boards.map((b) => [b.id, b.password]))
  const list: Array<{ principal: Principal; password: string }> = []
  for (const device of siteDevices(config)) {
    const password = passwords.get(device.board)
    if (password === undefined)
      throw new Error(`board "${device.board}" has no password; an external broker needs one for every board`)
    list.push({ principal: device, password })
  }
  for (const viewer of config.hub.broker.viewers)
    list.push({ principal: { role: 'viewer', id: viewer.name }, password: viewer.password })
  return list
}

/**
 * The ACL: read grants become `topic read`, publish grants `topic write`,
 * both under the site's root. Lines before the first `user` apply to
 * anonymous clients, which only the WebSocket listener admits.
 */
function aclFile(config: Site): string {
  const root = topics(config.site.id).root
  const lines = [
    '# Written by `qms broker-config` from the site config; regenerate rather than edit.',
    '',
    '# Browser pages on WebSocket, not logged in: public state only.',
  ]
  for (const topic of PUBLIC_TOPICS) lines.push(`topic read ${root}/${topic}`)
  for (const { principal } of logins(config)) {
    const grants = grantsOf(principal)
    lines.push('', `user ${principal.id}`)
    for (const topic of grants.publish)
      lines.push(`topic ${grants.subscribe.includes(topic) ? 'readwrite' : 'write'} ${root}/${topic}`)
    for (const topic of grants.subscribe) if (!grants.publish.includes(topic)) lines.push(`topic read ${root}/${topic}`)
  }
  return `${lines.join('\n')}\n`
}

/** `dir` is where the files will live on the broker's machine (the config names them by absolute path). */
export function mosquittoFiles(config: Site, dir: string): MosquittoFiles {
  const { port, websocketPort, limits } = config.hub.broker
  const auth = [`password_file ${join(dir, 'passwd')}`, `acl_file ${join(dir, 'acl')}`]
  const conf = [
    `# Mosquitto for site "${config.site.id}", written by \`qms broker-config\`; regenerate it when the site config changes.`,
    "# Every device logs in with its own name and its board's password; the ACL is the appliance's access list.",
    'per_listener_settings true',
    // A stuck client's backlog is bounded instead of growing without end (aedes: drainTimeout).
    'max_queued_messages 1000',
    'max_inflight_messages 20',
    // The payload limit, plus room for the topic and the packet header.
    `max_packet_size ${limits.maxPayloadBytes + 1024}`,
    'persistence false',
    // As on the embedded broker: without it a command and its answer each wait out a delayed ACK (~40 ms).
    'set_tcp_nodelay true',
    '',
    `listener ${port}`,
    'allow_anonymous false',
    ...auth,
  ]
  if (websocketPort !== undefined) {
    conf.push(
      '',
      `listener ${websocketPort}`,
      'protocol websockets',
      '# Browser pages may read the public topics without a login (the ACL lines before any user).',
      'allow_anonymous true',
      ...auth,
    )
  }
  return {
    'mosquitto.conf': `${conf.join('\n')}\n`,
    passwd: `${logins(config)
      .map(({ principal, password }) => passwdLine(principal.id, password))
      .join('\n')}\n`,
    acl: aclFile(config),
  }
}
