/**
 * Rule 3 across restarts, through the built appliance: a real hub process
 * (`dist/qms.mjs run`, snapshotEvery 100) takes every command whose answer
 * names a ticket, before and after a burst of 150 issues that makes a
 * snapshot while records are still being written. The hub is stopped and
 * started, and every command is sent again with its request id, as a device
 * does with a command it saw no answer to (docs/mqtt.md). Each repeat must
 * name the ticket the first answer named and journal nothing: the ids of the
 * commands before the snapshot come back from it, those after from the
 * records. Issue 14, defects 3 and 4.
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

const SITE = 'repeat-site'
const document = hubConfigDocument({
  site: SITE,
  services: ['deposits', 'loans'],
  counters: ['c1', 'c2'],
  snapshotEvery: 100,
  boxes: 3,
})
// A called customer may be marked no-show at once, so the script can include one.
document.rules = { noShow: { minCalls: 1, minSeconds: 0 } }
const engine = engineConfig(checkConfig(document, 'repeat-after-restart config', intlZones), intlZones)
const BOX = boxDevice(0)
/** The burst comes from several boxes at once, so records arrive while earlier ones are being synced. */
const BURST_BOXES = [0, 1, 2].map(boxDevice)
const DESK1 = keypadDevice('c1')
const DESK2 = keypadDevice('c2')
const BURST = 150

interface Sent {
  device: string
  payload: Record<string, unknown>
  first: Answer
}

/** The devices of one life of the hub, and every command sent with its first answer. */
class Site extends DeviceSet {
  readonly sent: Sent[] = []

  constructor() {
    super([...BURST_BOXES, DESK1, DESK2], SITE)
  }

  /** A first send, which must succeed; returns the ticket the answer names. */
  async first(device: string, payload: Record<string, unknown>): Promise<{ id: string; label: string }> {
    const answer = await this.send(device, payload)
    const ticket = ticketOf(answer)
    if (!ticket) throw new Error(`${device} ${JSON.stringify(payload)} → ${JSON.stringify(answer)}: no ticket`)
    this.sent.push({ device, payload, first: answer })
    return ticket
  }

  /** Issues in one burst: every command is published before the first answer arrives. */
  async burst(prefix: string): Promise<void> {
    const sends = Array.from({ length: BURST }, (_, i) => ({
      device: BURST_BOXES[i % BURST_BOXES.length]!,
      payload: { req: `${prefix}-${i}`, type: 'issue', service: i % 2 ? 'loans' : 'deposits' },
    }))
    const answering: Array<Promise<Answer>> = []
    for (const [i, { device, payload }] of sends.entries()) {
      answering.push(this.send(device, payload))
      // A few at a time, each few in its own turn of the event loop: they reach the hub while earlier ones are being synced.
      if (i % 4 === 3) await new Promise(setImmediate)
    }
    const answers = await Promise.all(answering)
    answers.forEach((first, i) => {
      if (!ticketOf(first)) throw new Error(`burst issue ${i} \u2192 ${JSON.stringify(first)}`)
      this.sent.push({ ...sends[i]!, first })
    })
  }

  /** Every kind of command that names a ticket; callNext both with and without a customer to finish first. */
  async everyKind(prefix: string): Promise<void> {
    let n = 0
    const req = () => `${prefix}-${++n}`
    for (let i = 0; i < 5; i++) await this.first(BOX, { req: req(), type: 'issue', service: 'deposits' })
    await this.callNext(DESK1, req())
    await this.first(DESK1, { req: req(), type: 'recall', counter: 'c1' })
    await this.first(DESK1, { req: req(), type: 'start', counter: 'c1' })
    await this.callNext(DESK1, req())
    await this.first(DESK1, { req: req(), type: 'noShow', counter: 'c1' })
    await this.callNext(DESK1, req())
    const held = await this.first(DESK1, { req: req(), type: 'hold', counter: 'c1' })
    await this.first(DESK1, { req: req(), type: 'callTicket', counter: 'c1', label: held.label })
    await this.first(DESK1, { req: req(), type: 'transfer', counter: 'c1', to: { service: 'loans' } })
    await this.callNext(DESK1, req())
    await this.first(DESK1, { req: req(), type: 'finish', counter: 'c1' })
    await this.callNext(DESK2, req())
    await this.callNext(DESK2, req())
    const unprinted = await this.first(BOX, { req: req(), type: 'issue', service: 'deposits' })
    await this.first(BOX, { req: req(), type: 'markUnprinted', label: unprinted.label, reason: 'paper out' })
    await this.first(DESK1, { req: req(), type: 'reprint', label: unprinted.label })
    await this.first(BOX, { req: req(), type: 'markPrinted', label: unprinted.label })
    await this.first(DESK1, { req: req(), type: 'cancel', label: unprinted.label })
  }

