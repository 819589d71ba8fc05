/**
 * A real hub: `node dist/qms.mjs run --no-panel` as a child process, with a
 * hub-only config on port 0 and its own data folder. Used by the power-cut
 * test and the benchmark: they kill it with SIGKILL, stop it with SIGTERM,
 * and read its VmRSS, exactly as a supervisor on the board would.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { vmRssMb } from './vm-rss.ts'

export const QMS_BUNDLE = new URL('../../dist/qms.mjs', import.meta.url).pathname

/** The MQTT password of every board in the harness's sites. */
export const TEST_PASSWORD = 'harness-password-1'

/** The device id of harness ticket box `i` and of the keypad of a counter, as the hub's access list knows them. */
export const boxDevice = (i: number) => `box${i}-dispenser`
export const keypadDevice = (counter: string) => `keypads-counter-${counter}`

export interface HubConfigOptions {
  site?: string
  /** Service ids; each gets the next prefix letter from A, numbers 1–9999 in 4 digits. */
  services?: string[]
  /** Counter ids; each serves every service. */
  counters?: string[]
  snapshotEvery?: number
  /** Ticket boxes the site has (boards box0…), each with a button for every service. Default 50. */
  boxes?: number
}

/**
 * A site config as a plain document whose hub board runs only the hub. The business day starts 12 hours
 * from now (UTC), so a test run never crosses into a new day.
 */
export function hubConfigDocument(options: HubConfigOptions = {}): Record<string, any> {
  const services = options.services ?? ['deposits', 'loans', 'accounts']
  const counters = options.counters ?? ['c1', 'c2', 'c3']
  const dayStart = String((new Date().getUTCHours() + 12) % 24).padStart(2, '0')
  return {
    version: 1,
    site: {
      id: options.site ?? 'test-site',
      name: 'Test branch',
      languages: ['en'],
      timeZone: 'UTC',
      dayStartsAt: `${dayStart}:00`,
    },
    services: services.map((id, i) => ({
      id,
      prefix: String.fromCharCode(65 + i),
      names: { en: id },
      range: { from: 1, to: 9999 },
      digits: 4,
    })),
    counters: counters.map((id, i) => ({ id, name: String(i + 1), services })),
    hub: { broker: { port: 0 }, snapshotEvery: options.snapshotEvery ?? 10_000 },
    // Only the hub board runs here; the others are the boards the harness's MQTT devices stand in for.
    boards: [
      { id: 'hub-board', roles: ['hub'], password: TEST_PASSWORD },
      ...Array.from({ length: options.boxes ?? 50 }, (_, i) => ({
        id: `box${i}`,
        roles: ['dispenser'],
        password: TEST_PASSWORD,
        dispenser: {
          buttons: services.map((service) => ({ service })),
          input: { driver: 'simulated' },
          printer: { driver: 'simulated' },
        },
      })),
      {
        id: 'keypads',
        roles: ['counter'],
        password: TEST_PASSWORD,
        counters: counters.map((counter) => ({ counter, input: { driver: 'simulated' } })),
      },
    ],
  }
}

/** Writes the document as JSON (which the YAML loader reads) and returns its path. */
export async function writeHubConfig(dir: string, document: Record<string, any>): Promise<string> {
  const file = join(dir, 'site.json')
  await writeFile(file, JSON.stringify(document, null, 2))
  return file
}

export interface Exit {
  code: number | null
  signal: NodeJS.Signals | null
}

/** The hub exited before it was ready: its exit and its last output lines. */
export class HubExitedError extends Error {
  override name = 'HubExitedError'
  constructor(
    readonly exit: Exit,
    readonly lines: string[],
  ) {
    super(`hub exited before ready (code ${exit.code}, signal ${exit.signal}):\n${lines.join('\n')}`)
  }
}

export class HubProcess {
  /** The last log lines (stdout JSON and stderr), for a failure message. */
  readonly tail: string[] = []
  readonly exited: Promise<Exit>
  private exit?: Exit

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
    /** Milliseconds from spawn to the "ready" line. */
    readonly readyMs: number,
  ) {
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => resolve((this.exit = { code, signal }))),
    )
  }

  get pid(): number {
    return this.child.pid!
  }

  /** True until the process has exited (for any reason). */
  /** The recovery line the hub logged before it was ready (journal/recovery.ts's report). */
  recovery(): { snapshotSeq: number; records: number } {
    const line = this.tail.find((l) => l.includes('queue state recovered'))
    if (!line) throw new Error(`no recovery line in:\n${this.tail.join('\n')}`)
    return JSON.parse(line) as { snapshotSeq: number; records: number }
  }

  get running(): boolean {
    return this.exit === undefined
  }

  /**
   * Spawns the hub and resolves once it logged "ready". Rejects, with its last
   * output, if it exits first (a HubExitedError) or is not ready within
   * `timeoutMs`. `prefix` runs the bundle under another command (e.g.
   * `unshare` for a mount of its own, `strace …`).
   */
  static start(configFile: string, dataDir: string, timeoutMs = 30_000, prefix: string[] = []): Promise<HubProcess> {
    if (!existsSync(QMS_BUNDLE)) throw new Error('dist/qms.mjs is missing: run `npm run build` (npm test does)')
    const t0 = performance.now()
    // Run as the device runs it: the bundle is executable and its shebang carries the V8 flags.
    const argv = [QMS_BUNDLE, 'run', '--config', configFile, '--data', dataDir, '--no-panel']
    const child = spawn(prefix[0] ?? QMS_BUNDLE, [...prefix.slice(1), ...(prefix.length > 0 ? argv : argv.slice(1))], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const tail: string[] = []
    const keep = (line: string) => {
      tail.push(line)
      if (tail.length > 40) tail.shift()
    }
    createInterface({ input: child.stderr! }).on('line', keep)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL')
        reject(new Error(`hub not ready after ${timeoutMs} ms:\n${tail.join('\n')}`))
      }, timeoutMs)
      const early = (code: number | null, signal: NodeJS.Signals | null) => {
        clearTimeout(timer)
        reject(new HubExitedError({ code, signal }, tail))
      }
      child.once('close', early)
      let hub: HubProcess | undefined
      createInterface({ input: child.stdout! }).on('line', (line) => {
        // Keep reading after ready: a full pipe would block the hub's logging.
        if (hub) return void hub.keep(line)
        keep(line)
        let entry: { msg?: unknown; port?: unknown }
        try {
          entry = JSON.parse(line)
        } catch {
          return
        }
        if (entry.msg !== 'ready' || typeof entry.port !== 'number') return
        clearTimeout(timer)
        child.off('close', early)
        hub = new HubProcess(child, entry.port, performance.now() - t0)
        hub.tail.push(...tail)
        resolve(hub)
      })
    })
  }

  private keep(line: string): void {
    this.tail.push(line)
    if (this.tail.length > 40) this.tail.shift()
  }

  /** SIGKILL: the process gets no chance to flush or close anything. */
  async kill(): Promise<Exit> {
    if (this.running) this.child.kill('SIGKILL')
    return this.exited
  }

  /** SIGTERM: the hub stops in order and closes the journal. */
  async stop(): Promise<Exit> {
    if (this.running) this.child.kill('SIGTERM')
    return this.exited
  }

  /** Resident set size in MiB, from /proc (Linux). */
  rssMb(): Promise<number> {
    return vmRssMb(this.pid)
  }
}
