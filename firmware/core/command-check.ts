/**
 * Commands come from MQTT payloads, so their shape is checked here before
 * anything else: a missing field or an unknown type is a `bad-command`
 * answer, never an exception.
 */
import type { Command, CommandType, EngineError } from './types.ts'

type Check = (c: Record<string, unknown>) => string | undefined

const text = (field: string, what: string): Check => (c) =>
  typeof c[field] === 'string' && c[field] !== '' ? undefined : `needs "${field}", ${what}`

const oneOf = (field: string, values: readonly string[]): Check => (c) =>
  c[field] === undefined || values.includes(c[field] as string) ? undefined : `"${field}" must be ${values.join(', ')} or absent`

const counter = text('counter', 'the id of a counter')
const label = text('label', 'the ticket label, e.g. A023')

/** 128 bits of randomness as base64url is 22 characters; anything shorter is guessable. */
const token: Check = (c) =>
  c.token === undefined || (typeof c.token === 'string' && /^[A-Za-z0-9_-]{22,64}$/.test(c.token))
    ? undefined
    : '"token" must be 22–64 letters, digits, _ or - (a random status-page token) or absent'

const target: Check = (c) => {
  const to = c.to as Record<string, unknown> | undefined
  const ok =
    typeof to === 'object' &&
    to !== null &&
    ((typeof to.service === 'string' && to.counter === undefined) || (typeof to.counter === 'string' && to.service === undefined))
  return ok ? undefined : 'needs "to": {"service": id} or {"counter": id}'
}

const incidentOrPoint: Check = (c) =>
  typeof c.incident === 'string' || typeof c.point === 'string' ? undefined : 'needs "incident" (its id) or "point" (its call point)'

const CHECKS: Record<CommandType, Check[]> = {
  issue: [text('service', 'the id of a service'), oneOf('priority', ['normal', 'priority', 'vip']), token],
  callNext: [counter],
  recall: [counter],
  noShow: [counter],
  start: [counter],
  finish: [counter],
  transfer: [counter, target, oneOf('position', ['front', 'arrival'])],
  callTicket: [counter, text('label', 'the ticket label, e.g. A023')],
  hold: [counter],
  pause: [counter],
  resume: [counter],
  cancel: [label],
  markUnprinted: [label],
  reprint: [label],
  markPrinted: [label],
  tick: [],
  login: [counter, text('pin', 'the PIN typed on the keypad')],
  logout: [counter],
  raiseIncident: [text('point', 'the id of a call point')],
  escalateIncident: [incidentOrPoint, text('by', 'who asks again')],
  acknowledgeIncident: [incidentOrPoint, text('by', 'who acknowledges'), oneOf('via', ['key', 'keypad', 'sms']), text('via', 'key, keypad or sms')],
  clearIncident: [incidentOrPoint],
  recordNotification: [text('incident', 'the incident id'), text('channel', 'sms or mqtt'), oneOf('channel', ['sms', 'mqtt'])],
  rate: [counter, (c) => (typeof c.score === 'number' ? undefined : 'needs "score", a number')],
}

export function checkCommand(cmd: unknown): { ok: true; command: Command } | { ok: false; error: EngineError } {
  if (typeof cmd !== 'object' || cmd === null || Array.isArray(cmd)) return bad('A command must be a JSON object')
  const c = cmd as Record<string, unknown>
  const type = c.type
  if (typeof type !== 'string' || !Object.hasOwn(CHECKS, type)) {
    return bad(`Unknown command type ${JSON.stringify(type)}; expected one of ${Object.keys(CHECKS).join(', ')}`)
  }
  for (const check of CHECKS[type as CommandType]) {
    const problem = check(c)
    if (problem) return bad(`"${type}" ${problem}`)
  }
  return { ok: true, command: c as unknown as Command }
}

function bad(message: string): { ok: false; error: EngineError } {
  return { ok: false, error: { code: 'bad-command', message } }
}
