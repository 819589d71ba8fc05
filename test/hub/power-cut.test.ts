/**
 * Rule 2 under power cuts: a real hub process (`node dist/qms.mjs run`) takes
 * tickets, calls and finishes from several mqtt.js devices at once and is
 * killed with SIGKILL at a random moment, then restarted on the same data
 * folder, again and again. Checked live: no label acknowledged twice across
 * restarts, and no counter finds the ticket it was acknowledged gone. Checked
 * at the end of each run, after a graceful stop, by folding the journal with
 * the engine: every acknowledged ticket, call and finish is there, no ticket
 * was issued twice, and the snapshot path rebuilds the same state as a full
 * replay.
 *
 * QMS_POWER_CUTS=5000 runs thousands of cuts; QMS_SEED replays a seed's
 * choices (kill delays, services, finishes; the hub's timing is the machine's).
 */
import t, { type Test } from 'tap'
import { randomInt } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkConfig } from '../../firmware/config/load.ts'
import { engineConfig } from '../../firmware/config/engine-slice.ts'
import { findTicket } from '../../firmware/core/index.ts'
import { boxDevice, HubProcess, hubConfigDocument, keypadDevice, writeHubConfig } from '../harness/hub-process.ts'
import { auditJournal } from '../harness/journal-audit.ts'
import { CounterKeypad, Ledger, seededRandom, TicketBox } from '../harness/ticket-load.ts'

