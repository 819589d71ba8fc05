/**
 * Rule 3 for call points across a restart, through the built appliance: a
 * real hub process (`dist/qms.mjs run`, snapshotEvery 100) raises,
 * acknowledges and clears incidents from a call-point board and a counter
 * keypad, before and after a burst of issues that makes a snapshot. It is
 * stopped and started, and every incident command is sent again with its
 * request id, as a device does with a command it saw no answer to
 * (docs/mqtt.md). Each repeat must name the incident the first answer named,
 * whether its id came back from the snapshot or from the records after it,
 * and journal nothing. Issue 14: a repeat after a restart answered only
 * `{ repeated: true }`.
 */
import t from 'tap'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Answer } from '../../firmware/contract/answers.ts'
import { checkConfig } from '../../firmware/site/config/load.ts'
import { engineConfig } from '../../firmware/site/config/engine-slice.ts'
import { boxDevice, HubProcess, hubConfigDocument, keypadDevice, writeHubConfig } from '../harness/hub-process.ts'
import { auditJournal } from '../harness/journal-audit.ts'
import { DeviceSet } from '../harness/mqtt-device.ts'
import { intlZones } from '../fixtures/zones.ts'

const SITE = 'incident-repeat-site'
const POINTS = ['bed-1', 'bed-2', 'bed-3', 'bed-4']
const document = hubConfigDocument({
  site: SITE,
  services: ['deposits'],
  counters: ['c1'],
  snapshotEvery: 100,
  boxes: 1,
})
// One level: no escalation comes from the clock while the test runs.
document.callPoints = { modem: { driver: 'simulated' }, chains: [{ id: 'ward', levels: [{ to: ['+491701111111'] }] }] }
document.boards.push({
  id: 'ward',
  roles: ['callpoint'],
  password: document.boards[0].password,
  callPoints: {
    input: { driver: 'simulated' },
    points: POINTS.map((id) => ({ id, kind: 'staff', location: id, chain: 'ward' })),
  },
})
const engine = engineConfig(checkConfig(document, 'incident-repeat config', intlZones), intlZones)
const WARD = 'ward-callpoint'
const BOX = boxDevice(0)
const DESK = keypadDevice('c1')
/** More issues than snapshotEvery, so the hub writes a snapshot between the two rounds of incident commands. */
const BURST = 120

interface Sent {
  device: string
  payload: Record<string, unknown>
  first: Answer
}

const incidentOf = (answer: Answer) =>
  answer.status === 'ok' ? (answer.data as { incident?: unknown }).incident : undefined

class Ward extends DeviceSet {
  readonly sent: Sent[] = []
  private n = 0

  constructor() {
    super([WARD, BOX, DESK], SITE)
  }

  /** A first send of an incident command, which must name an incident. */
  async incident(device: string, command: Record<string, unknown>): Promise<void> {
    const payload = { req: `inc-cmd-${++this.n}`, ...command }
    const first = await this.send(device, payload)
    if (typeof incidentOf(first) !== 'string')
      throw new Error(`${device} ${JSON.stringify(payload)} \u2192 ${JSON.stringify(first)}: no incident`)
    this.sent.push({ device, payload, first })
  }

  /** Raise, acknowledge by key and by keypad, clear by point and by id: every call-point command a device sends. */
  async round(points: string[]): Promise<void> {
    const [a, b] = points as [string, string]
    await this.incident(WARD, { type: 'raiseIncident', point: a })
    await this.incident(WARD, { type: 'acknowledgeIncident', point: a, by: a, via: 'key' })
    await this.incident(WARD, { type: 'raiseIncident', point: b })
    await this.incident(DESK, { type: 'acknowledgeIncident', point: b, by: 'c1', via: 'keypad' })
    await this.incident(WARD, { type: 'clearIncident', point: a, by: a })
    const raised = incidentOf(this.sent.find((s) => s.payload.type === 'raiseIncident' && s.payload.point === b)!.first)
    await this.incident(DESK, { type: 'clearIncident', incident: raised, by: 'c1' })
  }

  async burst(): Promise<void> {
    const answers = await Promise.all(
      Array.from({ length: BURST }, (_, i) =>
        this.send(BOX, { req: `issue-${i}`, type: 'issue', service: 'deposits' }),
      ),
    )
    const refused = answers.filter((a) => a.status !== 'ok')
    if (refused.length > 0) throw new Error(`issues refused: ${JSON.stringify(refused[0])}`)
  }

  /** Every incident command again with its request id; the mismatches, none if each repeat names the first answer's incident. */
  async resend(restarted: boolean): Promise<string[]> {
    const wrong: string[] = []
    for (const { device, payload, first } of this.sent) {
      const repeat = await this.send(device, payload)
      const same = repeat.status === 'ok' && incidentOf(repeat) === incidentOf(first)
      // After a restart the exact words are gone: the same incident, marked repeated, as for tickets.
      const marked = !restarted || (repeat.status === 'ok' && (repeat.data as { repeated?: unknown }).repeated === true)
      if (!same || !marked)
        wrong.push(
          `${payload.type} ${payload.req}: first ${JSON.stringify(first)}, the repeat ${JSON.stringify(repeat)}`,
        )
    }
    return wrong
  }
}

t.test(
  'every incident command resent after a restart names the incident of its first answer, from the snapshot and from the journal',
  async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'qms-incident-repeat-'))
    t.teardown(() => rm(dir, { recursive: true, force: true }))
    const configFile = await writeHubConfig(dir, document)
    const data = join(dir, 'data')
    const ward = new Ward()

    const first = await HubProcess.start(configFile, data)
    t.teardown(() => first.kill())
    await ward.connect(first.port)
    await ward.round(POINTS.slice(0, 2))
    await ward.burst()
    await ward.round(POINTS.slice(2))
    t.same(await ward.resend(false), [], 'repeats to the same process get the first answers')
    ward.drop()
    t.same(await first.stop(), { code: 0, signal: null }, 'stopped in order')
    const stored = await auditJournal(join(data, 'journal'), engine)

    const second = await HubProcess.start(configFile, data)
    t.teardown(() => second.kill())
    const recovery = second.recovery()
    // The first round is before the snapshot, the second after it: each repeat's id comes from a different place.
    t.ok(
      recovery.snapshotSeq > 0 && recovery.records >= 6,
      `recovered from the snapshot at seq ${recovery.snapshotSeq}, then ${recovery.records} records`,
    )
    await ward.connect(second.port)
    t.same(
      await ward.resend(true),
      [],
      `all ${ward.sent.length} repeats after the restart name the incident of their first answer`,
    )
    ward.drop()
    await second.stop()
    t.equal(
      (await auditJournal(join(data, 'journal'), engine)).report.lastSeq,
      stored.report.lastSeq,
      'the repeats journaled nothing',
    )
  },
)
