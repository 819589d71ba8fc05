/**
 * Rule 2 under power cuts that lose what was not synced: the built hub
 * (`dist/qms.mjs run`) keeps its data folder on the lazy file system
 * (test/harness/lazyfs.py); each cut SIGKILLs it under load from ticket
 * boxes and counter keypads, drops every file write, new name, rename and
 * unlink not yet made durable (or a random part of them a kernel may lose),
 * and starts it again. Devices resend unanswered commands with the same
 * request id. The history of every command and answer is then checked
 * against the journal (test/harness/cut-history.ts): one effect per request
 * id, nothing acknowledged lost, a repeat answered with the first answer's
 * ticket, no number twice in a day, every restart ready.
 *
 * QMS_POWER_CUTS sets the number of cuts (default 100; `npm run torture`
 * runs thousands); QMS_SEED replays a seed's choices (cut moments and
 * modes, services; the hub's timing is the machine's).
 */
import t from 'tap'
import { randomInt } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { powerCutRun } from '../harness/power-cut-run.ts'
import { seededRandom } from '../harness/ticket-load.ts'

function intEnv(name: string, fallback: number): number {
  const value = process.env[name]
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got ${value}`)
  return n
}

const CUTS = intEnv('QMS_POWER_CUTS', 100)
const SEED = intEnv('QMS_SEED', randomInt(2 ** 31))
/** Each run starts a fresh data folder (and old days seeded again), so every run rolls a day over. */
const CUTS_PER_RUN = Math.max(1, intEnv('QMS_CUTS_PER_RUN', 25))

t.comment(`power cuts: ${CUTS}, seed ${SEED} — replay with QMS_SEED=${SEED} QMS_POWER_CUTS=${CUTS}`)
const random = seededRandom(SEED)

/** JSON's view of a value: a snapshot carries no `undefined` fields, the live fold may. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value))

let done = 0
for (let run = 1; done < CUTS; run++) {
  await t.test(`run ${run}: cuts on the lazy file system lose nothing acknowledged`, async (t) => {
    const result = await powerCutRun({ cuts: Math.min(CUTS_PER_RUN, CUTS - done), random, keep: true })
    done += result.cuts
    const where = `seed ${SEED}, run ${run}; files in ${result.dir}\nlast hub output:\n${result.tail.join('\n')}`
    t.same(result.seededDaysAfterCut, result.seededDays, 'the old days the Journal wrote are all there after a cut')
    t.same(result.failedRestarts, [], 'every restart reached ready')
    const verdict = result.verdict
    if (!verdict) return void t.comment(where)
    t.same(
      verdict.lostAcked,
      [],
      "every acknowledged ticket, call and finish is in the journal as that request's record",
    )
    t.same(verdict.givenTwice, [], 'each request id has at most one effect, and no number was given twice in a day')
    t.same(verdict.repeatMismatch, [], "a repeat is answered with the first answer's ticket")
    t.same(verdict.surprises, [], 'no refusal of a command a healthy hub takes')
    // Seeded 5, 2 and 1 days back, retention 3 days: a closed day's journal goes only after its summary is written.
    // (A cut between the day.started record and the roll-over's work leaves that work to the next day, by design.)
    const [, twoBack, oneBack] = result.seededDays
    for (const day of [twoBack!, oneBack!]) {
      t.ok(
        result.journalDays.includes(day) || result.summaryDays.includes(day),
        `${day} is in the journal or in its summary`,
      )
    }
    // The count of events ever applied differs once retention deleted a day: the snapshot counted its events, a replay cannot.
    if (result.audit)
      t.same(
        plain({ ...result.audit.recovered, events: 0 }),
        plain({ ...result.audit.replayed, events: 0 }),
        'snapshot + tail rebuilds the state a replay of every record does',
      )
    t.ok(verdict.acked.issue > 0 && verdict.repeats > 0, 'the hub acknowledged tickets and devices resent commands')
    t.comment(
      `run ${run}: ${result.cuts} cuts (${result.allCuts} all, ${result.randomCuts} random; ${result.dropped} pending operations dropped, by ${result.lossyCuts} cuts), ` +
        `${result.audit?.records} records; acknowledged ${JSON.stringify(verdict.acked)}; ${verdict.repeats} resends`,
    )
    if (t.passing()) await rm(result.dir, { recursive: true, force: true })
    else t.comment(where)
  })
  if (!t.passing()) break
}
