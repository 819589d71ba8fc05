/**
 * One board of a multi-board site as its own process: `dist/qms.mjs run
 * --board ID --no-panel --keys-stdin`, exactly as the board runs it, with
 * its simulated buttons pressed through stdin and what its simulated devices
 * print, show and say read back from its JSON log lines.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { createInterface } from 'node:readline'
import { QMS_BUNDLE } from './hub-process.ts'

export type LogEntry = Record<string, unknown> & { msg?: string }

export class BoardProcess extends EventEmitter<{ entry: [entry: LogEntry] }> {
  /** Every log line so far, parsed. */
  readonly entries: LogEntry[] = []
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  private readonly child: ChildProcess

  constructor(
    readonly board: string,
    configFile: string,
    dataDir: string,
    /** Added to this process's environment (e.g. ALSA_CONFIG_PATH for the announcer's aplay). */
    env: Record<string, string> = {},
  ) {
    super()
    this.child = spawn(QMS_BUNDLE, ['run', '--config', configFile, '--data', dataDir, '--board', board, '--no-panel', '--keys-stdin'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, QMS_LOG_LEVEL: 'info', ...env },
    })
    this.exited = new Promise((resolve) => this.child.once('exit', (code, signal) => resolve({ code, signal })))
    const read = (line: string) => {
      let entry: LogEntry
      try {
        entry = JSON.parse(line) as LogEntry
      } catch {
        entry = { msg: line }
      }
      this.entries.push(entry)
      this.emit('entry', entry)
    }
    createInterface({ input: this.child.stdout! }).on('line', read)
    createInterface({ input: this.child.stderr! }).on('line', read)
  }

  /** Resolves with the first entry, past or future, that `match` accepts; rejects after `timeoutMs` with the board's last lines. */
  waitFor(match: (entry: LogEntry) => boolean, timeoutMs = 20_000, from = 0): Promise<LogEntry> {
    const seen = this.entries.slice(from).find(match)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.off('entry', listener)
        reject(new Error(`${this.board}: nothing matched in ${timeoutMs} ms; last lines:\n${this.entries.slice(-15).map((e) => JSON.stringify(e)).join('\n')}`))
      }, timeoutMs)
      const listener = (entry: LogEntry) => {
        if (!match(entry)) return
        clearTimeout(timer)
        this.off('entry', listener)
        resolve(entry)
      }
      this.on('entry', listener)
    })
  }

  ready(): Promise<LogEntry> {
    return this.waitFor((e) => e.msg === 'ready', 30_000)
  }

  press(input: string, key: string): void {
    this.child.stdin!.write(`press ${input} ${key}\n`)
  }

  /** SIGHUP, as `systemctl reload qms` sends it: the board reloads its config file. */
  reload(): void {
    this.child.kill('SIGHUP')
  }

  get pid(): number {
    return this.child.pid!
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null
  }

  kill(): Promise<unknown> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL')
    return this.exited
  }

  stop(): Promise<unknown> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGTERM')
    return this.exited
  }
}
