/** `qms journal salvage --data DIR`: with the data folder locked, so never under a running hub. */
import { lostByLabel } from '../../hub/salvage-labels.ts'
import { restoreFromSnapshot } from '../../hub/snapshot-restore.ts'
import { salvage } from '../../journal/index.ts'
import { createLogger } from '../log.ts'
import { DataFolderError, journalDir, lockDataFolder } from '../service/data-folder.ts'

export async function salvageCommand(dataDir: string): Promise<number> {
  const logger = await createLogger({ pretty: process.stdout.isTTY })
  let lock
  try {
    lock = await lockDataFolder(dataDir, 'qms journal salvage')
  } catch (err) {
    if (!(err instanceof DataFolderError)) throw err
    logger.fatal(
      { dataDir, exitCode: err.exitCode },
      `${err.message}; stop the hub (systemctl stop qms) before a salvage`,
    )
    return err.exitCode
  }
  try {
    const report = await salvage(journalDir(dataDir), logger, restoreFromSnapshot)
    // The byte offsets are for the technician's records; a person asks which tickets were lost.
    const lost = await lostByLabel(journalDir(dataDir), report)
    process.stdout.write(lost.length > 0 ? `lost:\n${lost.map((l) => `  ${l}\n`).join('')}` : 'no record lost\n')
    process.stdout.write(`${JSON.stringify({ ...report, lostByLabel: lost }, null, 2)}\n`)
    return 0
  } finally {
    await lock.release()
  }
}
