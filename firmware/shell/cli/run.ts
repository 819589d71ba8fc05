/**
 * `qms run`: start the appliance and keep it running until SIGINT or
 * SIGTERM; then stop in order (journal synced and closed last). A second
 * signal during shutdown is ignored rather than cutting the shutdown short.
 * SIGHUP (`systemctl reload qms`) reloads the config file in-process
 * (shell/service/live-appliance.ts): the queue is kept, the process is not restarted.
 */
import type { Logger } from 'pino'
import type { Appliance } from '../app.ts'
import { loadRunningConfig, type RunningConfig } from '../../site/bundle/running-config.ts'
import { ConfigError } from '../../site/config/load.ts'
import { systemZones } from '../../time/system-zone.ts'
import type { TimeZones } from '../../time/local-time.ts'
import type { SiteConfig } from '../../site/config/schema.ts'
import { createLogger } from '../log.ts'
import { DataFolderError, lockDataFolder, probeDataFolder, removeStaleTemps } from '../service/data-folder.ts'
import type { PidLock } from '../../journal/pid-lock.ts'
import { FrontPanel } from '../panel/front-panel.ts'
import { PanelLog } from '../panel/panel-log.ts'
import { HeadlessConsole } from '../panel/headless-console.ts'
import { leanHeap } from '../service/lean-heap.ts'
import { LiveAppliance } from '../service/live-appliance.ts'
import { SystemdNotifier } from '../service/systemd-notify.ts'

export interface RunOptions {
  configFile: string
  dataDir: string
  panel: boolean
  /** Which board of a multi-board site this is; may be left out for a one-board site. */
  board?: string
  /** Headless: lines on stdin press the simulated buttons (headless-console.ts). */
  keysStdin?: boolean
}

export async function runCommand(options: RunOptions): Promise<number> {
  const panelOn = options.panel && process.stdin.isTTY && process.stdout.isTTY
  const panelLog = panelOn ? new PanelLog() : undefined
  const code = await runWithLog(options, panelLog)
  // The panel's log pane was the only place the reason went: say it on the terminal it gave back.
  if (panelLog && code !== 0)
    process.stderr.write(
      `qms run stopped (exit ${code}); the last log lines:\n${panelLog
        .lastLines(20)
        .map((l) => `  ${l}\n`)
        .join('')}`,
    )
  return code
}

async function runWithLog(options: RunOptions, panelLog: PanelLog | undefined): Promise<number> {
  const t0 = performance.now()
  const logger = await createLogger({ pretty: panelLog !== undefined || process.stdout.isTTY, destination: panelLog })
  // Under systemd (Type=notify): READY once started, watchdog pings, STOPPING at shutdown.
  const systemd = new SystemdNotifier({ logger: logger.child({ module: 'systemd' }) })
  // Before the config is checked: checking the time zone is the first use of local time.
  const zones = systemZones(logger.child({ module: 'time-zone' }))

  let running: RunningConfig
  try {
    running = await loadRunningConfig(options.configFile, zones, options.board)
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    logger.fatal({ problems: err.problems }, err.message)
    return 1
  }

  const { boards, board } = running.config
  if (options.board === undefined && boards.length > 1) {
    logger.info(
      `no --board given: this runs board "${board.id}", the hub's; this site's boards are ${boards.map((b) => b.id).join(', ')} (\`--board ID\` runs another)`,
    )
  }
  const folder = await takeDataFolder(options.dataDir, running.config.board.roles.includes('hub'), logger)
  if (typeof folder === 'number') return folder
  try {
    return await runAppliance(options, running, { logger, systemd, t0, zones, ...(panelLog ? { panelLog } : {}) })
  } finally {
    await folder.release()
  }
}

/**
 * Before anything reads the journal: the data folder is locked for the
 * process's lifetime, and on the hub's board cleaned of stale temp files
 * and probed (shell/service/data-folder.ts). The lock, or the exit code.
 */
