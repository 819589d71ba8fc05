/** `qms usb-import --mount DIR` and `qms config rollback`. */
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { ConfigStore } from '../../site/bundle/config-store.ts'
import { writeImportOutcome } from '../../site/bundle/import-outcome.ts'
import { readExportRequest } from '../../site/bundle/export-request.ts'
import { BUNDLE_DIR } from '../../site/bundle/manifest.ts'
import { usbExport, type ExportResult } from '../usb/usb-export.ts'
import { REPORT_FILE, reportText, usbImport, type ImportOptions, type ImportResult } from '../usb/usb-import.ts'
import { writeFileDurably } from '../../journal/durable-fs.ts'
import { commandZones } from './command-zones.ts'

export const EXPORT_DIR = 'qms-export'

/** Exit codes; the import script reloads the hub on APPLIED (and on REFUSED, to show why, if it runs). */
export const EXIT = { APPLIED: 0, REFUSED: 1, NO_BUNDLE: 3, BUSY: 75 } as const

function exportText(result: ExportResult | Error): string[] {
  if (result instanceof Error) return ['EXPORT FAILED', `  ${result.message}`]
  return [
    `EXPORT written to ${EXPORT_DIR}/${result.folder}/: ${result.files.join(', ')}`,
    ...result.lines.map((l) => `  ${l}`),
  ]
}

/**
 * Imports the stick's bundle, and writes an export when the stick asks for
 * one (qms-export-request). A stick with only an export request imports
 * nothing and changes nothing: exit 3.
 */
export async function usbImportCommand(
  command: Omit<ImportOptions, 'zones'> & { reportFile?: string; exportDir?: string },
): Promise<number> {
  const options = { ...command, zones: await commandZones() }
  const at = new Date(options.now?.() ?? Date.now())
  const request = await readExportRequest(options.mount)
  const hasBundle = await stat(join(options.mount, BUNDLE_DIR)).then(
    () => true,
    () => false,
  )
  const imported: ImportResult | undefined = hasBundle || !request ? await usbImport(options) : undefined
  const exported = request
    ? await usbExport({
        exportDir: options.exportDir ?? join(options.mount, EXPORT_DIR),
        configDir: options.configDir,
        dataDir: options.dataDir,
        request,
        now: at.getTime(),
        zones: options.zones,
      }).catch((err: Error) => err)
    : undefined

  const parts = imported
    ? [reportText(imported, at)]
    : [
        `qms usb-import ${at.toISOString()}\n\nNO BUNDLE on the stick (no ${BUNDLE_DIR}/): nothing imported, the running config is unchanged.\n`,
      ]
  if (exported) parts.push(`${exportText(exported).join('\n')}\n`)
  const text = parts.join('\n')
  process.stdout.write(text)
  const reportFile = options.reportFile ?? join(options.mount, REPORT_FILE)
  try {
    await writeFileDurably(reportFile, Buffer.from(text))
  } catch (err) {
    process.stderr.write(`qms: the report could not be written to ${reportFile}: ${(err as Error).message}\n`)
  }
  if (!imported) return EXIT.NO_BUNDLE
  if (imported.outcome === 'applied') return EXIT.APPLIED
  return imported.refusal === 'busy' ? EXIT.BUSY : EXIT.REFUSED
}

export async function rollbackCommand(configDir: string): Promise<number> {
  const { from, to } = await new ConfigStore(configDir).rollback()
  // For the hall display and the status slip, as an import's outcome is (site/bundle/import-outcome.ts).
  await writeImportOutcome(configDir, {
    outcome: 'rolled-back',
    at: Date.now(),
    ...(to.revision === undefined ? {} : { revision: to.revision }),
    reasons: [`rolled back from revision ${from.revision} to revision ${to.revision}`],
  })
  process.stdout.write(
    `rolled back from revision ${from.revision} to revision ${to.revision}; reload the hub to run it (systemctl reload qms)\n`,
  )
  return 0
}
