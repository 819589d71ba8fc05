/**
 * A board with call points: buttons (GPIO through the input drivers, or
 * simulated) become incident commands by each point's gestures; the retained
 * `state/incidents` says which calls are open, so the same hold calls or asks
 * again and the lamps show each point's call (blinking: called, lit: someone
 * is coming, off).
 */
import type { Logger } from 'pino'
import type { OpenIncident } from '../../core/index.ts'
import type { BusClient } from '../../bus/client.ts'
import type { Topics } from '../../bus/topics.ts'
import type { ButtonLamps, InputDevice } from '../../drivers/input/input.ts'
import { commandForPress, readKey, type Gestures } from './call-point-keys.ts'

export interface CallPointRoleOptions {
  /** The board's points and what each gesture there does (gesturesOf). */
  points: Map<string, Gestures>
  input: InputDevice & Partial<ButtonLamps>
  bus: BusClient
  topics: Topics
  logger: Logger
}

export class CallPointRole {
  private open = new Map<string, OpenIncident[]>()
  private readonly onPress = (key: string) => void this.pressed(key, false)
  private readonly onLongPress = (key: string) => void this.pressed(key, true)

  constructor(private readonly options: CallPointRoleOptions) {}

  async start(): Promise<void> {
    await this.options.bus.subscribe('incidentsState', this.options.topics.incidentsState, ({ incidents }) =>
      this.incidents(incidents),
    )
    await this.options.input.start()
    this.options.input.on('press', this.onPress)
    this.options.input.on('longPress', this.onLongPress)
  }

  /** The retained list from the hub (the bus client refuses anything else with a log line). */
  private incidents(list: OpenIncident[]): void {
    const mine = new Map<string, OpenIncident[]>()
    for (const i of list) if (this.options.points.has(i.point)) mine.set(i.point, [...(mine.get(i.point) ?? []), i])
    this.open = mine
    for (const point of this.options.points.keys()) {
      const incident = mine.get(point)?.find((i) => !i.complaint)
      this.options.input.setLamp?.(point, !incident ? 'off' : incident.acknowledgedAt === undefined ? 'blink' : 'on')
    }
  }

  private async pressed(key: string, long: boolean): Promise<void> {
    const { point, button } = readKey(key)
    const gestures = this.options.points.get(point)
    if (!gestures) return void this.options.logger.warn({ key }, 'a key that is no call point of this board')
    const command = commandForPress({ point, button, long }, gestures, this.open.get(point) ?? [])
    if (!command) return
    const answer = await this.options.bus.request(command)
    if (answer.status === 'error') this.options.logger.info({ point, code: answer.error.code }, answer.error.message)
    else this.options.logger.info({ point, command: command.type }, 'call point')
  }

  async stop(): Promise<void> {
    this.options.input.off('press', this.onPress)
    this.options.input.off('longPress', this.onLongPress)
    await this.options.input.stop()
  }
}
