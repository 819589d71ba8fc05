/**
 * A device's connection to the bus: mqtt.js, wrapped once here so the roles
 * see async/await only. `request()` sends a command on the device's command
 * topic and resolves with the hub's answer on its reply topic.
 */
import { randomUUID } from 'node:crypto'
import type { Socket } from 'node:net'
import mqtt, { type IClientOptions, type MqttClient } from 'mqtt'
import type { Logger } from 'pino'
import type { Topics } from './topics.ts'
import type { Answer } from './answer.ts'

export interface BusClientOptions {
  url: string
  device: string
  topics: Topics
  logger: Logger
  /** How long a command waits for its answer; default 10 s. */
  timeoutMs?: number
}

type Handler = (payload: unknown, topic: string) => void

export class BusClient {
  private client?: MqttClient
  private readonly pending = new Map<string, (answer: Answer) => void>()
  private readonly handlers: Array<{ filter: string; handler: Handler }> = []

  constructor(private readonly options: BusClientOptions) {}

  async start(): Promise<void> {
    const { url, device, topics, logger } = this.options
    const opts: IClientOptions = {
      clientId: `${device}-${randomUUID().slice(0, 8)}`,
      reconnectPeriod: 1000,
      connectTimeout: 5000,
    }
    const client = await mqtt.connectAsync(url, opts)
    // mqtt.js never turns Nagle off; a command's small writes would wait for delayed ACKs.
    noDelay(client)
    client.on('connect', () => noDelay(client))
    client.on('message', (topic, payload) => this.dispatch(topic, payload))
    client.on('error', (err) => logger.warn({ err: err.message }, 'bus error'))
    client.on('offline', () => logger.warn('bus offline'))
    this.client = client
    await client.subscribeAsync(topics.reply(device), { qos: 1 })
  }

  /** Subscribe before or after start(); payloads arrive parsed from JSON. */
  async subscribe(filter: string, handler: Handler): Promise<void> {
    this.handlers.push({ filter, handler })
    await this.client?.subscribeAsync(filter, { qos: 1 })
  }

  async publish(topic: string, payload: unknown, retain = false): Promise<void> {
    if (!this.client) throw new Error('bus client is not started')
    await this.client.publishAsync(topic, JSON.stringify(payload), { qos: 1, retain })
  }

  /** Sends a command and waits for the hub's answer. Never rejects: a timeout is an error answer. */
  async request(command: Record<string, unknown>): Promise<Answer> {
    const req = randomUUID()
    const timeoutMs = this.options.timeoutMs ?? 10_000
    const answer = new Promise<Answer>((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(req)
        resolve({ req, status: 'error', error: { code: 'hub-unreachable', message: 'The hub did not answer in time' } })
      }, timeoutMs)
      this.pending.set(req, (a) => {
        clearTimeout(timer)
        resolve(a)
      })
    })
    await this.publish(this.options.topics.command(this.options.device), { ...command, req })
    return answer
  }

  private dispatch(topic: string, raw: Buffer): void {
    let payload: unknown
    try {
      payload = JSON.parse(raw.toString('utf8'))
    } catch {
      this.options.logger.warn({ topic }, 'ignored a message that is not JSON')
      return
    }
    if (topic === this.options.topics.reply(this.options.device)) {
      const req = (payload as { req?: unknown }).req
      const resolve = typeof req === 'string' ? this.pending.get(req) : undefined
      if (resolve) {
        this.pending.delete(req as string)
        resolve(payload as Answer)
      }
      return
    }
    for (const { filter, handler } of this.handlers) {
      if (matches(filter, topic)) handler(payload, topic)
    }
  }

  /** Safe to call twice. */
  async stop(): Promise<void> {
    const client = this.client
    this.client = undefined
    if (client) await client.endAsync()
  }
}

function noDelay(client: MqttClient): void {
  const stream = client.stream as Partial<Socket> | undefined
  stream?.setNoDelay?.(true)
}

/** MQTT topic filter match: `+` one level, `#` the rest. */
export function matches(filter: string, topic: string): boolean {
  const f = filter.split('/')
  const t = topic.split('/')
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '#') return true
    if (i >= t.length || (f[i] !== '+' && f[i] !== t[i])) return false
  }
  return f.length === t.length
}
