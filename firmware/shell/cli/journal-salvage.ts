/** `qms journal salvage --data DIR`: with the data folder locked, so never under a running hub. */
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
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    return 0
  } finally {
    await lock.release()
  }
}
