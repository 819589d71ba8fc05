/**
 * Puts `state/config` on the bus, retained: which config the hub runs (hash
 * and bundle revision), how the last USB import ended (the file
 * `qms usb-import` leaves, site/bundle/import-outcome.ts) and how the last reload
 * ended. Published at start — the appliance starts anew after each reload,
 * so that is after every reload too — and when a reload is refused while
 * this config keeps running.
 */
import type { Logger } from 'pino'
import type { BusClient } from '../bus/client.ts'
import type { ConfigState, ImportOutcome, ReloadReport } from '../contract/config-state.ts'
import type { Topics } from '../bus/topics.ts'
import { readImportOutcome } from '../site/bundle/import-outcome.ts'

export interface ConfigStateBusOptions {
  bus: BusClient
  topics: Topics
  site: string
  hash: string
  revision: number | null
  /** Where `qms usb-import` leaves last-import.json. */
  configDir: string
  /** How the reload that started this config ended, if one did. */
  reload?: ReloadReport
  logger: Logger
}

export class ConfigStateBus {
  private reload: ReloadReport | null

  constructor(private readonly options: ConfigStateBusOptions) {
    this.reload = options.reload ?? null
  }

  async start(): Promise<void> {
    await this.publish()
  }

  /** A reload that left this config running (refused, or the file unchanged): republished with the last import. */
  async reloadEnded(report: ReloadReport): Promise<void> {
    this.reload = report
    await this.publish()
  }

  private async lastImport(): Promise<ImportOutcome | null> {
    try {
      return (await readImportOutcome(this.options.configDir)) ?? null
    } catch (err) {
      // A damaged file is no reason to stop the queue; the log names it.
      this.options.logger.warn({ err }, 'the last import outcome cannot be read')
      return null
    }
  }

  private async publish(): Promise<void> {
    const { bus, topics, site, hash, revision, logger } = this.options
    const state: ConfigState = { site, config: hash, revision, import: await this.lastImport(), reload: this.reload }
    await bus.publish('configState', topics.configState, state)
    logger.info(
      {
        revision,
        import: state.import?.outcome,
        importRevision: state.import?.revision,
        refusal: state.import?.refusal,
        reload: state.reload?.outcome,
      },
      'config state published',
    )
  }

  stop(): void {}
}
