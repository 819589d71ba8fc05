/**
 * A device as the hub sees it: a real mqtt.js client publishing commands on
 * `cmd/<device>` (QoS 1) and reading answers on `reply/<device>`. Unlike the
 * firmware's BusClient it can drop every request still waiting — when the
 * test has just killed the hub, those answers will never come, and their
 * outcome is unknown.
 */
import { randomUUID } from 'node:crypto'
import type { Socket } from 'node:net'
import mqtt, { type MqttClient } from 'mqtt'
import type { Answer } from '../../firmware/contract/answers.ts'
import { topics, type Topics } from '../../firmware/bus/topics.ts'
import { TEST_PASSWORD } from './hub-process.ts'

/** What a request came to: the hub's answer, or nothing known (the hub died first). */
export type Outcome = Answer | 'lost'

export class MqttDevice {
  private client?: MqttClient
  private readonly pending = new Map<string, (outcome: Outcome) => void>()
  private readonly topics: Topics

  constructor(
    readonly device: string,
    site: string,
    private readonly password = TEST_PASSWORD,
  ) {
    this.topics = topics(site)
  }

  /**
   * Connects to the hub's broker on `port` and subscribes to this device's replies.
   * `noDelay: false` keeps mqtt.js's default (Nagle on), as the firmware's BusClient does today.
   */
  async connect(port: number, options: { noDelay?: boolean } = {}): Promise<void> {
    // No automatic reconnect: a restarted hub on port 0 listens on a new port, so the test reconnects.
    const client = await mqtt.connectAsync(`mqtt://127.0.0.1:${port}`, {
      clientId: `${this.device}-${randomUUID().slice(0, 8)}`,
      reconnectPeriod: 0,
      connectTimeout: 5000,
      username: this.device,
      password: this.password,
    })
    // mqtt.js leaves Nagle on, and writes a PUBLISH in pieces: without this each command waits ~40 ms for a delayed ACK.
    ;(client.stream as Socket).setNoDelay(options.noDelay ?? true)
    client.on('message', (_topic, payload) => this.onReply(payload))
    // The broker vanishing under kill -9 is expected; what was lost is settled by drop().
    client.on('error', () => undefined)
    this.client = client
    await client.subscribeAsync(this.topics.reply(this.device), { qos: 1 })
  }

  /**
   * Sends a command and waits for its answer, or for drop(). A fresh request id unless `req` is given:
   * a device resending a command whose answer it never saw sends it with the same id (docs/mqtt.md).
   */
  request(command: Record<string, unknown>, req: string = randomUUID()): Promise<Outcome> {
    const client = this.client
    if (!client) return Promise.resolve('lost')
    const outcome = new Promise<Outcome>((resolve) => this.pending.set(req, resolve))
    // The PUBACK does not matter: only the answer on the reply topic acknowledges.
    client.publish(this.topics.command(this.device), JSON.stringify({ ...command, req }), { qos: 1 }, (err) => {
      if (err) this.settle(req, 'lost')
    })
    return outcome
  }

  private onReply(raw: Buffer): void {
    const answer = JSON.parse(raw.toString('utf8')) as Answer
    this.settle(answer.req, answer)
  }

  private settle(req: string, outcome: Outcome): void {
    const resolve = this.pending.get(req)
    if (!resolve) return
    this.pending.delete(req)
    resolve(outcome)
  }

  /** Every request still waiting ends as 'lost', and the connection is closed at once. Safe twice. */
  drop(): void {
    for (const req of [...this.pending.keys()]) this.settle(req, 'lost')
    const client = this.client
    this.client = undefined
    client?.end(true)
  }
}

/**
 * The devices of one life of a hub, by id: connected together to its port,
 * dropped together when it is stopped or killed. send() is for a test in
 * which every command must be answered: a lost one fails it.
 */
export class DeviceSet {
  private devices = new Map<string, MqttDevice>()

  constructor(
    private readonly ids: readonly string[],
    private readonly site: string,
  ) {}

  async connect(port: number): Promise<void> {
    this.devices = new Map(this.ids.map((id) => [id, new MqttDevice(id, this.site)]))
    await Promise.all([...this.devices.values()].map((device) => device.connect(port)))
  }

  drop(): void {
    for (const device of this.devices.values()) device.drop()
  }

  /** Sends `payload` with its own `req`, as a device resending a command does. */
  async send(device: string, payload: Record<string, unknown>): Promise<Answer> {
    const outcome = await this.devices.get(device)!.request(payload, payload.req as string)
    if (outcome === 'lost') throw new Error(`${device} ${JSON.stringify(payload)}: no answer`)
    return outcome
  }
}
