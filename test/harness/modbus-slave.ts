/**
 * The Modbus-RTU slave of modbus-slave.py as a child process on one end of a
 * pty pair: it answers in the step it reads a request's last byte, and every
 * request it took is kept here, in order, as the slave printed it.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { EventEmitter, once } from 'node:events'
import { createInterface } from 'node:readline'

const SCRIPT = new URL('./modbus-slave.py', import.meta.url).pathname

export interface SlaveRequest {
  address: number
  function: number
  register: number
  /** The register bytes written (0x10, 0x06) or read back (0x03), hex. */
  values: string
}

export class ModbusSlave extends EventEmitter<{ request: [SlaveRequest] }> {
  readonly requests: SlaveRequest[] = []
  /** What the slave wrote on stderr (a Python traceback, if it failed). */
  readonly errors: string[] = []
  private child?: ChildProcess

  constructor(
    private readonly path: string,
    private readonly addresses: number[],
  ) {
    super()
  }

  async start(): Promise<void> {
    // stderr piped, not inherited: a slave left behind must not hold the test runner's output open.
    const child = spawn('python3', [SCRIPT, this.path, ...this.addresses.map(String)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    this.child = child
    createInterface({ input: child.stderr! }).on('line', (line) => this.errors.push(line))
    const lines = createInterface({ input: child.stdout! })
    const ready = once(lines, 'line')
    lines.on('line', (line) => {
      const entry = JSON.parse(line) as SlaveRequest | { ready: true }
      if ('ready' in entry) return
      this.requests.push(entry)
      this.emit('request', entry)
    })
    await Promise.race([
      ready,
      once(child, 'exit').then(([code]) =>
        Promise.reject(new Error(`modbus-slave.py exited with ${code}: ${this.errors.join('\n')}`)),
      ),
    ])
  }

  /** Resolves at the first request, already taken or still to come, that passes the test. */
  taken(test: (r: SlaveRequest) => boolean): Promise<SlaveRequest> {
    const seen = this.requests.find(test)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve) => {
      const listener = (r: SlaveRequest) => {
        if (!test(r)) return
        this.off('request', listener)
        resolve(r)
      }
      this.on('request', listener)
    })
  }

  async stop(): Promise<void> {
    const child = this.child
    this.child = undefined
    if (!child || child.exitCode !== null || child.signalCode !== null) return
    const exited = once(child, 'exit')
    child.kill('SIGTERM')
    await exited
  }
}
