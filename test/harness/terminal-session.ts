/**
 * A command in a real pseudo-terminal (script(1)), as a technician's shell
 * runs it: what it draws, keys typed into it, and how it ended. script's
 * terminal reports no size (0 columns), as a serial console may.
 */
import { spawn } from 'node:child_process'
import type { Test } from 'tap'
import { setTimeout as sleep } from 'node:timers/promises'

export interface TerminalSession {
  /** Everything drawn so far. */
  readonly output: string
  type(keys: string): void
  /** Waits until the output matches (true), or `timeoutMs` passes (false). */
  waitFor(pattern: RegExp, timeoutMs?: number): Promise<boolean>
  /** The exit code, or 'still running' after `timeoutMs`. */
  ended(timeoutMs?: number): Promise<number | null | 'still running'>
}

export function terminalSession(t: Test, command: string): TerminalSession {
  const child = spawn('script', ['-qfec', command, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] })
  t.teardown(() => child.kill('SIGKILL'))
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  return {
    get output() {
      return output
    },
    type: (keys) => child.stdin.write(keys),
    async waitFor(pattern, timeoutMs = 30_000) {
      for (let waited = 0; !pattern.test(output) && waited < timeoutMs; waited += 100) await sleep(100)
      return pattern.test(output)
    },
    ended: (timeoutMs = 15_000) => Promise.race([exited, sleep(timeoutMs, 'still running' as const, { ref: false })]),
  }
}
