/**
 * Keeps the retained `state/incidents` true: the open calls, republished
 * after every incident event and once at start, so a call point's lamp or a
 * staff screen that (re)connects knows at once what is open.
 */
import type { Logger } from 'pino'
import type { Event } from '../core/index.ts'
import type { BusClient } from '../bus/client.ts'
import type { Topics } from '../bus/topics.ts'
import type { Hub } from './hub.ts'

export class IncidentState {
  private readonly onDurable = (events: Event[]) => {
    if (events.some((e) => e.type.startsWith('incident.'))) void this.publish()
  }

  constructor(
    private readonly hub: Hub,
    private readonly bus: BusClient,
    private readonly topics: Topics,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    this.hub.on('durable', this.onDurable)
    await this.publish()
  }

  private async publish(): Promise<void> {
    const incidents = Object.values(this.hub.state.incidents?.open ?? {}).sort((a, b) => a.raisedAt - b.raisedAt)
    try {
      await this.bus.publish('incidentsState', this.topics.incidentsState, { incidents })
    } catch (err) {
      this.logger.warn({ err }, 'open incidents not published')
    }
  }

  stop(): void {
    this.hub.off('durable', this.onDurable)
  }
}
