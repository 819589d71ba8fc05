/** `qms config validate FILE` */
import { readFile } from 'node:fs/promises'
import { ConfigError, loadConfig, parseConfigText } from '../../site/config/load.ts'
import { migrateConfig } from '../../site/config/migrate.ts'
import { commandZones } from './command-zones.ts'

export async function validateCommand(file: string): Promise<number> {
  try {
    const config = await loadConfig(file, await commandZones())
    process.stdout.write(
      `${file}: valid — ${config.services.length} services, ${config.counters.length} counters, ${config.boards.length === 1 ? 'board' : 'boards'} ${config.boards.map((b) => `"${b.id}"`).join(', ')}\n`,
    )
    // Loaded, so it parses and migrates; say what the migration changed, so the technician can update the file.
    const migrated = migrateConfig(parseConfigText(await readFile(file, 'utf8')))
    if (migrated.ok) for (const step of migrated.steps) process.stdout.write(`  migrated: ${step}\n`)
    return 0
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    process.stderr.write(`${err.message}\n`)
    return 1
  }
}
