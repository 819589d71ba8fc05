/** `qms usb-import --mount DIR` and `qms config rollback`. */
import { join } from 'node:path'
import { ConfigStore } from '../bundle/config-store.ts'
import { REPORT_FILE, reportText, usbImport, type ImportOptions } from '../bundle/usb-import.ts'
import { writeFileDurably } from '../journal/durable-fs.ts'

/** Exit 0 when applied, 1 when refused (the systemd unit restarts the hub only on 0). */
export async function usbImportCommand(options: ImportOptions & { reportFile?: string }): Promise<number> {
  const result = await usbImport(options)
  const text = reportText(result, new Date())
  process.stdout.write(text)
  const reportFile = options.reportFile ?? join(options.mount, REPORT_FILE)
  try {
    await writeFileDurably(reportFile, Buffer.from(text))
  } catch (err) {
    process.stderr.write(`qms: the report could not be written to ${reportFile}: ${(err as Error).message}\n`)
  }
  return result.outcome === 'applied' ? 0 : 1
}

export async function rollbackCommand(configDir: string): Promise<number> {
  const { from, to } = await new ConfigStore(configDir).rollback()
  process.stdout.write(`rolled back from revision ${from.revision} to revision ${to.revision}; restart the hub to run it (systemctl restart qms)\n`)
  return 0
}
