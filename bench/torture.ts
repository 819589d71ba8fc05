/**
 * `npm run torture`: power cuts by the thousand (QMS_POWER_CUTS, default
 * 1,000; QMS_SEED replays the choices) against the built hub on the lazy
 * file system, in runs of 25 on a fresh data folder each (every run rolls a
 * day over). Prints each run's figures to stderr and the totals as one line
 * of JSON; exits 1 when the history checker found any violation. Violations
 * are listed, with the run's files kept for a look.
 */
import { randomInt } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { cutFigures, powerCutRun, type PowerCutRun } from '../test/harness/power-cut-run.ts'
import { seededRandom } from '../test/harness/ticket-load.ts'

const total = Number(process.env.QMS_POWER_CUTS ?? 1000)
const seed = Number(process.env.QMS_SEED ?? randomInt(2 ** 31))
if (!Number.isSafeInteger(total) || total < 1)
  throw new Error(`QMS_POWER_CUTS must be a whole number, got ${process.env.QMS_POWER_CUTS}`)
const random = seededRandom(seed)
const runs: PowerCutRun[] = []
const started = performance.now()
process.stderr.write(`torture: ${total} power cuts, seed ${seed}\n`)
for (let done = 0; done < total; ) {
  const run = await powerCutRun({ cuts: Math.min(25, total - done), random, keep: true })
  runs.push(run)
  done += Math.max(1, run.cuts)
  const v = run.verdict
  const problems = [
    ...(v?.lostAcked ?? []),
    ...(v?.givenTwice ?? []),
    ...(v?.repeatMismatch ?? []),
    ...(v?.surprises ?? []),
    ...run.failedRestarts,
  ]
  process.stderr.write(`run ${runs.length}: ${JSON.stringify(cutFigures([run]))}\n`)
  if (problems.length > 0)
    process.stderr.write(
      `  files kept in ${run.dir}\n${problems
        .slice(0, 10)
        .map((p) => `  ${p}`)
        .join('\n')}\n`,
    )
  else await rm(run.dir, { recursive: true, force: true })
}
const figures = cutFigures(runs)
process.stderr.write(`${runs.length} runs, ${Math.round((performance.now() - started) / 1000)} s, seed ${seed}\n`)
console.log(JSON.stringify(figures))
const bad =
  figures.cuts_lost_acked! + figures.cuts_given_twice! + figures.cuts_repeat_mismatch! + figures.cuts_failed_restarts!
process.exitCode = bad > 0 ? 1 : 0
