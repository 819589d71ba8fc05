/**
 * The hub's workload, traced: the built bundle starts on a data folder of
 * yesterday (two segments, two snapshots), so it begins a business day —
 * a snapshot, yesterday's summary, a compaction that merges the day and
 * drops the oldest snapshot — then issues, calls and finishes tickets over
 * MQTT until a second snapshot is written, and stops.
 *
 * Yesterday is made with time zones, the bundle having no clock of its
 * own: seeded in Pacific/Pago_Pago (UTC−11), run in Pacific/Kiritimati
 * (UTC+14), 25 hours ahead, so the local date is always a later one.
 */
import { watch } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Answer } from '../../../firmware/contract/answers.ts'
import { boxDevice, hubConfigDocument, HubProcess, keypadDevice, writeHubConfig } from '../hub-process.ts'
import { MqttDevice } from '../mqtt-device.ts'
import type { Trace } from './fs-ops.ts'
import { readRun, straceCommand, traceeOf } from './strace-run.ts'
import { readTree } from './tree-io.ts'

export interface AnsweredCommand {
  type: string
  answer: Answer
}

export interface HubRun {
  trace: Trace
  configFile: string
  /** Every command that got an ok answer, by request id. */
  answered: Map<string, AnsweredCommand>
  /** When the run ended (the recovery check issues at this time, in the same business day). */
  endedAt: number
}

const SERVICES = ['deposits', 'loans']

function siteDocument(timeZone: string) {
  const doc = hubConfigDocument({ services: SERVICES, counters: ['c1'], snapshotEvery: 100, boxes: 1 })
  doc.site.timeZone = timeZone
  doc.site.dayStartsAt = '00:00'
  return doc
}

/** The ok answer of each command, in order; anything else fails the workload. */
async function send(
  device: MqttDevice,
  commands: Array<Record<string, unknown>>,
  answered: Map<string, AnsweredCommand>,
): Promise<void> {
  for (const command of commands) {
    const outcome = await device.request(command)
    if (outcome === 'lost' || outcome.status !== 'ok')
      throw new Error(`${JSON.stringify(command)} got ${JSON.stringify(outcome)}`)
    answered.set(outcome.req, { type: String(command.type), answer: outcome })
  }
}

/** Cuts yesterday's one segment in two at a record boundary, as a roll-over at segmentBytes would have. */
async function splitSegment(dayDir: string): Promise<void> {
  const [name, ...others] = await readdir(dayDir)
  if (!name || others.length > 0) throw new Error(`${dayDir} should hold one segment`)
  const bytes = await readFile(join(dayDir, name))
  let offset = 0
  let records = 0
  // Record framing (docs/journal.md): a 24-byte header whose bytes 8..12 hold the payload length, seq at 12..18.
  while (offset < bytes.length / 2) {
    offset += 24 + bytes.readUInt32LE(offset + 8)
    records += 1
  }
  const seq = bytes.readUIntLE(offset + 12, 6)
  if (records < 2 || offset >= bytes.length) throw new Error(`${name} is too short to split`)
  await writeFile(join(dayDir, name), bytes.subarray(0, offset))
  await writeFile(join(dayDir, `${String(seq).padStart(16, '0')}.seg`), bytes.subarray(offset))
}

/** Resolves once `check` passes, re-checked on each change in `dir`. */
async function until(dir: string, check: () => Promise<boolean>, what: string): Promise<void> {
  const watcher = watch(dir)
  try {
    const guard = AbortSignal.timeout(60_000)
    while (!(await check())) {
      await new Promise((resolve, reject) => {
        watcher.once('change', resolve)
        guard.addEventListener('abort', () => reject(new Error(`timed out waiting for ${what}`)), { once: true })
      })
    }
  } finally {
    watcher.close()
  }
}

export async function traceHubRun(work: string): Promise<HubRun> {
  const data = join(work, 'data')
  const answered = new Map<string, AnsweredCommand>()
  await mkdir(data, { recursive: true })
  const seedConfig = await writeHubConfig(work, siteDocument('Pacific/Pago_Pago'))
  const seed = await HubProcess.start(seedConfig, data)
  const seedBox = new MqttDevice(boxDevice(0), 'test-site')
  await seedBox.connect(seed.port)
  await send(
    seedBox,
    Array.from({ length: 110 }, (_, i) => ({ type: 'issue', service: SERVICES[i % 2] })),
    new Map(),
  )
  const snapshots = join(data, 'journal', 'snapshots')
  const snaps = async () => (await readdir(snapshots)).filter((n) => n.endsWith('.snap'))
  await until(snapshots, async () => (await snaps()).length === 2, "the seed run's second snapshot")
  seedBox.drop()
  await seed.stop()
  const days = (await readdir(join(data, 'journal'))).filter((n) => /^\d{4}-\d\d-\d\d$/.test(n))
  await splitSegment(join(data, 'journal', days[0]!))
  const seeded = new Set(await snaps())
  const start = await readTree(data)

  const configFile = await writeHubConfig(work, siteDocument('Pacific/Kiritimati'))
  const traceFile = join(work, 'hub.strace')
  const hub = await HubProcess.start(configFile, data, 120_000, straceCommand(traceFile))
  const box = new MqttDevice(boxDevice(0), 'test-site')
  const keypad = new MqttDevice(keypadDevice('c1'), 'test-site')
  await box.connect(hub.port)
  await keypad.connect(hub.port)
  // 40 issues and 20 × (call, start, finish) after the day.started record: the 101st record makes a snapshot due.
  await send(
    box,
    Array.from({ length: 40 }, (_, i) => ({ type: 'issue', service: SERVICES[i % 2] })),
    answered,
  )
  for (let i = 0; i < 20; i++)
    await send(
      keypad,
      ['callNext', 'start', 'finish'].map((type) => ({ type, counter: 'c1' })),
      answered,
    )
  // Two new snapshots (the new day's and the 101st record's), and the oldest seeded one compacted away.
  await until(
    snapshots,
    async () => {
      const now = await snaps()
      return now.filter((n) => !seeded.has(n)).length === 2 && now.length === 3
    },
    "the run's snapshots and compaction",
  )
  const endedAt = Date.now()
  box.drop()
  keypad.drop()
  process.kill(await traceeOf(hub.pid), 'SIGTERM')
  const exit = await hub.exited
  if (exit.code !== 0) throw new Error(`traced hub exited with ${JSON.stringify(exit)}:\n${hub.tail.join('\n')}`)
  const trace = await readRun(traceFile, data, start)
  await rm(traceFile)
  return { trace, configFile, answered, endedAt }
}