function intEnv(name: string, fallback: number): number {
  const value = process.env[name]
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got ${value}`)
  return n
}

const CUTS = intEnv('QMS_POWER_CUTS', 50)
const SEED = intEnv('QMS_SEED', randomInt(2 ** 31))
/** Each run starts a fresh data folder, so the journal (and each service's 9999 numbers) stay bounded. */
const CUTS_PER_RUN = Math.max(1, intEnv('QMS_CUTS_PER_RUN', 25))
/** Longest time the hub runs under load before the cut. */
const MAX_DELAY_MS = 400
/** A run ends early once any service has used this many of its 9999 numbers: they must never wrap. */
const NUMBER_BUDGET = 9000

const SERVICES = ['deposits', 'loans', 'accounts', 'cards', 'business', 'foreign']
const COUNTERS = ['c1', 'c2', 'c3']
const TICKET_BOXES = 8
const SITE = 'power-cut'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

t.comment(`power cuts: ${CUTS}, seed ${SEED} — replay with QMS_SEED=${SEED} QMS_POWER_CUTS=${CUTS}`)
const random = seededRandom(SEED)
const document = hubConfigDocument({ site: SITE, services: SERVICES, counters: COUNTERS, snapshotEvery: 500 })
const engine = engineConfig(checkConfig(document, 'power-cut test config'))

function highestNumber(ledger: Ledger): number {
  let highest = 0
  for (const { label } of ledger.issued.values()) highest = Math.max(highest, Number(label.slice(1)))
  return highest
}

/** A cut mostly lands under full load; one in eight lands while the devices send their first commands. */
function cutDelay(): number {
  return random() < 0.125 ? random() * 5 : random() * MAX_DELAY_MS
}

interface RunResult {
  cuts: number
  ledger: Ledger
}

async function powerCutRun(t: Test, run: number, maxCuts: number): Promise<RunResult> {
  const dir = await mkdtemp(join(tmpdir(), 'qms-power-cut-'))
  const configFile = await writeHubConfig(dir, document)
  const data = join(dir, 'data')
  const ledger = new Ledger()
  const devices = [
    ...Array.from({ length: TICKET_BOXES }, (_, i) => new TicketBox(boxDevice(i), SITE, ledger, random, SERVICES)),
    ...COUNTERS.map((c) => new CounterKeypad(keypadDevice(c), SITE, ledger, random, c)),
  ]
  const failed = (what: string, hub?: HubProcess) =>
    `run ${run}, seed ${SEED}: ${what}; data kept in ${dir}${hub ? `\nlast hub output:\n${hub.tail.join('\n')}` : ''}`

  let cuts = 0
  for (; cuts < maxCuts && highestNumber(ledger) < NUMBER_BUDGET; cuts++) {
    const hub = await HubProcess.start(configFile, data)
    await Promise.all(devices.map((d) => d.mqtt.connect(hub.port)))
    let over = false
    const loops = devices.map((d) => d.run(cuts, () => over))
    await sleep(cutDelay())
    const exit = await hub.kill()
    over = true
    for (const d of devices) d.mqtt.drop()
    await Promise.all(loops)
    if (exit.signal !== 'SIGKILL') t.fail(failed(`the hub exited by itself (${JSON.stringify(exit)}) before cut ${cuts}`, hub))
    if (ledger.violations.length > 0 || ledger.surprises.length > 0) {
      t.fail(failed(`broken after cut ${cuts}`, hub))
      break
    }
  }

  // The last life: recover, take a few more commands, then stop cleanly so the journal can be read.
  const hub = await HubProcess.start(configFile, data)
  await Promise.all(devices.map((d) => d.mqtt.connect(hub.port)))
  let over = false
  const loops = devices.map((d) => d.run(cuts, () => over))
  await sleep(50)
  over = true
  await Promise.all(loops)
  for (const d of devices) d.mqtt.drop()
  t.same(await hub.stop(), { code: 0, signal: null }, 'the hub stops cleanly after the last restart')

  t.same(ledger.violations, [], 'live: no label acknowledged twice across restarts')
  t.same(ledger.surprises, [], 'live: no acknowledged state missing after a restart (no unexpected refusals)')

  const audit = await auditJournal(join(data, 'journal'), engine)
  t.same(audit.issuedTwice, [], 'journal: no ticket id (business day + label) issued twice')
  const missing = [...ledger.issued.values()].filter((a) => audit.issued.get(a.id) !== a.label || findTicket(audit.recovered, a.id)?.label !== a.label)
  t.same(missing, [], `journal: all ${ledger.issued.size} acknowledged tickets are there after the restarts`)
  const lostCalls = ledger.calls.filter((c) => !audit.called.has(`${c.id}@${c.counter}`))
  t.same(lostCalls, [], `journal: all ${ledger.calls.length} acknowledged calls are there`)
  const lostFinishes = ledger.finishes.filter((f) => !audit.finished.has(`${f.id}@${f.counter}`))
  t.same(lostFinishes, [], `journal: all ${ledger.finishes.length} acknowledged finishes are there`)
  t.same(plain(audit.recovered), plain(audit.replayed), 'snapshot + tail rebuilds the state a replay of every record does')

  const passed = t.passing()
  t.comment(
    `run ${run}: ${cuts} cuts, ${audit.records} records, ${ledger.issued.size} tickets, ${ledger.calls.length} calls, ` +
      `${ledger.finishes.length} finishes acknowledged; ${ledger.lost} answers lost to cuts, ${ledger.retries} retries`,
  )
  if (passed) await rm(dir, { recursive: true, force: true })
  else t.comment(failed('see the failures above'))
  return { cuts, ledger }
}

/** JSON's view of a value: a snapshot carries no `undefined` fields, the live fold may. */
function plain(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value))
}

t.test(`${CUTS} power cuts under load lose nothing acknowledged`, async (t) => {
  const started = performance.now()
  let done = 0
  let tickets = 0
  let broken = false
  for (let run = 1; done < CUTS && !broken; run++) {
    await t.test(`run ${run}`, async (t) => {
      const result = await powerCutRun(t, run, Math.min(CUTS_PER_RUN, CUTS - done))
      done += result.cuts
      tickets += result.ledger.issued.size
      broken = !t.passing()
    })
  }
  t.ok(tickets > 0, 'the hub acknowledged tickets between the cuts')
  t.comment(`${done} cuts, ${tickets} tickets acknowledged, ${Math.round((performance.now() - started) / 1000)} s, seed ${SEED}`)
})
