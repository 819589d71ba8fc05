/**
 * Fake libgpiod tools on PATH: `gpiodetect` lists chips, `gpiomon` reports
 * the version it was told and copies edges the test writes into a FIFO,
 * `gpioset` logs its arguments and holds the line until it is killed, as the
 * real ones do. Every invocation is logged with its arguments; each gpioset
 * also notes its pid, so the test can tell which still holds its line, and
 * kill one as if it had crashed.
 */
import { execFileSync } from 'node:child_process'
import { open, type FileHandle } from 'node:fs/promises'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export class FakeGpiodTools {
  readonly dir = mkdtempSync(join(tmpdir(), 'qms-gpiod-'))
  private fifo?: FileHandle

  constructor(readonly version: string) {
    const log = join(this.dir, 'calls.log')
    const fifo = join(this.dir, 'events')
    execFileSync('mkfifo', [fifo])
    const tool = (name: string, body: string) => {
      writeFileSync(join(this.dir, name), `#!/bin/sh\necho "${name} $*" >> ${log}\n${body}\n`)
      chmodSync(join(this.dir, name), 0o755)
    }
    tool(
      'gpiodetect',
      `echo "gpiochip0 [pinctrl-bcm2711] (58 lines)"\necho "gpiochip1 [raspberrypi-exp-gpio] (8 lines)"`,
    )
    tool(
      'gpiomon',
      `if [ "$1" = "--version" ]; then echo "gpiomon (libgpiod) v${version}"; exit 0; fi\nexec cat ${fifo}`,
    )
    // exec keeps the shell's pid: the one noted is the one the appliance holds the line with.
    tool('gpioset', `echo "$$ $*" >> ${join(this.dir, 'holders.log')}\nexec sleep 600`)
  }

  /** Prepends the fake tools to PATH for this process and its children. */
  install(): () => void {
    const before = process.env.PATH
    process.env.PATH = `${this.dir}:${before}`
    return () => {
      process.env.PATH = before
    }
  }

  calls(tool?: string): string[] {
    const log = join(this.dir, 'calls.log')
    const lines = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []
    return tool ? lines.filter((l) => l.startsWith(`${tool} `)) : lines
  }

  /** The gpiosets still running, by pid, each with its arguments (`--chip gpiochip0 22=1`), oldest first. */
  holders(): Array<{ pid: number; args: string }> {
    const log = join(this.dir, 'holders.log')
    const lines = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n') : []
    return lines
      .map((line) => ({ pid: Number(line.slice(0, line.indexOf(' '))), args: line.slice(line.indexOf(' ') + 1) }))
      .filter(({ pid }) => alive(pid))
  }

  /** What gpiomon prints next (opened once gpiomon is reading). */
  async print(text: string): Promise<void> {
    this.fifo ??= await open(join(this.dir, 'events'), 'w')
    await this.fifo.write(text)
  }

  async close(): Promise<void> {
    await this.fifo?.close()
    rmSync(this.dir, { recursive: true, force: true })
  }
}

/** Signal 0 only asks whether the process is there: ESRCH means it is gone. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ESRCH') return false
    throw err
  }
}
