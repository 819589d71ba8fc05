/**
 * The hub's side of call points, started when the site has any: the SMS
 * modem, the notifier, the retained open incidents, and the modem's health
 * where staff see it (the hub's device health, retained `state/modem`, and
 * `alert/sms` for every text that did not go out).
 */
import type { Logger } from 'pino'
import type { EngineConfig, Event } from '../core/index.ts'
import type { BusClient } from '../bus/client.ts'
import type { Topics } from '../bus/topics.ts'
import type { TopicName, TopicPayload } from '../contract/topic-map.ts'
import type { ModemHealth, SmsModem } from '../drivers/modem/modem.ts'
import type { Words } from '../language/messages/words.ts'
import type { Hub } from './hub.ts'
import { IncidentNotifier } from './incident-notifier.ts'
import { IncidentState } from './incident-state.ts'

export interface CallPointHubOptions {
  hub: Hub
  bus: BusClient
  topics: Topics
  engine: EngineConfig
  /** Absent when the site configures no modem: texts are journaled as not sent. */
  modem?: SmsModem
  device: string
  /** The staff's language, for the SMS texts. */
  words: Words
  logger: Logger
}

const MODEM_RETRY_MS = 30_000

export class CallPointHub {
  private retry?: NodeJS.Timeout
  private readonly notifier: IncidentNotifier
  private readonly state: IncidentState
  private readonly onHealth = (health: ModemHealth) => this.health(health)
  private readonly onDurable = (events: Event[]) => {
    for (const e of events)
      if (e.type === 'incident.notified' && !e.delivered)
        void this.send('smsAlert', this.options.topics.alert('sms'), e)
  }

  constructor(private readonly options: CallPointHubOptions) {
    const { hub, modem, engine, device, words, logger, bus, topics } = options
    this.notifier = new IncidentNotifier({
      hub,
      engine,
      device,
      words,
      logger: logger.child({ module: 'incidents:notify' }),
      ...(modem ? { modem } : {}),
    })
    this.state = new IncidentState(hub, bus, topics, logger)
  }

  async start(): Promise<void> {
    const { modem, hub, logger } = this.options
    hub.on('durable', this.onDurable)
    if (modem) {
      modem.on('health', this.onHealth)
      await this.startModem(modem, logger)
    }
    await this.notifier.start()
    await this.state.start()
  }

  /** Calls still work without SMS (journaled as undelivered, shown as a problem); the modem is tried again every 30 s. */
  private async startModem(modem: SmsModem, logger: Logger): Promise<void> {
    try {
      await modem.start()
      void modem.health()
    } catch (err) {
      logger.error({ err, modem: modem.name }, 'SMS modem did not start; trying again in 30 s')
      this.health({
        ok: false,
        sim: 'unknown',
        registered: false,
        problem: `the modem did not start: ${(err as Error).message}`,
      })
      this.retry = setTimeout(() => void this.startModem(modem, logger), MODEM_RETRY_MS)
      this.retry.unref()
    }
  }

  private health(health: ModemHealth): void {
    this.options.bus.reportProblems(health.ok ? [] : [`SMS modem: ${health.problem ?? 'not ready'}`])
    void this.send('modemState', this.options.topics.modemState, health)
  }

  private async send<K extends TopicName>(name: K, topic: string, payload: TopicPayload<K>): Promise<void> {
    try {
      await this.options.bus.publish(name, topic, payload)
    } catch (err) {
      this.options.logger.warn({ topic, err }, 'publish failed')
    }
  }

  async stop(): Promise<void> {
    clearTimeout(this.retry)
    this.options.hub.off('durable', this.onDurable)
    this.options.modem?.off('health', this.onHealth)
    this.state.stop()
    await this.notifier.stop()
    await this.options.modem?.stop()
  }
}
