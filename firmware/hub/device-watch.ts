/**
 * Which of the site's devices are online: every device keeps a retained
 * health message (its last will says offline). The hub folds them into one
 * retained `state/devices` — each configured device, online or missing — for
 * the front panel, displays and staff; a device that goes missing is logged.
 */
import { EventEmitter } from 'node:events'
import type { Logger } from 'pino'
import type { BusClient } from '../bus/client.ts'
import type { Device } from '../bus/devices.ts'
import type { DeviceHealth, DevicesState } from '../contract/states.ts'
import type { Topics } from '../bus/topics.ts'

export type { DevicesState } from '../contract/states.ts'

export class DeviceWatch extends EventEmitter<{ change: [state: DevicesState] }> {
  private readonly health = new Map<string, DeviceHealth>()
  private queued = false
  private stopped = false
  state: DevicesState = { devices: [], missing: [] }

  constructor(
    private readonly bus: BusClient,
    private readonly topics: Topics,
    private readonly devices: Device[],
    private readonly logger: Logger,
  ) {
    super()
  }

  async start(): Promise<void> {
    const refused = (_payload: unknown, _problems: string[], topic: string) =>
      this.logger.warn({ topic }, 'ignored a health message that does not say which device and whether it is online')
    await this.bus.subscribe(
      'deviceHealth',
      this.topics.deviceHealthAll,
      (health, topic) => {
        // The subscription outlives stop(): the goodbyes of a shutdown are nobody's business then.
        if (this.stopped) return
        const id = topic.slice(topic.lastIndexOf('/') + 1)
        if (health.device !== id) {
          this.logger.warn(
            { topic },
            'ignored a health message that does not say which device and whether it is online',
          )
          return
        }
        const before = this.health.get(id)
        this.health.set(id, health)
        if (before?.online && !health.online) {
          if (health.stopped) this.logger.info({ device: id }, 'device stopped')
          else this.logger.warn({ device: id }, 'device went offline')
        }
        this.schedule()
      },
      refused,
    )
    this.schedule()
  }

  private schedule(): void {
    if (this.queued) return
    this.queued = true
    // Retained messages arrive in a burst after a restart: publish once for all of them.
    setImmediate(() => {
      this.queued = false
      if (!this.stopped) this.publish()
    })
  }

  private publish(): void {
    const devices = this.devices.map((d) => ({
      ...(this.health.get(d.id) ?? { device: d.id, online: false }),
      role: d.role,
      board: d.board,
    }))
    this.state = { devices, missing: devices.filter((d) => !d.online).map((d) => d.device) }
    this.emit('change', this.state)
    this.bus
      .publish('devicesState', this.topics.devicesState, this.state)
      .catch((err: Error) => this.logger.warn({ err }, 'could not publish the devices state'))
  }

  stop(): void {
    this.stopped = true
    this.removeAllListeners()
  }
}
