/**
 * The power-cut file system (test/harness/lazyfs.py, FUSE through Debian's
 * python3-fusepy) mounted for one test: a folder whose writes, new names,
 * renames and unlinks are lost at cut() unless they were fsynced (data) or
 * their directory was (names). The test drives it over the child's stdin and
 * waits for each answer on its stdout, so a cut is over before anything runs
 * on the folder again.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

const LAZYFS = new URL('./lazyfs.py', import.meta.url).pathname
/** Debian's interpreter, where python3-fusepy lives (a pyenv shim on PATH would not have it). */
const PYTHON = '/usr/bin/python3'

/** What a cut did: pending operations kept (the kernel had written them after all) and dropped. */
export interface CutCounts {
  dataKept: number
  dataDropped: number
  torn: number
  namesKept: number
  namesDropped: number
  /** Operations refused after a freeze(): 0 means the program finished before the power went. */
  refusedAfterFreeze: number
}

/** `all` drops everything not synced; `random` drops a random subset a kernel may lose, from a seed. */
export type CutMode = 'all' | 'random'

type Message = {
  ready?: true
  frozen?: number
  cut?: CutCounts
  pending?: { data: number; names: number }
  unmounted?: true
  error?: string
}

export class LazyFs {
  private readonly waiting: Array<(m: Message) => void> = []
  private readonly stderr: string[] = []
  private readonly exited: Promise<void>

  private constructor(
    private readonly child: ChildProcess,
    /** Where the durable image is written back at each cut and at unmount. */
    readonly backing: string,
    /** The mount point: the folder the program under test uses. */
    readonly path: string,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()))
    child.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()))
    createInterface({ input: child.stdout! }).on('line', (line) => this.waiting.shift()?.(JSON.parse(line) as Message))
    child.once('exit', (code, signal) => {
      for (const resolve of this.waiting.splice(0))
        resolve({ error: `lazyfs exited (code ${code}, signal ${signal}): ${this.stderr.join('')}` })
    })
  }

  /** Mounts a new lazy file system at `<dir>/mnt` over `<dir>/backing` (which may already hold files). */
  static async mount(dir: string): Promise<LazyFs> {
    const backing = join(dir, 'backing')
    const path = join(dir, 'mnt')
    await mkdir(backing, { recursive: true })
    await mkdir(path, { recursive: true })
    const child = spawn(PYTHON, [LAZYFS, backing, path], { stdio: ['pipe', 'pipe', 'pipe'] })
    const fs = new LazyFs(child, backing, path)
    // A test that dies leaves no mount behind.
    const leave = () => spawnSync('umount', ['-l', path])
    process.once('exit', leave)
    child.once('exit', () => process.off('exit', leave))
    const first = await fs.next()
    if (!first.ready) throw new Error(`lazyfs did not mount ${path}: ${first.error ?? JSON.stringify(first)}`)
    return fs
  }

  private next(): Promise<Message> {
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  private async ask(command: string): Promise<Message> {
    const answer = this.next()
    this.child.stdin!.write(`${command}\n`)
    const message = await answer
    if (message.error) throw new Error(`lazyfs ${command}: ${message.error}`)
    return message
  }

  /** The power cut. Call it only once nothing uses the folder (the writer killed and reaped). */
  async cut(mode: CutMode = 'all', seed = 0): Promise<CutCounts> {
    return (await this.ask(`cut ${mode} ${seed}`)).cut!
  }

  /**
   * The power goes after `operations` more changing operations: that one and
   * everything after it fail with EIO until the next cut. Stepping it from 0
   * up puts a cut after every operation a writer makes (ALICE, CrashMonkey).
   */
  async freeze(operations: number): Promise<void> {
    await this.ask(`freeze ${operations}`)
  }

  /** Operations not yet durable. */
  async pending(): Promise<{ data: number; names: number }> {
    return (await this.ask('pending')).pending!
  }

  /** Writes the durable image to the backing folder and ends the mount. Safe twice. */
  async unmount(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const done = this.next()
      this.child.stdin!.end('unmount\n')
      await done
    }
    await this.exited
  }
}
