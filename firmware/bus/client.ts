/**
 * A device's connection to the bus: mqtt.js, wrapped once here so the roles
 * see async/await only. `request()` sends a command on the device's command
 * topic and resolves with the hub's answer on its reply topic.
 *
 * Reconnection is ours, not mqtt.js's: it retries every second, and fifty
 * boards doing that after a hub reboot arrive in one burst. Here the delay
 * doubles from `minDelayMs` to `maxDelayMs` with full jitter. A command
 * sent while the hub is away keeps its request id through every retry, so
 * the hub's idempotency (hub/request-memory.ts) makes it happen once.
 *
 * With `hubHealth`, the hub counts as reachable only while its health topic
 * says it is online: with an external broker the broker stays up while the
 * hub is away, and a command sent then would wait for nobody.
 */
import { EventEmitter } from 'node:events'
import { randomBytes, randomUUID } from 'node:crypto'
import type { Socket } from 'node:net'
import type { IClientOptions, MqttClient } from 'mqtt'
import type { Logger } from 'pino'
import type { Answer } from '../contract/answers.ts'
import { check } from '../contract/check.ts'
import type { Command, CommandPayload } from '../contract/commands.ts'
import type { DeviceHealth } from '../contract/states.ts'
import { TOPIC_MAP, topicFilter, type TopicName, type TopicPayload } from '../contract/topic-map.ts'
import { mqttClient } from './mqtt-connect.ts'
import type { Topics } from './topics.ts'
import { matches } from './topic-filter.ts'

export interface BusClientOptions {
  url: string
  device: string
  topics: Topics
  logger: Logger
  /** This device's login; the broker refuses anonymous clients. */
  username?: string
  password?: string
  /** Whether this device sends commands (and so reads answers on its reply topic); default true. */
  commands?: boolean
  /** How long a command waits for its answer; default 10 s. */
  timeoutMs?: number
  /** Reconnect backoff bounds; defaults 500 ms and 5 s (a hub back from a reboot finds every device within seconds). */
  minDelayMs?: number
  maxDelayMs?: number
  /** How long start() waits for a first connection before going on offline; default 5 s. */
  connectWaitMs?: number
  /** The hub's health topic (not for the hub itself): the hub is reachable while it says online there. */
  hubHealth?: string
  /** What this device says about itself on its health topic while online. */
  health?: Omit<DeviceHealth, 'online' | 'device' | 'uptimeSeconds'>
}

/** What a read is handed: the parsed payload, before its topic's check. */
type Handler = (payload: unknown, topic: string) => void

/** A read's handler for one topic of the contract, and what it does with a payload the contract refuses (default: a warning). */
export type Reader<K extends TopicName> = (payload: TopicPayload<K>, topic: string) => void
export type Refused = (payload: unknown, problems: string[], topic: string) => void

export interface BusClientEvents {
  online: []
  offline: []
}

/** The id part after a short random boot prefix: unique per device, short in the journal. */
let requestCounter = 0
const BOOT = randomBytes(4).toString('hex')

export class BusClient extends EventEmitter<BusClientEvents> {
  private client?: MqttClient
  /** Requests sent and not yet answered: the answer's resolver and the command, to send again after a reconnect. */
  private readonly pending = new Map<string, { resolve: (answer: Answer) => void; command: string }>()
  private readonly handlers: Array<{ filter: string; handler: Handler }> = []
  private attempts = 0
  private retry?: NodeJS.Timeout
  private healthTimer?: NodeJS.Timeout
  private readonly counts: Record<string, number> = {}
  private stopped = false
  private problems: string[] = []
  private readonly startedAt = Date.now()
  /** Connected to the broker. */
  connected = false
  /** The hub's last word on its health topic; true without `hubHealth`. */
  private hubUp: boolean
  /** Connected, and the hub is up: commands can be answered. */
  reachable = false

  constructor(private readonly options: BusClientOptions) {
    super()
    this.hubUp = options.hubHealth === undefined
    if (options.hubHealth !== undefined) {
      this.handlers.push({
        filter: options.hubHealth,
        handler: this.checked('deviceHealth', (health) => this.onHubHealth(health.online)),
      })
    }
  }

  private onHubHealth(up: boolean): void {
    if (up === this.hubUp) return
    this.hubUp = up
    if (up) this.options.logger.info('the hub is back')
    else this.options.logger.warn('the hub went away; the broker is still reachable')
    this.updateReachable()
    if (up) this.resendPending()
  }

  private updateReachable(): void {
    const now = this.connected && this.hubUp
    if (now === this.reachable) return
    this.reachable = now
    this.emit(now ? 'online' : 'offline')
  }