  private async callNext(device: string, req: string): Promise<void> {
    await this.first(device, { req, type: 'callNext', counter: device === DESK1 ? 'c1' : 'c2' })
  }

  /** Sends every command again with its request id; the mismatches, none if each repeat names the first answer's ticket. */
  async resend(restarted: boolean): Promise<string[]> {
    const wrong: string[] = []
    for (const { device, payload, first } of this.sent) {
      const repeat = await this.send(device, payload)
      const same = repeat.status === 'ok' && ticketOf(repeat)?.id === ticketOf(first)!.id
      // After a restart the exact words are gone: the same ticket as it stands now, marked repeated.
      const marked = !restarted || (repeat.status === 'ok' && (repeat.data as { repeated?: unknown }).repeated === true)
      if (!same || !marked)
        wrong.push(
          `${payload.type} ${payload.req}: first named ${ticketOf(first)!.label}, the repeat ${describe(repeat)}`,
        )
    }
    return wrong
  }
}

function ticketOf(answer: Answer): { id: string; label: string } | undefined {
  if (answer.status !== 'ok') return undefined
  const ticket = (answer.data as { ticket?: { id?: unknown; label?: unknown } } | undefined)?.ticket
  return typeof ticket?.id === 'string' && typeof ticket.label === 'string'
    ? { id: ticket.id, label: ticket.label }
    : undefined
}

function describe(answer: Answer): string {
  if (answer.status !== 'ok') return `was refused: ${answer.error.code}`
  const ticket = (answer.data as { ticket?: { label?: string; state?: string } }).ticket
  return ticket ? `named ${ticket.label} (${ticket.state})` : `named no ticket: ${JSON.stringify(answer.data)}`
}

t.test(
  'every command resent after a restart with its request id names the first answer\u2019s ticket and changes nothing',
  async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'qms-repeat-'))
    t.teardown(() => rm(dir, { recursive: true, force: true }))
    const configFile = await writeHubConfig(dir, document)
    const data = join(dir, 'data')
    const site = new Site()

    const first = await HubProcess.start(configFile, data)
    t.teardown(() => first.kill())
    await site.connect(first.port)
    await site.everyKind('before')
    await site.burst('burst')
    await site.everyKind('after')
    t.same(await site.resend(false), [], 'repeats to the same process get the first answers')
    site.drop()
    t.same(await first.stop(), { code: 0, signal: null }, 'stopped in order')
    const stored = await auditJournal(join(data, 'journal'), engine)
    t.ok(
      stored.report.snapshotSeq > 0,
      `a snapshot was written (seq ${stored.report.snapshotSeq} of ${stored.report.lastSeq})`,
    )

    const second = await HubProcess.start(configFile, data)
    t.teardown(() => second.kill())
    const recovery = second.recovery()
    t.ok(
      recovery.snapshotSeq > 0 && recovery.records > 0,
      `recovered from the snapshot at seq ${recovery.snapshotSeq}, then ${recovery.records} records`,
    )
    await site.connect(second.port)
    t.same(
      await site.resend(true),
      [],
      `all ${site.sent.length} repeats after the restart name the ticket of their first answer`,
    )
    site.drop()
    await second.stop()

    const after = await auditJournal(join(data, 'journal'), engine)
    t.equal(after.report.lastSeq, stored.report.lastSeq, 'the repeats journaled nothing')
    t.equal(after.issued.size, stored.issued.size, 'no second tickets')
    t.same(after.issuedTwice, [], 'no number given twice')
  },
)
