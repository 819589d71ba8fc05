/**
 * Power cuts on the lazy file system (test/harness/power-cut-run.ts), a
 * short run for the bench table: the hub SIGKILLed under load, what was not
 * synced dropped, restarted, devices resending with the same request ids;
 * the history checker's counts of violations. `npm run torture` runs the
 * same for a thousand cuts and more.
 */
import { randomInt } from 'node:crypto'
import { cutFigures, powerCutRun } from '../test/harness/power-cut-run.ts'
import { seededRandom } from '../test/harness/ticket-load.ts'

export async function measurePowerCuts(cuts = 20): Promise<Record<string, number>> {
  const seed = randomInt(2 ** 31)
  process.stderr.write(` (seed ${seed})`)
  return cutFigures([await powerCutRun({ cuts, random: seededRandom(seed) })])
}