  async start(): Promise<void> {
    const { url, device, topics, logger } = this.options
    const opts: IClientOptions = {
      clientId: `${device}-${randomUUID().slice(0, 8)}`,
      reconnectPeriod: 0,
      connectTimeout: 5000,
      resubscribe: true,
      // mqtt-packet's default fills a cache of 65,536 two-byte buffers (one per packet id) at the first
      // packet: ~11 ms of a board's start and ~7 MB of heap kept. Without it a packet id's two bytes are
      // allocated when written. The setting is mqtt-packet's, for every client and the broker alike.
      writeCache: false,
      will: {
        topic: topics.deviceHealth(device),
        payload: Buffer.from(JSON.stringify(offline(device))),
        qos: 1,
        retain: true,
      },
      ...(this.options.username !== undefined ? { username: this.options.username } : {}),
      ...(this.options.password !== undefined ? { password: this.options.password } : {}),
    }
    const client = mqttClient(url, opts)
    this.client = client
    client.on('connect', () => this.onConnect())
    client.on('close', () => this.onClose())
    client.on('message', (topic, payload) => this.dispatch(topic, payload))
    client.on('error', (err) => logger.warn({ err }, 'bus error'))
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, this.options.connectWaitMs ?? 5000)
      client.once('connect', done)
      function done() {
        clearTimeout(timer)
        resolve()
      }
    })
    if (!this.connected) logger.warn({ url }, 'cannot reach the hub yet; going on and retrying')
  }

  private onConnect(): void {
    const { device, topics, logger } = this.options
    // mqtt.js never turns Nagle off; a command's small writes would wait for delayed ACKs.
    ;(this.client?.stream as Partial<Socket> | undefined)?.setNoDelay?.(true)
    this.attempts = 0
    this.connected = true
    logger.info('connected to the hub')
    const client = this.client!
    const filters = [
      ...(this.options.commands === false ? [] : [topics.reply(device)]),
      ...this.handlers.map((h) => h.filter),
    ]
    if (filters.length === 0) return this.online()
    client.subscribe(filters, { qos: 1 }, (err, granted) => {
      if (err) logger.warn({ err }, 'subscribe failed')
      for (const g of granted ?? [])
        if (g.qos === 128)
          logger.error({ topic: g.topic }, 'the broker refused this subscription: check the access list')
      if (this.hubUp) this.resendPending()
    })
    this.online()
  }

  /**
   * A hub that died after doing a command but before answering it never
   * answers, and the broker may already have acknowledged the command: send
   * every unanswered one again, with its request id, once the reply topic is
   * subscribed. The hub does each once (request-memory.ts) and answers again.
   */
  private resendPending(): void {
    if (this.pending.size === 0) return
    this.options.logger.info({ requests: this.pending.size }, 'sending unanswered commands again after the reconnect')
    for (const { command } of this.pending.values()) {
      this.client?.publish(this.options.topics.command(this.options.device), command, { qos: 1 })
    }
  }

  private online(): void {
    this.publishHealth()
    clearInterval(this.healthTimer)
    this.healthTimer = setInterval(() => this.publishHealth(), 60_000)
    this.healthTimer.unref()
    this.updateReachable()
  }

  private onClose(): void {
    clearInterval(this.healthTimer)
    if (this.connected) {
      this.connected = false
      // Our own stop() closes the connection too: that is no loss worth a warning.
      if (this.stopped) this.options.logger.debug('connection closed')
      else this.options.logger.warn('lost the connection to the hub')
      this.updateReachable()
    }
    if (this.stopped) return
    const min = this.options.minDelayMs ?? 500
    const max = this.options.maxDelayMs ?? 5000
    // Full jitter: a random delay up to the doubling ceiling, so boards spread out.
    const ceiling = Math.min(max, min * 2 ** this.attempts)
    this.attempts += 1
    const delay = Math.round(min / 2 + Math.random() * (ceiling - min / 2))
    clearTimeout(this.retry)
    this.retry = setTimeout(() => {
      if (!this.stopped) this.client?.reconnect()
    }, delay)
  }

  private publishHealth(): void {
    const { device, topics } = this.options
    const health: DeviceHealth = {
      device,
      online: true,
      ...this.options.health,
      uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
      ...(this.problems.length > 0 ? { problems: this.problems } : {}),
      ...(Object.keys(this.counts).length > 0 ? { counts: { ...this.counts } } : {}),
    }
    this.publish('deviceHealth', topics.deviceHealth(device), health).catch((err: Error) =>
      this.options.logger.warn({ err }, 'could not publish the health'),
    )
  }

  /**
   * What is wrong with this device, for staff to see (an empty list: all is
   * well). Published on its health topic at once when it changes, and kept
   * through reconnects.
   */
  /** A count for the health topic (published at once, kept through reconnects). */
  reportCount(name: string, value: number): void {
    this.counts[name] = value
    if (this.connected) this.publishHealth()
  }

  reportProblems(problems: string[]): void {
    if (problems.join('\n') === this.problems.join('\n')) return
    this.problems = [...problems]
    if (this.connected) this.publishHealth()
  }

  /**
   * Reads one topic of the contract (contract/topic-map.ts), before or after
   * start(): each payload is parsed from JSON and checked against the topic's
   * schema, so the handler gets it typed; one the contract refuses goes to
   * `refused` (by default a warning naming its problems), never to the handler.
   */
  async subscribe<K extends TopicName>(name: K, filter: string, handler: Reader<K>, refused?: Refused): Promise<void> {
    this.assertTopic(name, filter)
    this.handlers.push({ filter, handler: this.checked(name, handler, refused) })
    if (this.connected) await this.client?.subscribeAsync(filter, { qos: 1 })
  }

  private checked<K extends TopicName>(name: K, handler: Reader<K>, refused?: Refused): Handler {
    return (payload, topic) => {
      const result = check(name, payload)
      if (result.ok) handler(result.value, topic)
      else if (refused) refused(payload, result.problems, topic)
      else
        this.options.logger.warn({ topic, problems: result.problems }, 'refused a message the contract does not allow')
    }
  }

  /** A topic (or filter) named for a topic of the contract must be one of it: a programming error otherwise. */
  private assertTopic(name: TopicName, topic: string): void {
    const pattern = `${this.options.topics.root}/${topicFilter(name)}`
    if (!matches(pattern, topic) && !matches(topic, pattern))
      throw new Error(`${topic} is not a ${name} topic (${TOPIC_MAP[name].topic})`)
  }

  /** Publishes on a topic of the contract, retained as the contract says. Resolves once the broker has the message; while offline, once it is queued for the reconnect. */
  async publish<K extends TopicName>(name: K, topic: string, payload: TopicPayload<K>): Promise<void> {
    if (!this.client) throw new Error('bus client is not started')
    this.assertTopic(name, topic)
    const retain = TOPIC_MAP[name].retained
    const text = JSON.stringify(payload)
    if (!this.connected) {
      // mqtt.js keeps a QoS 1 message sent while offline and sends it after the reconnect.
      this.client.publish(topic, text, { qos: 1, retain }, (err) => {
        if (err) this.options.logger.warn({ topic, err }, 'publish failed')
      })
      return
    }
    await this.client.publishAsync(topic, text, { qos: 1, retain })
  }

  /**
   * Sends a command and waits for the hub's answer. Never rejects: a timeout
   * is an error answer. While the hub cannot be reached nothing is sent, so a
   * button pressed then does not turn into a ticket nobody printed minutes
   * later; a command already sent when the connection drops is resent with
   * its request id after the reconnect, and the hub does it once.
   */
  async request(command: Command): Promise<Answer> {
    const req = `${BOOT}-${(++requestCounter).toString(36)}`
    if (!this.reachable)
      return {
        req,
        status: 'error',
        error: { code: 'hub-unreachable', message: 'The hub cannot be reached; nothing was sent' },
      }
    const timeoutMs = this.options.timeoutMs ?? 10_000
    const payload: CommandPayload = { ...command, req }
    const answer = new Promise<Answer>((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(req)
        resolve({ req, status: 'error', error: { code: 'hub-unreachable', message: 'The hub did not answer in time' } })
      }, timeoutMs)
      this.pending.set(req, {
        command: JSON.stringify(payload),
        resolve: (a) => {
          clearTimeout(timer)
          resolve(a)
        },
      })
    })
    // Not awaited: a PUBACK lost with the connection must not hold the answer (or the timeout) back.
    this.publish('command', this.options.topics.command(this.options.device), payload).catch((err: Error) =>
      this.options.logger.warn({ req, err }, 'sending a command failed; it is sent again after the reconnect'),
    )
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
    if (topic === this.options.topics.reply(this.options.device)) return this.answered(payload, topic)
    for (const { filter, handler } of this.handlers) {
      if (matches(filter, topic)) handler(payload, topic)
    }
  }

  /** An answer on the reply topic settles the request it names; one the contract refuses settles none. */
  private answered(payload: unknown, topic: string): void {
    const result = check('reply', payload)
    if (!result.ok) {
      this.options.logger.warn({ topic, problems: result.problems }, 'refused an answer the contract does not allow')
      return
    }
    const answer = result.value
    const request = this.pending.get(answer.req)
    if (!request) return
    this.pending.delete(answer.req)
    request.resolve(answer)
  }

  /** Says goodbye on the health topic (waiting at most a second for the broker), then disconnects. Safe to call twice. */
  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.retry)
    clearInterval(this.healthTimer)
    const client = this.client
    this.client = undefined
    if (!client) return
    if (this.connected) {
      const { device, topics, logger } = this.options
      const goodbye = client.publishAsync(
        topics.deviceHealth(device),
        JSON.stringify({ ...offline(device), stopped: true }),
        { qos: 1, retain: true },
      )
      let timer: NodeJS.Timeout | undefined
      const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), 1000)))
      const outcome = await Promise.race([goodbye.then(() => 'said' as const), late]).catch((err: Error) => err.message)
      clearTimeout(timer)
      // The broker's last will says the same if the goodbye did not get through.
      if (outcome !== 'said') logger.debug({ outcome }, 'could not say goodbye on the health topic')
    }
    await client.endAsync(true)
  }
}

/** A device's health when it is gone: its last will, and its goodbye. */
function offline(device: string): TopicPayload<'deviceHealth'> {
  return { device, online: false }
}
