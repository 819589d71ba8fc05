/**
 * The appliance of `qms run`, with its config swapped in-process on a
 * reload (SIGHUP, `systemctl reload qms`): the file is read again and
 * checked (shell/service/reload-check.ts); if it changed and may run, every role
 * stops and starts again with it — the hub recovers its journal, so the
 * queue, its numbering and the request memory are kept — without the
 * process restarting. A file that cannot run leaves the running config as
 * it is, and says why. Either way the outcome is logged and, on the hub's
 * board, published on `state/config`.
 */
import { EventEmitter } from 'node:events'
import type { Logger } from 'pino'
import { Appliance } from '../app.ts'
import type { RunningConfig } from '../../site/bundle/running-config.ts'
import type { ReloadReport } from '../../contract/config-state.ts'
import type { TimeZones } from '../../time/local-time.ts'

export interface LiveApplianceOptions {
  configFile: string
  board?: string
  dataDir: string
  logger: Logger
  /** The config loaded at start. */
  running: RunningConfig
  clock?: () => number
  /** The command's time zones, for every appliance it runs and every reload check. */
  zones: TimeZones
}

export interface LiveApplianceEvents {
  /** A new Appliance runs (front panels re-attach to it). */
  swapped: [app: Appliance, running: RunningConfig]
  fatal: [error: Error]
}

export class LiveAppliance extends EventEmitter<LiveApplianceEvents> {
  app: Appliance
  running: RunningConfig
  /** Reloads run one after another: a second SIGHUP during a reload reads the file again after it. */
  private queue: Promise<unknown> = Promise.resolve()
  private stopped = false
  private starting?: Promise<void>
  private started = false
  private readonly logger: Logger

  constructor(private readonly options: LiveApplianceOptions) {
    super()
    this.running = options.running
    this.logger = options.logger.child({ module: 'reload' })
    this.app = this.make(options.running)
  }

  private get clock(): () => number {
    return this.options.clock ?? Date.now
  }

  private make(running: RunningConfig, reload?: ReloadReport): Appliance {
    const { dataDir, logger, clock, zones } = this.options
    const app = new Appliance({
      config: running.config,
      dataDir,
      logger,
      zones,
      revision: running.revision,
      ...(reload ? { reload } : {}),
      ...(clock ? { clock } : {}),
    })
    app.on('fatal', (err) => this.emit('fatal', err))
    return app
  }

  start(): Promise<void> {
    this.starting = this.app.start().then(() => {
      this.started = true
    })
    return this.starting
  }

  reload(): Promise<ReloadReport> {
    const next = this.queue.then(() => this.reloadOnce())
    this.queue = next.catch(() => undefined)
    return next
  }

  private async reloadOnce(): Promise<ReloadReport> {
    const at = this.clock()
    const { configFile, board, dataDir, zones } = this.options
    // A SIGHUP during start-up is taken once the appliance has started.
    await this.starting?.catch(() => undefined)
    if (this.stopped || !this.started)
      return {
        outcome: 'refused',
        at,
        problems: [this.stopped ? 'the appliance is shutting down' : 'the appliance did not start'],
      }
    this.logger.info({ file: configFile }, 'reloading the config')
    // Loaded at the first reload: the checks (journal peek, dry run) are no part of a start.
    const { checkReloadFile, queueRefusals } = await import('./reload-check.ts')
    const check = await checkReloadFile(configFile, board, this.running, zones)
    if (check.kind === 'unchanged') return this.kept({ outcome: 'unchanged', at, problems: [] })
    if (check.kind === 'refused') return this.kept({ outcome: 'refused', at, problems: check.problems })
    const { next } = check
    const before = await queueRefusals(this.running.config, next.config, dataDir, at, zones)
    if (before.length > 0) return this.kept({ outcome: 'refused', at, problems: before })

    await this.app.stop()
    // Checked again on the stopped journal: a ticket may have been issued since the first look.
    const after = await queueRefusals(this.running.config, next.config, dataDir, this.clock(), zones)
    if (after.length > 0) return this.restart(this.running, { outcome: 'refused', at, problems: after })
    try {
      await this.begin(next, { outcome: 'reloaded', at, problems: [] })
    } catch (err) {
      this.logger.error({ err }, 'the new config did not start; starting the previous one again')
      return this.restart(this.running, {
        outcome: 'reverted',
        at,
        problems: [`the new config did not start: ${(err as Error).message}`],
      })
    }
    const was = this.running
    this.running = next
    this.logger.info(
      {
        revision: next.revision,
        was: was.revision,
        config: next.hash,
        port: this.app.broker?.port,
        services: next.config.services.map((s) => s.id),
      },
      'config reloaded: the roles run the new config, the queue is kept',
    )
    return { outcome: 'reloaded', at, problems: [] }
  }

  /** The running config stays: the outcome is logged and published. */
  private async kept(report: ReloadReport): Promise<ReloadReport> {
    if (report.outcome === 'unchanged') this.logger.info('the config file is unchanged: nothing to reload')
    else this.logger.warn({ problems: report.problems }, 'config reload refused; the running config stays')
    await this.app.configState
      ?.reloadEnded(report)
      .catch((err: Error) => this.logger.warn({ err }, 'the reload outcome was not published'))
    return report
  }

  /** After a refusal found once stopped, or a failed start: the running config again, with the reason published. */
  private async restart(running: RunningConfig, report: ReloadReport): Promise<ReloadReport> {
    this.logger.warn(
      { outcome: report.outcome, problems: report.problems },
      'config reload not taken; the running config starts again',
    )
    try {
      await this.begin(running, report)
    } catch (err) {
      // Nothing runs now: systemd restarts the process (Restart=on-failure), which recovers the journal.
      this.emit('fatal', new Error(`the running config did not start again after a reload: ${(err as Error).message}`))
      throw err
    }
    return report
  }

  private async begin(running: RunningConfig, report: ReloadReport): Promise<void> {
    const app = this.make(running, report)
    this.app = app
    try {
      await app.start()
    } catch (err) {
      await app.stop()
      throw err
    }
    this.emit('swapped', app, running)
  }

  /** Waits for a reload under way, then stops the appliance. Safe twice. */
  async stop(): Promise<void> {
    this.stopped = true
    // A start under way is aborted first: a reload waiting for it then finds the appliance stopping.
    if (!this.started) await this.app.stop()
    await this.queue
    await this.app.stop()
  }
}
