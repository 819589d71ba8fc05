/**
 * One run of power cuts against the built hub (`dist/qms.mjs run` as a
 * process) whose data folder is on the lazy file system (lazy-fs.ts): each
 * cut SIGKILLs the hub under load, drops what was not synced (all of it, or
 * a random subset a kernel may lose), and starts the hub again; the devices
 * resend every unanswered command with its request id. After the last life
 * the hub stops cleanly and the history is checked against its journal
 * (cut-history.ts). Used by test/hub/power-cut.test.ts, the benchmark and
 * `npm run torture`.
 *
 * The hub's config makes the cuts land on every journal writer it can:
 * a snapshot every 100 records (the schema's least), and old business days
 * seeded before the first start, so the first life rolls the day over —
 * closed days' report summaries, merged segments, a day past retention
 * deleted, superseded snapshots removed.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkConfig } from '../../firmware/site/config/load.ts'
import { engineConfig } from '../../firmware/site/config/engine-slice.ts'
import { ifMissing, listDays } from '../../firmware/journal/segments.ts'
import { summariesDir } from '../../firmware/report/summary-store.ts'
import { checkHistory, History, type Verdict } from './cut-history.ts'
import { boxDevice, HubProcess, hubConfigDocument, keypadDevice, writeHubConfig } from './hub-process.ts'
import { auditJournal, type JournalAudit } from './journal-audit.ts'
import { LazyFs } from './lazy-fs.ts'
import { seedOldDays } from './old-days.ts'
import { CounterKeypad, TicketBox } from './ticket-load.ts'
import { intlZones } from '../fixtures/zones.ts'

const SERVICES = ['deposits', 'loans', 'accounts', 'cards', 'business', 'foreign']
const COUNTERS = ['c1', 'c2', 'c3']
const TICKET_BOXES = 8
const SITE = 'power-cut'
/** Longest time the hub runs under load before the cut. */
const MAX_DELAY_MS = 250
/** Days seeded before the first start; with retentionDays 3 the oldest is past retention. */
const OLD_DAYS = [1, 2, 5]

export const CUT_DOCUMENT = hubConfigDocument({
  site: SITE,
  services: SERVICES,
  counters: COUNTERS,
  snapshotEvery: 100,
})
CUT_DOCUMENT.hub = { ...CUT_DOCUMENT.hub, retentionDays: 3, summaryRetentionDays: 3 }
const engine = engineConfig(checkConfig(CUT_DOCUMENT, 'power-cut config', intlZones), intlZones)

