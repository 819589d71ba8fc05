/** `qms config validate FILE` */
import { ConfigError, loadConfig } from '../config/load.ts'

export async function validateCommand(file: string): Promise<number> {
  try {
    const config = await loadConfig(file)
    process.stdout.write(`${file}: valid — ${config.services.length} services, ${config.counters.length} counters, ${config.boards.length === 1 ? 'board' : 'boards'} ${config.boards.map((b) => `"${b.id}"`).join(', ')}\n`)
    return 0
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err
    process.stderr.write(`${err.message}\n`)
    return 1
  }
}