async function takeDataFolder(dataDir: string, hub: boolean, logger: Logger): Promise<PidLock | number> {
  let lock: PidLock | undefined
  try {
    lock = await lockDataFolder(dataDir, 'qms run')
    if (hub) {
      await removeStaleTemps(dataDir, logger.child({ module: 'data-folder' }))
      const folders = await probeDataFolder(dataDir)
      logger.debug({ folders }, 'data folder locked and writable')
    }
    return lock
  } catch (err) {
    await lock?.release()
    if (!(err instanceof DataFolderError)) throw err
    logger.fatal({ dataDir, exitCode: err.exitCode }, err.message)
    return err.exitCode
  }
}

/** What runCommand made before the appliance: the logger (into the front panel's log pane when there is one). */
interface RunParts {
  logger: Logger
  systemd: SystemdNotifier
  t0: number
  zones: TimeZones
  panelLog?: PanelLog
}

async function runAppliance(
  options: RunOptions,
  running: RunningConfig,
  { logger, systemd, t0, zones, panelLog }: RunParts,
): Promise<number> {
  const live = new LiveAppliance({
    configFile: options.configFile,
    dataDir: options.dataDir,
    logger,
    running,
    zones,
    ...(options.board ? { board: options.board } : {}),
  })
  let exitCode = 0
  let shuttingDown = false
  let shutdown: (reason: string, code: number) => void = () => undefined

  /** The front panel, or the headless console, of the appliance that runs now. */
  const front = (app: Appliance, config: SiteConfig) => {
    if (panelLog) {
      const panel = new FrontPanel(config, app, panelLog)
      panel.on('quit', () => shutdown('quit key', 0))
      panel.on('closed', () => shutdown('the terminal closed', 0))
      return panel
    }
    return new HeadlessConsole(app, logger.child({ module: 'console' }), options.keysStdin ? process.stdin : undefined)
  }
  let face = front(live.app, running.config)
  let ready = false
  live.on('swapped', (app, next) => {
    face.stop()
    face = front(app, next.config)
    if (ready) face.start()
  })

  const done = new Promise<void>((resolve) => {
    shutdown = (reason: string, code: number) => {
      if (shuttingDown) {
        logger.warn({ reason }, 'already shutting down')
        return
      }
      shuttingDown = true
      exitCode = code
      logger.info({ reason }, 'shutting down')
      void systemd.stopping()
      face.stop()
      live.stop().then(resolve, (err: Error) => {
        logger.error({ err }, 'shutdown failed')
        exitCode = 1
        resolve()
      })
    }
    process.on('SIGINT', () => shutdown('SIGINT', 0))
    process.on('SIGTERM', () => shutdown('SIGTERM', 0))
    live.on('fatal', (err) => shutdown(`fatal: ${err.message}`, 1))
  })
  // Without a handler SIGHUP would end the process; with it, a reload waits for the start. Under the
  // front panel too it reloads, as `qms --help` says: the panel notices the terminal closing by its
  // keyboard ending (FrontPanel's 'closed'). Headless at a terminal nothing reads the keyboard, so
  // there SIGHUP still means the terminal closed, and the appliance stops.
  process.on('SIGHUP', () => {
    if (shuttingDown) return
    if (!panelLog && (process.stdin.isTTY || process.stdout.isTTY)) return shutdown('SIGHUP: the terminal closed', 0)
    void (async () => {
      await systemd.reloading()
      const report = await live.reload().catch((err: Error) => ({ outcome: 'refused', problems: [err.message] }))
      await systemd.ready(
        `${report.outcome === 'reloaded' ? 'config reloaded' : `config reload ${report.outcome}`}: board ${live.running.config.board.id}`,
      )
    })()
  })

  try {
    await live.start()
  } catch (err) {
    if (shuttingDown) {
      // A signal during start-up: stop what started, as for any shutdown.
      await done
      logger.info('stopped')
      return exitCode
    }
    logger.fatal({ err }, 'start failed')
    await live.stop()
    return 1
  }
  const { app } = live
  const { config } = running
  logger.info(
    {
      ms: Math.round(performance.now() - t0),
      port: app.broker?.port ?? config.hub.broker.port,
      websocketPort: app.broker?.websocketPort,
      board: config.board.id,
      revision: running.revision,
    },
    'ready',
  )
  await systemd.ready(`ready: board ${config.board.id}`)
  ready = true
  leanHeap()
  face.start()
  await done
  logger.info('stopped')
  return exitCode
}