export interface PowerCutRun {
  cuts: number
  /** Cuts that dropped everything pending, and those that kept a random allowed part of it. */
  allCuts: number
  randomCuts: number
  /** Pending file-system operations the cuts dropped, and the cuts that dropped any. */
  dropped: number
  lossyCuts: number
  /** The history checked against the journal; missing when the last restart failed. */
  verdict?: Verdict
  failedRestarts: string[]
  audit?: JournalAudit
  /** The seeded old days as the journal holds them after the first cut, before the hub ran. */
  seededDaysAfterCut: string[]
  seededDays: string[]
  /** After the last life: the journal's day folders and the daily summaries (the roll-over's work, done through the cuts). */
  journalDays: string[]
  summaryDays: string[]
  /** Where the run's files are (kept when `keep`), and the last hub's output for a failure message. */
  dir: string
  tail: string[]
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function powerCutRun(options: {
  cuts: number
  random: () => number
  keep?: boolean
}): Promise<PowerCutRun> {
  const { random } = options
  const dir = await mkdtemp(join(tmpdir(), 'qms-power-cut-'))
  const configFile = await writeHubConfig(dir, CUT_DOCUMENT)
  const fs = await LazyFs.mount(join(dir, 'fs'))
  const data = join(fs.path, 'data')
  const history = new History()
  const devices = [
    ...Array.from({ length: TICKET_BOXES }, (_, i) => new TicketBox(boxDevice(i), SITE, history, random, SERVICES)),
    ...COUNTERS.map((c) => new CounterKeypad(keypadDevice(c), SITE, history, random, c)),
  ]
  const result: PowerCutRun = {
    cuts: 0,
    allCuts: 0,
    randomCuts: 0,
    dropped: 0,
    lossyCuts: 0,
    failedRestarts: history.failedRestarts,
    seededDays: [],
    seededDaysAfterCut: [],
    journalDays: [],
    summaryDays: [],
    dir,
    tail: [],
  }
  try {
    result.seededDays = await seedOldDays(join(data, 'journal'), engine, OLD_DAYS)
    // The seeding process "loses power" too: only what the Journal class made durable is there for the hub.
    await fs.cut('all')
    result.seededDaysAfterCut = await listDays(join(data, 'journal'))

    let life = 0
    for (; result.cuts < options.cuts; result.cuts++) {
      life += 1
      const hub = await startHub(configFile, data, history, life)
      if (!hub) break
      await Promise.all(devices.map((d) => d.mqtt.connect(hub.port)))
      let over = false
      const loops = devices.map((d) => d.run(life, () => over))
      // A cut mostly lands under full load; one in eight while the devices resend and the hub rolls the day over.
      await sleep(random() < 0.125 ? random() * 5 : random() * MAX_DELAY_MS)
      await hub.kill()
      over = true
      for (const d of devices) d.mqtt.drop()
      await Promise.all(loops)
      result.tail = hub.tail
      // The process is reaped, so none of its file-system requests is still in flight: now the power goes.
      const mode = random() < 0.5 ? 'all' : 'random'
      const counts = await fs.cut(mode, Math.floor(random() * 2 ** 31))
      result[mode === 'all' ? 'allCuts' : 'randomCuts'] += 1
      result.dropped += counts.dataDropped + counts.namesDropped
      if (counts.dataDropped + counts.namesDropped > 0) result.lossyCuts += 1
    }

    // The last life: every device resends what the last cut left unanswered, then the hub stops cleanly.
    life += 1
    const hub = await startHub(configFile, data, history, life)
    if (hub) {
      await Promise.all(devices.map((d) => d.mqtt.connect(hub.port)))
      await Promise.all(devices.map((d) => d.run(life, () => true)))
      for (const d of devices) d.mqtt.drop()
      const exit = await hub.stop()
      result.tail = hub.tail
      if (exit.code !== 0)
        history.failedRestarts.push(`life ${life}: the hub did not stop cleanly (${JSON.stringify(exit)})`)
      result.audit = await auditJournal(join(data, 'journal'), engine)
      result.verdict = checkHistory(history, result.audit)
      result.journalDays = await listDays(join(data, 'journal'))
      // No folder when the cut that ended the first life came before its roll-over wrote a summary: it waits for the next day.
      result.summaryDays = (await readdir(summariesDir(data)).catch(ifMissing([] as string[])))
        .filter((n) => n.endsWith('.json'))
        .map((n) => n.slice(0, -5))
        .sort()
    }
  } finally {
    await fs.unmount()
    if (!options.keep) await rm(dir, { recursive: true, force: true })
  }
  return result
}

async function startHub(
  configFile: string,
  data: string,
  history: History,
  life: number,
): Promise<HubProcess | undefined> {
  try {
    return await HubProcess.start(configFile, data)
  } catch (err) {
    history.failedRestarts.push(`life ${life}: ${(err as Error).message}`)
    return undefined
  }
}

/**
 * The figures of `npm run bench` and `npm run torture` over several runs:
 * cuts, and each kind of violation the history checker found (0 is the target).
 */
export function cutFigures(runs: PowerCutRun[]): Record<string, number> {
  const sum = (f: (r: PowerCutRun) => number) => runs.reduce((n, r) => n + f(r), 0)
  return {
    power_cuts: sum((r) => r.cuts),
    cuts_lossy: sum((r) => r.lossyCuts),
    cuts_lost_acked: sum((r) => r.verdict?.lostAcked.length ?? 0),
    cuts_given_twice: sum((r) => r.verdict?.givenTwice.length ?? 0),
    cuts_repeat_mismatch: sum((r) => r.verdict?.repeatMismatch.length ?? 0),
    cuts_failed_restarts: sum((r) => r.failedRestarts.length),
    cuts_acked_tickets: sum((r) => r.verdict?.acked.issue ?? 0),
    cuts_resends: sum((r) => r.verdict?.repeats ?? 0),
  }
}
