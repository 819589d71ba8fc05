/**
 * A one-board site on the built appliance (appliance-process.ts): the board
 * runs the hub and whatever roles the test gives it, its devices on the far
 * ends the test opened (ptys, an ALSA file device). Tickets come from its
 * simulated ticket box over MQTT, as a box on another board would send
 * them; simulated keys are pressed through stdin; retained state is read
 * as a viewer.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import mqtt, { type MqttClient } from 'mqtt'
import { topics } from '../../firmware/bus/topics.ts'
import { ApplianceProcess } from './appliance-process.ts'
import { hubConfigDocument, TEST_PASSWORD, writeHubConfig } from './hub-process.ts'
import { MqttDevice } from './mqtt-device.ts'

export const BOARD = 'box'
const VIEWER = { name: 'watcher', password: 'watcher-password-1' }

/**
 * Services deposits (A001…) and loans (B001…); counters c1, c2, c3 named "1", "2", "3", each serving both.
 * `board` is the board's part of the config beside its id, password and roles; it always has a
 * simulated ticket box, so that `box-dispenser` may issue.
 */
export function oneBoardDocument(
  roles: string[],
  board: Record<string, unknown>,
  site: Record<string, unknown> = {},
): Record<string, any> {
  const doc = hubConfigDocument({ services: ['deposits', 'loans'], counters: ['c1', 'c2', 'c3'], boxes: 0 })
  delete doc.boards
  for (const service of doc.services) Object.assign(service, { digits: 3, range: { from: 1, to: 999 } })
  doc.hub.broker.viewers = [VIEWER]
  doc.board = {
    id: BOARD,
    password: TEST_PASSWORD,
    roles: ['hub', 'dispenser', ...roles],
    dispenser: {
      buttons: [{ service: 'deposits' }, { service: 'loans' }],
      input: { driver: 'simulated' },
      printer: { driver: 'simulated' },
      cooldownMs: 0,
    },
    ...board,
  }
  return { ...doc, ...site }
}

/** The board's process, its simulated keys pressed through stdin (`--keys-stdin`). */
export class SiteBoard extends ApplianceProcess {
  press(input: string, key: string): void {
    this.child.stdin!.write(`press ${input} ${key}\n`)
  }
}

export class OneBoardSite {
  private readonly devices: MqttDevice[] = []
  private viewer?: MqttClient

  private constructor(
    readonly board: SiteBoard,
    readonly port: number,
    readonly site: string,
    private readonly dir: string,
  ) {}

  /** Starts the bundle on this site document and resolves once it logged ready; `env` adds to its environment. */
  static async start(document: Record<string, any>, env: Record<string, string> = {}): Promise<OneBoardSite> {
    const dir = await mkdtemp(join(tmpdir(), 'qms-site-'))
    const configFile = await writeHubConfig(dir, document)
    const board = new SiteBoard({ configFile, dataDir: join(dir, 'data'), board: BOARD, keysStdin: true, env })
    const ready = await board.ready().catch(async (err: Error) => {
      await board.kill()
      throw err
    })
    if (typeof ready.port !== 'number') throw new Error(`ready without a broker port: ${JSON.stringify(ready)}`)
    return new OneBoardSite(board, ready.port, document.site.id, dir)
  }

  /** An MQTT device of this board (`box-dispenser`, `box-callpoint`, …), connected. */
  async device(role: string): Promise<MqttDevice> {
    const device = new MqttDevice(`${BOARD}-${role}`, this.site)
    await device.connect(this.port)
    this.devices.push(device)
    return device
  }

  /** Issues tickets for the service from the board's ticket box, as it would over MQTT; their labels. */
  async issue(service: string, count: number): Promise<string[]> {
    const box = await this.device('dispenser')
    const labels: string[] = []
    for (let i = 0; i < count; i++) {
      const answer = await box.request({ type: 'issue', service })
      if (answer === 'lost' || answer.status !== 'ok') throw new Error(`issue refused: ${JSON.stringify(answer)}`)
      labels.push((answer.data as { ticket: { label: string } }).ticket.label)
    }
    return labels
  }

  /** The first retained or later payload on a topic under the site's root that passes the test. */
  async retained<T>(topic: (t: ReturnType<typeof topics>) => string, test: (payload: T) => boolean): Promise<T> {
    return (await this.watch(topic, test)).payload
  }

  /** Subscribes (the broker has acknowledged once this resolves); `payload` is the first message that passes the test. */
  async watch<T>(
    topic: (t: ReturnType<typeof topics>) => string,
    test: (payload: T) => boolean,
  ): Promise<{ payload: Promise<T> }> {
    this.viewer ??= await mqtt.connectAsync(`mqtt://127.0.0.1:${this.port}`, {
      username: VIEWER.name,
      password: VIEWER.password,
      reconnectPeriod: 0,
    })
    const viewer = this.viewer
    const name = topic(topics(this.site))
    const payload = new Promise<T>((resolve) => {
      const listener = (got: string, raw: Buffer) => {
        if (got !== name) return
        const message = JSON.parse(raw.toString('utf8')) as T
        if (!test(message)) return
        viewer.off('message', listener)
        resolve(message)
      }
      viewer.on('message', listener)
    })
    await viewer.subscribeAsync(name, { qos: 1 })
    return { payload }
  }

  /** Stops the bundle (SIGTERM) and drops its clients and folder. Safe twice. */
  async stop(): Promise<void> {
    for (const device of this.devices.splice(0)) device.drop()
    await this.viewer?.endAsync()
    this.viewer = undefined
    await this.board.stop()
    await rm(this.dir, { recursive: true, force: true })
  }
}
