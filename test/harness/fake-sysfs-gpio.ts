/**
 * A directory laid out like /sys/class/gpio, with a small stand-in for the
 * kernel: a number written to `export` makes its gpioN directory, as udev
 * would, and `unexport` removes it. The test presses a button by writing the
 * value file.
 */
import { mkdtemp, mkdir, open, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export class FakeSysfsGpio {
  private timer?: NodeJS.Timeout
  private pass?: Promise<void>
  readonly exports: number[] = []

  constructor(readonly root: string) {}

  static async create(chips: { name: string; label: string; base: number }[]): Promise<FakeSysfsGpio> {
    const root = await mkdtemp(join(tmpdir(), 'qms-sysfs-'))
    for (const chip of chips) {
      await mkdir(join(root, chip.name))
      await writeFile(join(root, chip.name, 'label'), `${chip.label}\n`)
      await writeFile(join(root, chip.name, 'base'), `${chip.base}\n`)
    }
    await writeFile(join(root, 'export'), '')
    await writeFile(join(root, 'unexport'), '')
    const fake = new FakeSysfsGpio(root)
    fake.timer = setInterval(() => fake.tick(), 5)
    return fake
  }

  /** One pass at a time: on a loaded machine a pass can outlast the interval, and two would take one export twice. */
  private tick(): void {
    if (this.pass) return
    this.pass = this.kernel().finally(() => (this.pass = undefined))
  }

  private async kernel(): Promise<void> {
    const exported = (await readFile(join(this.root, 'export'), 'utf8')).trim()
    if (exported !== '') {
      await writeFile(join(this.root, 'export'), '')
      const n = Number(exported)
      this.exports.push(n)
      await this.exportLine(n)
    }
    const unexported = (await readFile(join(this.root, 'unexport'), 'utf8')).trim()
    if (unexported !== '') {
      await writeFile(join(this.root, 'unexport'), '')
      await rm(join(this.root, `gpio${unexported}`), { recursive: true, force: true })
    }
  }

  /** The files the kernel makes for an exported line (also how a test brings back a line it removed). */
  async exportLine(gpio: number): Promise<void> {
    // The kernel makes a line's directory with all its files at once: made aside, then renamed into
    // place, so that a writer never finds the directory without its value file (and creates one).
    const dir = join(this.root, `gpio${gpio}`)
    const aside = join(this.root, `.gpio${gpio}.new`)
    await mkdir(aside, { recursive: true })
    for (const [file, value] of [
      ['direction', 'in'],
      ['active_low', '0'],
      ['edge', 'none'],
      ['value', '0'],
    ])
      await writeFile(join(aside, file as string), `${value}\n`)
    // Exported again: the old files go first (a writer meanwhile finds no directory, and fails).
    await rm(dir, { recursive: true, force: true })
    await rename(aside, dir)
  }

  /** The level the kernel would show on the value file, active-low applied. */
  async level(gpio: number, physicalHigh: boolean): Promise<void> {
    const activeLow = (await readFile(join(this.root, `gpio${gpio}`, 'active_low'), 'utf8')).trim() === '1'
    // Overwritten in place, never truncated: a reader must not catch the file empty, as it never is in sysfs.
    const file = await open(join(this.root, `gpio${gpio}`, 'value'), 'r+')
    try {
      await file.write(physicalHigh !== activeLow ? '1\n' : '0\n', 0)
    } finally {
      await file.close()
    }
  }

  read(gpio: number, file: string): Promise<string> {
    return readFile(join(this.root, `gpio${gpio}`, file), 'utf8').then((s) => s.trim())
  }

  /** Waits out a pass in flight: one that rewrote `unexport` after the removal began would leave the directory not empty. */
  async close(): Promise<void> {
    clearInterval(this.timer)
    await this.pass?.catch(() => undefined)
    await rm(this.root, { recursive: true, force: true, maxRetries: 5, retryDelay: 20 })
  }
}
