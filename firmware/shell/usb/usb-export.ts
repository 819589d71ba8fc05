/**
 * What a stick's export request (site/bundle/export-request.ts) gets: a folder
 * `<export-dir>/<site>-<UTC time>[-n]/` with today's reports as CSV
 * (report/day-export.ts), the service's recent log (shell/service/journal-logs.ts)
 * and a README.txt saying what is there and what is not. It reads the data
 * folder and never changes it, so it needs no import lock, and it works on
 * a stick without a bundle.
 */
import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigError } from '../../site/config/load.ts'
import { todaysReports } from '../../report/day-export.ts'
import { exportServiceLogs } from '../service/journal-logs.ts'
import { ConfigStore } from '../../site/bundle/config-store.ts'
import type { ExportRequest } from '../../site/bundle/export-request.ts'
import { loadRunningConfig } from '../../site/bundle/running-config.ts'
import type { TimeZones } from '../../time/local-time.ts'

export const LOG_FILE = 'qms-log.txt'

export interface ExportOptions {
  /** The folder the export's own folder is made in (on the stick, or staged for it). */
  exportDir: string
  configDir: string
  dataDir: string
  request: ExportRequest
  now: number
  /** Default `journalctl` on PATH. */
  journalctl?: string
  /** The command's time zones: today's business day and the reports' hours are the hub's. */
  zones: TimeZones
}

export interface ExportResult {
  /** The export's folder name inside exportDir. */
  folder: string
  files: string[]
  /** What is in it and what is missing, for the report and README.txt. */
  lines: string[]
}

async function reports(
  options: ExportOptions,
  dir: string,
  lines: string[],
): Promise<{ files: string[]; site?: string }> {
  const configFile = new ConfigStore(options.configDir).configFile
  let running
  try {
    running = await loadRunningConfig(configFile, options.zones)
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    lines.push(`no reports: the appliance runs no config that loads (${err.problems[0]})`)
    return { files: [] }
  }
  const { day, files } = await todaysReports(running.config, options.dataDir, options.now, options.zones)
  if (files.size === 0) lines.push(`no reports: business day ${day} has no tickets yet`)
  else
    lines.push(
      `today's reports (business day ${day}, site "${running.config.site.id}", config revision ${running.revision ?? 'not a bundle'}): by ${[...files.keys()].map((f) => f.replace(/^.*-by-|\.csv$/g, '')).join(', ')}`,
    )
  for (const [name, text] of files) await writeFile(join(dir, name), text)
  return { files: [...files.keys()], site: running.config.site.id }
}

export async function usbExport(options: ExportOptions): Promise<ExportResult> {
  const stamp = new Date(options.now)
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z')
  await mkdir(options.exportDir, { recursive: true })
  const staging = await mkdtemp(join(options.exportDir, '.export-'))
  const lines = [...options.request.problems]
  const { files, site } = await reports(options, staging, lines)
  const logs = await exportServiceLogs({
    file: join(staging, LOG_FILE),
    hours: options.request.hours,
    now: options.now,
    ...(options.journalctl ? { command: options.journalctl } : {}),
  })
  lines.push(`${LOG_FILE}: ${logs.summary}`)
  await writeFile(
    join(staging, 'README.txt'),
    [`qms export ${new Date(options.now).toISOString()}`, '', ...lines, ''].join('\n'),
  )
  // Named for the site once it is known; the hidden staging name keeps a half-made export from looking whole.
  const folder = await renameFree(staging, options.exportDir, `${site ?? 'qms'}-${stamp}`)
  return { folder, files: [...files, LOG_FILE, 'README.txt'], lines }
}

/** `name`, or `name-2`, `name-3`… when an export of the same second is already there. */
async function renameFree(from: string, dir: string, name: string): Promise<string> {
  for (let n = 1; ; n++) {
    const folder = n === 1 ? name : `${name}-${n}`
    try {
      await rename(from, join(dir, folder))
      return folder
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw err
    }
  }
}
