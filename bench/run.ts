/**
 * `npm run bench`: each measurement in its own file, run one after another
 * (never two at once: they share the disk and the two cores). Prints the
 * table against the targets, then one line of JSON with every figure.
 * Progress goes to stderr.
 */
import { cpus } from 'node:os'
import { removeBenchDirs } from './bench-dir.ts'
import { measureAllInOne } from './all-in-one.ts'
import { measureBus } from './bus.ts'
import { measureBytesPerTicket } from './bytes-per-ticket.ts'
import { measureCallToAudio } from './call-to-audio.ts'
import { measureFdatasync } from './fdatasync.ts'
import { measureIssueLatency } from './issue-latency.ts'
import { measureKeyToDisplay } from './key-to-display.ts'
import { measureJournalAppends } from './journal-appends.ts'
import { measureMqttLoad } from './mqtt-load.ts'
import { measurePressToPrint } from './press-to-print.ts'
import { measureRecovery } from './recovery.ts'
import { measureSlowBoard } from './slow-board.ts'
import { measureReportYear } from './report-year.ts'
import { measureStartReady } from './start-ready.ts'
import { measureSustainedLoad } from './sustained-load.ts'
import { round } from './stats.ts'
import { measureThroughput } from './throughput.ts'
import { targetRows } from './targets.ts'

const steps: Array<[string, () => Promise<Record<string, number>>]> = [
  ['bare append + fdatasync', () => measureFdatasync()],
  ['issue latency, in process', () => measureIssueLatency()],
  ['tickets per second, 256 in flight', () => measureThroughput()],
  ['journal appends per second, 256 in flight', () => measureJournalAppends()],
  ['journal bytes per ticket', () => measureBytesPerTicket()],
  ['recovery of 100k and 1M events', () => measureRecovery()],
  ['start to ready', () => measureStartReady()],
  ['MQTT round trip and RSS after 10,000 tickets', () => measureMqttLoad()],
  ['RSS after 60 s of 50 devices at the rate the hub takes', () => measureSustainedLoad()],
  [
    'issue between processes over aedes and mosquitto, interleaved with a bare echo on each; 50 devices resync after a hub restart',
    () => measureBus(),
  ],
  ['call event to the first sample aplay writes to its device, four languages', () => measureCallToAudio()],
  ['button edge to the last ticket byte at the printer, shipped bundle, 1,000 presses', () => measurePressToPrint()],
  ['the same and start to ready on one core capped at 12.5 %', () => measureSlowBoard()],
  ['VmRSS of the all-in-one board, every role, tickets printed', () => measureAllInOne()],
  ['keypad frame to the counter display frame, 9600 and 57600 baud', () => measureKeyToDisplay()],
  ['a year of a busy branch reported from daily summaries', () => measureReportYear()],
  [
    'crash states of a day roll-over, compaction, ticket lifecycle, snapshots and a USB import',
    async () => (await import('./crash-states.ts')).measureCrashStates(),
  ],
  [
    'power cuts that lose what was not synced, history checked',
    async () => (await import('./power-cuts.ts')).measurePowerCuts(),
  ],
]

const figures: Record<string, number> = {}
const started = performance.now()
try {
  for (const [name, measure] of steps) {
    const t0 = performance.now()
    process.stderr.write(`bench: ${name}…`)
    Object.assign(figures, await measure())
    process.stderr.write(` ${((performance.now() - t0) / 1000).toFixed(1)} s\n`)
  }
} finally {
  await removeBenchDirs()
}
for (const key of Object.keys(figures)) figures[key] = round(figures[key]!)

const rows = targetRows(figures)
const width = Math.max(...rows.map((r) => r.what.length))
console.log(`${'measurement'.padEnd(width)}  ${'measured'.padStart(10)}  ${'target'.padEnd(22)}  result`)
for (const row of rows)
  console.log(`${row.what.padEnd(width)}  ${String(row.value).padStart(10)}  ${row.target.padEnd(22)}  ${row.result}`)
console.log(`(${cpus().length} cores, node ${process.version}, ${((performance.now() - started) / 1000).toFixed(0)} s)`)
console.log(JSON.stringify(figures))
