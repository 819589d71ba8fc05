/**
 * `qms run`: start the appliance and keep it running until SIGINT or
 * SIGTERM; then stop in order (journal synced and closed last). A second
 * signal during shutdown is ignored rather than cutting the shutdown short.
 */
import { PassThrough } from 'node:stream'
import { Appliance } from '../app.ts'
import { ConfigError, loadConfig } from '../config/load.ts'
import { createLogger } from '../log.ts'
import { FrontPanel } from '../panel/front-panel.ts'
import { HeadlessConsole } from '../panel/headless-console.ts'
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
  const t0 = performance.now()
  const panelOn = options.panel && process.stdin.isTTY && process.stdout.isTTY
  const panelLog = panelOn ? new PassThrough() : undefined
  const logger = await createLogger({ pretty: panelOn || process.stdout.isTTY, destination: panelLog })
  // Under systemd (Type=notify): READY once started, watchdog pings, STOPPING at shutdown.
  const systemd = new SystemdNotifier({ logger: logger.child({ module: 'systemd' }) })

  let config
  try {
    config = await loadConfig(options.configFile, options.board)
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    logger.fatal({ problems: err.problems }, err.message)
    return 1
  }

  const app = new Appliance({ config, dataDir: options.dataDir, logger })
  const panel = panelOn && panelLog ? new FrontPanel(config, app, panelLog) : undefined
  const headless = panel ? undefined : new HeadlessConsole(app, logger.child({ module: 'console' }), options.keysStdin ? process.stdin : undefined)

  let exitCode = 0
  let shuttingDown = false
  const done = new Promise<void>((resolve) => {
    const shutdown = (reason: string, code: number) => {
      if (shuttingDown) {
        logger.warn({ reason }, 'already shutting down')
        return
      }
      shuttingDown = true
      exitCode = code
      logger.info({ reason }, 'shutting down')
      void systemd.stopping()
      panel?.stop()
      headless?.stop()
      app.stop().then(resolve, (err: Error) => {
        logger.error({ err: err.message }, 'shutdown failed')
        exitCode = 1
        resolve()
      })
    }
    process.on('SIGINT', () => shutdown('SIGINT', 0))
    process.on('SIGTERM', () => shutdown('SIGTERM', 0))
    panel?.on('quit', () => shutdown('quit key', 0))
    app.on('fatal', (err) => shutdown(`fatal: ${err.message}`, 1))
  })

  try {
    await app.start()
  } catch (err) {
    if (shuttingDown) {
      // A signal during start-up: stop what started, as for any shutdown.
      await done
      logger.info('stopped')
      return exitCode
    }
    logger.fatal({ err: (err as Error).message }, 'start failed')
    await app.stop()
    return 1
  }
  logger.info({ ms: Math.round(performance.now() - t0), port: app.broker?.port ?? config.hub.broker.port, websocketPort: app.broker?.websocketPort, board: config.board.id }, 'ready')
  await systemd.ready(`ready: board ${config.board.id}`)
  panel?.start()
  headless?.start()
  await done
  logger.info('stopped')
  return exitCode
}
