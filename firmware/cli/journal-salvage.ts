/** `qms journal salvage --data DIR` */
import { join } from 'node:path'
import { salvage } from '../journal/index.ts'
import { createLogger } from '../log.ts'

export async function salvageCommand(dataDir: string): Promise<number> {
  const logger = await createLogger({ pretty: process.stdout.isTTY })
  const report = await salvage(join(dataDir, 'journal'), logger)
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
  return 0
}
