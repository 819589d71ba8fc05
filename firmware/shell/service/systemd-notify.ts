/**
 * Tells systemd how the service is doing (Type=notify), without a native
 * addon: each message is one run of `systemd-notify` (so the unit needs
 * NotifyAccess=all, as the sender is a child). READY=1 once started,
 * WATCHDOG=1 at half of WatchdogSec for as long as the event loop turns
 * (a stuck loop sends nothing and systemd restarts the service),
 * RELOADING=1 then READY=1 around a reload, STOPPING=1 at shutdown. Outside systemd (no NOTIFY_SOCKET) it does nothing.
 *
 * systemd-notify (v246+) waits until systemd has read the message (BARRIER=1),
 * so the message is not lost when the child exits first; a run that hangs is
 * killed after `timeoutMs` and logged.
 */
import { execFile } from 'node:child_process'
import type { Logger } from 'pino'

export interface NotifyOptions {
  logger: Logger
  /** Default: process.env. NOTIFY_SOCKET, WATCHDOG_USEC and WATCHDOG_PID are read from it. */
  env?: NodeJS.ProcessEnv
  /** Default: `systemd-notify` on PATH. */
  command?: string
  /** Default 5000. */
  timeoutMs?: number
}

export class SystemdNotifier {
  private watchdog?: NodeJS.Timeout
  private readonly env: NodeJS.ProcessEnv

  constructor(private readonly options: NotifyOptions) {
    this.env = options.env ?? process.env
  }

  /** Under systemd with Type=notify. */
  get enabled(): boolean {
    return Boolean(this.env.NOTIFY_SOCKET)
  }

  /** Half of WatchdogSec in ms, when systemd asks this process for pings (sd_watchdog_enabled(3)). */
  get watchdogIntervalMs(): number | undefined {
    const usec = Number(this.env.WATCHDOG_USEC)
    if (!this.enabled || !Number.isSafeInteger(usec) || usec <= 0) return undefined
    if (this.env.WATCHDOG_PID !== undefined && Number(this.env.WATCHDOG_PID) !== process.pid) return undefined
    return Math.max(1, Math.floor(usec / 2000))
  }

  /** READY=1 with a status line, then the watchdog pings begin. */
  ready(status: string): Promise<void> {
    const interval = this.watchdogIntervalMs
    if (interval !== undefined && !this.watchdog) {
      this.watchdog = setInterval(() => void this.send(['WATCHDOG=1']), interval)
      this.watchdog.unref()
    }
    return this.send(['--ready', `--status=${status}`])
  }

  /**
   * RELOADING=1 when a reload (SIGHUP) begins; READY=1 (ready()) ends it. MONOTONIC_USEC
   * is CLOCK_MONOTONIC, which process.hrtime reads on Linux; systemd ≥ 253 asks for it (sd_notify(3)).
   */
  reloading(): Promise<void> {
    return this.send(['RELOADING=1', `MONOTONIC_USEC=${process.hrtime.bigint() / 1000n}`])
  }

  /** STOPPING=1; the pings stop. Safe twice. */
  stopping(): Promise<void> {
    this.stop()
    return this.send(['STOPPING=1'])
  }

  stop(): void {
    clearInterval(this.watchdog)
    this.watchdog = undefined
  }

  private send(args: string[]): Promise<void> {
    if (!this.enabled) return Promise.resolve()
    const { logger, command = 'systemd-notify', timeoutMs = 5000 } = this.options
    return new Promise((resolve) => {
      execFile(command, args, { env: this.env, timeout: timeoutMs }, (err) => {
        if (err) logger.warn({ err, args }, 'systemd-notify failed')
        resolve()
      })
    })
  }
}
