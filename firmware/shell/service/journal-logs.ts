/**
 * The service's recent log, as systemd's journal holds it: `journalctl -u
 * qms.service --since -<N>h`, streamed straight into a file (a day of log
 * does not pass through memory). Where journalctl is missing, or cannot read
 * the journal, the file says so instead: an export never fails for want of
 * a log.
 */
import { spawn } from 'node:child_process'
import { open } from 'node:fs/promises'

export interface LogsOptions {
  file: string
  hours: number
  /** Default `qms.service`. */
  unit?: string
  /** Default `journalctl` on PATH. */
  command?: string
  now: number
}

export interface LogsOutcome {
  /** The journal was read (it may still hold no entries). */
  ok: boolean
  /** One line for the report. */
  summary: string
}

export async function exportServiceLogs(options: LogsOptions): Promise<LogsOutcome> {
  const { file, hours, unit = 'qms.service', command = 'journalctl', now } = options
  const args = ['-u', unit, `--since=-${hours}h`, '--no-pager', '-o', 'short-iso']
  const handle = await open(file, 'w')
  try {
    await handle.write(`# ${command} ${args.join(' ')}  (at ${new Date(now).toISOString()})\n`)
    const { code, error, stderr } = await new Promise<{
      code: number | null
      error?: NodeJS.ErrnoException
      stderr: string
    }>((resolve) => {
      const child = spawn(command, args, { stdio: ['ignore', handle.fd, 'pipe'] })
      let stderr = ''
      child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)))
      child.once('error', (err) => resolve({ code: null, error: err, stderr }))
      child.once('close', (code) => resolve({ code, stderr }))
    })
    if (error?.code === 'ENOENT') {
      await handle.write(
        `journalctl is not available on this system (${command}: not found): no log could be exported.\n`,
      )
      return { ok: false, summary: 'journalctl is not available on this system: the log file says so and holds no log' }
    }
    if (error) {
      await handle.write(`${command} could not be run: ${error.message}\n`)
      return { ok: false, summary: `journalctl could not be run: ${error.message}` }
    }
    if (code !== 0) {
      await handle.write(`\n# ${command} ended with exit code ${code}:\n${stderr}`)
      return {
        ok: false,
        summary: `journalctl ended with exit code ${code}: ${stderr.trim().split('\n').at(-1) ?? ''}`,
      }
    }
    if (stderr.trim() !== '') await handle.write(`\n# ${command} said:\n${stderr}`)
    return { ok: true, summary: `the last ${hours} hours of ${unit}'s log` }
  } finally {
    await handle.sync()
    await handle.close()
  }
}
