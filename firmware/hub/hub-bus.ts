/**
 * Puts the hub on the bus: commands in from every device's command topic,
 * answers out on its reply topic, then each durable event and the retained
 * state devices resynchronise from after a restart (rule 6).
 */
import type { Logger } from 'pino'
import { recentCalls, ticketView, waitingByService, type EngineConfig, type Event } from '../core/index.ts'
import type { BusClient } from '../bus/client.ts'
import type { Device } from '../bus/devices.ts'
import type { TopicName, TopicPayload } from '../contract/topic-map.ts'
import { permitFor } from './command-rules.ts'
import type { Topics } from '../bus/topics.ts'
import type { Hub } from './hub.ts'

/** How many recent calls the retained `state/calls` carries (the hall display shows up to this). */
const RECENT_CALLS = 8

export interface HubBusOptions {
  hub: Hub
  bus: BusClient
  topics: Topics
  engine: EngineConfig
  /** The site's devices, for what each may command (command-rules.ts). */
  devices: Device[]
  logger: Logger
}

export class HubBus {
  private readonly hub: Hub
  private readonly bus: BusClient
  private readonly topics: Topics
  private readonly engine: EngineConfig
  private readonly logger: Logger
  private readonly dirtyCounters = new Set<string>()
  private flushQueued = false
  private readonly devices: Map<string, Device>
  private readonly onDurable = (events: Event[], seq: number, labels: Record<string, string>) =>
    this.publishEvents(events, seq, labels)

  constructor(options: HubBusOptions) {
    this.hub = options.hub
    this.bus = options.bus
    this.topics = options.topics
    this.engine = options.engine
    this.logger = options.logger
    this.devices = new Map(options.devices.map((d) => [d.id, d]))
  }

  async start(): Promise<void> {
    this.hub.on('durable', this.onDurable)
    // A command the contract refuses is answered too, naming what is wrong (hub/command-payload.ts).
    const onCommand = (payload: unknown, _problems: unknown, topic: string) =>
      void this.answer(payload, topic.slice(topic.lastIndexOf('/') + 1))
    await this.bus.subscribe(
      'command',
      this.topics.commandAll,
      (payload, topic) => onCommand(payload, [], topic),
      onCommand,
    )
    for (const counter of this.engine.counters) this.dirtyCounters.add(counter.id)
    this.flush()
  }

  private async answer(payload: unknown, device: string): Promise<void> {
    const answer = await this.hub.execute(payload, device, permitFor(this.devices.get(device), device))
    if (answer.status === 'error')
      this.logger.info({ device, req: answer.req, error: answer.error.code }, answer.error.message)
    await this.send('reply', this.topics.reply(device), answer)
  }

  private publishEvents(events: Event[], seq: number, labels: Record<string, string>): void {
    for (const event of events) {
      if ('counter' in event) this.dirtyCounters.add(event.counter)
      if (event.type === 'day.started') for (const c of this.engine.counters) this.dirtyCounters.add(c.id)
      // Devices know tickets by label; the event names the ticket by id only.
      const label = 'id' in event && event.id !== undefined ? labels[event.id] : undefined
      void this.send(
        'event',
        this.topics.event(event.type),
        label === undefined ? { seq, ...event } : { seq, ...event, label },
      )
    }
    if (!this.flushQueued) {
      // Coalesce: under load many commands share one retained-state update.
      this.flushQueued = true
      setImmediate(() => this.flush())
    }
  }

  private flush(): void {
    this.flushQueued = false
    const { state } = this.hub
    for (const id of this.dirtyCounters) {
      const counter = state.counters[id]
      const ticket = counter?.current ? state.tickets[counter.current] : undefined
      void this.send('counterState', this.topics.counterState(id), {
        counter: id,
        paused: counter?.paused ?? false,
        ticket: ticket ? ticketView(ticket) : null,
      })
    }
    this.dirtyCounters.clear()
    void this.send('servicesState', this.topics.servicesState, {
      day: state.day,
      services: waitingByService(this.engine, state),
    })
    void this.send('callsState', this.topics.callsState, { day: state.day, calls: recentCalls(state, RECENT_CALLS) })
  }

  private async send<K extends TopicName>(name: K, topic: string, payload: TopicPayload<K>): Promise<void> {
    try {
      await this.bus.publish(name, topic, payload)
    } catch (err) {
      this.logger.warn({ topic, err }, 'publish failed')
    }
  }

  stop(): void {
    this.hub.off('durable', this.onDurable)
  }
}
