/**
 * A stick asks for an export with a file `qms-export-request` at its top:
 * empty, or a line `hours: N` (1–168, default 24) for how many hours of the
 * service's log to copy. Today's reports are always in it. A value that
 * cannot be used is named in the report and the default taken: the
 * technician at the branch still leaves with the export.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ifMissing } from '../../journal/segments.ts'
import { parseConfigText } from '../config/load.ts'

export const EXPORT_REQUEST_FILE = 'qms-export-request'
export const DEFAULT_LOG_HOURS = 24
const MAX_LOG_HOURS = 168

export interface ExportRequest {
  hours: number
  /** What in the request file was not used, and why. */
  problems: string[]
}

/** The stick's request, or undefined when it asks for none. */
export async function readExportRequest(mount: string): Promise<ExportRequest | undefined> {
  const file = join(mount, EXPORT_REQUEST_FILE)
  const text = await readFile(file, 'utf8').catch(ifMissing(undefined))
  if (text === undefined) return undefined
  let document: unknown
  try {
    document = parseConfigText(text)
  } catch (err) {
    return {
      hours: DEFAULT_LOG_HOURS,
      problems: [
        `${EXPORT_REQUEST_FILE} is not "hours: N" (${(err as Error).message.split('\n')[0]}); ${DEFAULT_LOG_HOURS} hours of log taken`,
      ],
    }
  }
  if (document === null || document === undefined) return { hours: DEFAULT_LOG_HOURS, problems: [] }
  const hours = (document as { hours?: unknown }).hours
  const unknown = typeof document === 'object' ? Object.keys(document).filter((k) => k !== 'hours') : []
  const problems = unknown.map((k) => `${EXPORT_REQUEST_FILE}: "${k}" is not a request field (only "hours"); ignored`)
  if (typeof document !== 'object')
    problems.push(`${EXPORT_REQUEST_FILE} is not "hours: N"; ${DEFAULT_LOG_HOURS} hours of log taken`)
  if (hours === undefined) return { hours: DEFAULT_LOG_HOURS, problems }
  if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 1 || hours > MAX_LOG_HOURS) {
    problems.push(
      `${EXPORT_REQUEST_FILE}: hours must be a whole number from 1 to ${MAX_LOG_HOURS}, not ${JSON.stringify(hours)}; ${DEFAULT_LOG_HOURS} taken`,
    )
    return { hours: DEFAULT_LOG_HOURS, problems }
  }
  return { hours, problems }
}
