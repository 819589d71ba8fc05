/**
 * A viewer on the appliance's bus, as a dashboard or mosquitto_sub is: a
 * real mqtt.js client logged in with a `hub.broker.viewers` login, reading
 * topics under the site's root. Every message is kept; a test waits for the
 * first one (past or future) that it accepts, so nothing published before
 * the wait began is missed.
 */
import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import mqtt, { type MqttClient } from 'mqtt'

export const VIEWER = { name: 'test-viewer', password: 'test-viewer-password' }

export interface Seen {
  /** The topic under the site's root, e.g. `event/incident.raised`. */
  topic: string
  payload: any
}

export class BusViewer extends EventEmitter<{ message: [seen: Seen] }> {
  readonly seen: Seen[] = []

  private constructor(
    private readonly client: MqttClient,
    readonly root: string,
  ) {
    super()
    client.on('message', (topic, raw) => {
      const seen = { topic: topic.slice(root.length + 1), payload: JSON.parse(raw.toString('utf8')) }
      this.seen.push(seen)
      this.emit('message', seen)
    })
  }

  /** Connects to the broker on `port` and subscribes to each of `filters` (relative to the site's root). */
  static async connect(port: number, site: string, filters: string[]): Promise<BusViewer> {
    const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${port}`, {
      clientId: `viewer-${randomUUID().slice(0, 8)}`,
      reconnectPeriod: 0,
      connectTimeout: 5000,
      username: VIEWER.name,
      password: VIEWER.password,
    })
    const root = `qms/v1/${site}`
    const viewer = new BusViewer(client, root)
    await client.subscribeAsync(
      filters.map((f) => `${root}/${f}`),
      { qos: 1 },
    )
    return viewer
  }

  /** The first message on `topic` that `match` accepts, from index `from` on; rejects after `timeoutMs` (a guard) with what was seen. */
  waitFor(topic: string, match: (payload: any) => boolean, timeoutMs = 20_000, from = 0): Promise<Seen> {
    const accepts = (s: Seen) => s.topic === topic && match(s.payload)
    const past = this.seen.slice(from).find(accepts)
    if (past) return Promise.resolve(past)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('message', listener)
        reject(
          new Error(
            `no matching ${topic} in ${timeoutMs} ms; seen:\n${this.seen.map((s) => `${s.topic} ${JSON.stringify(s.payload)}`).join('\n')}`,
          ),
        )
      }, timeoutMs)
      const listener = (s: Seen) => {
        if (!accepts(s)) return
        clearTimeout(timer)
        this.off('message', listener)
        resolve(s)
      }
      this.on('message', listener)
    })
  }

  async close(): Promise<void> {
    await this.client.endAsync()
  }
}
