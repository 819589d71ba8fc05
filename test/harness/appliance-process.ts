/**
 * The built appliance as a site runs it: `dist/qms.mjs run --config X --data D
 * --no-panel` (with `--board ID` on a multi-board site) as a child process,
 * its JSON log lines parsed and waited on. The test puts the far ends
 * (printer, GPIO tree, tools on PATH) in place before starting it and passes
 * their paths in the config; `env` adds to the environment (PATH for fake
 * tools). Nothing here knows a device class: each test brings its fakes.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { EventEmitter } from 'node:events'
import { existsSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { QMS_BUNDLE } from './hub-process.ts'

export type LogEntry = Record<string, unknown> & { msg?: string }

export interface ApplianceOptions {
  configFile: string
  dataDir: string
  /** Which board of a multi-board site; left out for a one-board config. */
  board?: string
  /** Simulated devices pressed through stdin (`press <input> <key>`). */
  keysStdin?: boolean
  /** Added to this process's environment. QMS_LOG_LEVEL defaults to info. */
  env?: Record<string, string>
  /** Runs the bundle under another command (e.g. a slow core's cgroup, bench/slow-core.ts). */
  prefix?: string[]
}

/** A log entry whose msg is `msg`. */
export const logged = (msg: string) => (e: LogEntry) => e.msg === msg

export class ApplianceProcess extends EventEmitter<{ entry: [entry: LogEntry] }> {
  /** Every log line so far (stdout and stderr), parsed; a line that is not JSON is kept as its msg. */
  readonly entries: LogEntry[] = []
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  protected readonly child: ChildProcess
  readonly name: string

  constructor(options: ApplianceOptions) {
    super()
    if (!existsSync(QMS_BUNDLE)) throw new Error('dist/qms.mjs is missing: run `npm run build` (npm test does)')
    const args = ['run', '--config', options.configFile, '--data', options.dataDir, '--no-panel']
    if (options.board !== undefined) args.push('--board', options.board)
    if (options.keysStdin) args.push('--keys-stdin')
    this.name = options.board ?? 'appliance'
    // Run as the device runs it: the bundle is executable and its shebang carries the V8 flags.
    const prefix = options.prefix ?? []
    this.child = spawn(
      prefix[0] ?? QMS_BUNDLE,
      [...prefix.slice(1), ...(prefix.length > 0 ? [QMS_BUNDLE] : []), ...args],
      {
        stdio: [options.keysStdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        env: { ...process.env, QMS_LOG_LEVEL: 'info', ...options.env },
      },
    )
    // 'close', not 'exit': every line it wrote has been read by then.
    this.exited = new Promise((resolve) => this.child.once('close', (code, signal) => resolve({ code, signal })))
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

  /** The last log lines, for a failure message. */
  tail(n = 15): string {
    return this.entries
      .slice(-n)
      .map((e) => JSON.stringify(e))
      .join('\n')
  }

  /** Resolves with the first entry from index `from` on, past or future, that `match` accepts; rejects after `timeoutMs`, or at exit, with the last lines. */
  waitFor(match: (entry: LogEntry) => boolean, timeoutMs = 20_000, from = 0): Promise<LogEntry> {
    const seen = this.entries.slice(from).find(match)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer)
        this.off('entry', listener)
      }
      const timer = setTimeout(() => {
        done()
        reject(new Error(`${this.name}: nothing matched in ${timeoutMs} ms; last lines:\n${this.tail()}`))
      }, timeoutMs)
      const listener = (entry: LogEntry) => {
        if (!match(entry)) return
        done()
        resolve(entry)
      }
      this.on('entry', listener)
      void this.exited.then((exit) => {
        if (!this.listeners('entry').includes(listener)) return
        done()
        reject(
          new Error(`${this.name} exited (${exit.code ?? exit.signal}) while waited on; last lines:\n${this.tail()}`),
        )
      })
    })
  }

  ready(): Promise<LogEntry> {
    return this.waitFor(logged('ready'), 30_000)
  }

  get pid(): number {
    return this.child.pid!
  }

  get running(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null
  }

  kill(): Promise<unknown> {
    if (this.running) this.child.kill('SIGKILL')
    return this.exited
  }

  stop(): Promise<unknown> {
    if (this.running) this.child.kill('SIGTERM')
    return this.exited
  }
}
