/**
 * A journal cut before its newest snapshot, through the built bundle: the
 * hub refuses to start (it is no torn tail), `qms journal salvage` lists the
 * lost seqs and restores what the snapshot holds, the hub then numbers on
 * after the snapshot, and `qms report` counts every ticket the hub holds.
 */
import t from 'tap'
import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FrameDecoder, payloadText } from '../../../firmware/journal/record.ts'
import {
  boxDevice,
  hubConfigDocument,
  HubExitedError,
  HubProcess,
  keypadDevice,
  QMS_BUNDLE,
  writeHubConfig,
} from '../../harness/hub-process.ts'
import { MqttDevice, type Outcome } from '../../harness/mqtt-device.ts'

const qms = (...args: string[]) => spawnSync(QMS_BUNDLE, args, { encoding: 'utf8', timeout: 60_000 })

function label(outcome: Outcome): string {
  if (outcome === 'lost' || outcome.status !== 'ok') throw new Error(`not answered ok: ${JSON.stringify(outcome)}`)
  return (outcome.data as { ticket: { label: string } }).ticket.label
}

/**
 * 10 tickets issued, 3 of them called and finished at c1, 84 more issued: with the record that
 * starts the day, 101 records, the last one taken into the snapshot at seq 101. The hub stopped.
 */
async function busyDay(config: string, data: string): Promise<string[]> {
  const hub = await HubProcess.start(config, data)
  const box = new MqttDevice(boxDevice(0), 'test-site')
  const keypad = new MqttDevice(keypadDevice('c1'), 'test-site')
  await box.connect(hub.port)
  await keypad.connect(hub.port)
  const labels: string[] = []
  const issue = async (n: number) => {
    for (let i = 0; i < n; i++) labels.push(label(await box.request({ type: 'issue', service: 'deposits' })))
  }
  await issue(10)
  for (let i = 0; i < 3; i++) {
    label(await keypad.request({ type: 'callNext', counter: 'c1' }))
    label(await keypad.request({ type: 'finish', counter: 'c1' }))
  }
  await issue(84)
  box.drop()
  keypad.drop()
  t.same(await hub.stop(), { code: 0, signal: null })
  return labels
}

t.test(
  'a journal cut before its snapshot: refused, salvaged, then every held ticket is in the report and no number is given twice',
  async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'qms-salvage-'))
    const config = await writeHubConfig(dir, hubConfigDocument({ boxes: 1, snapshotEvery: 100 }))
    const data = join(dir, 'data')
    const labels = await busyDay(config, data)
    t.equal(new Set(labels).size, 94)

    const journal = join(data, 'journal')
    const snapshot = Math.max(
      ...(await readdir(join(journal, 'snapshots')))
        .filter((n) => n.endsWith('.snap'))
        .map((n) => Number(n.slice(0, 16))),
    )
    const day = (await readdir(journal)).find((n) => /^\d{4}-\d{2}-\d{2}$/.test(n))!
    const segment = join(journal, day, (await readdir(join(journal, day))).sort()[0]!)
    const bytes = await readFile(segment)
    const ends = new Map<number, number>()
    new FrameDecoder().push(bytes, (f) => ends.set(f.seq, f.end))
    // Seq 1 starts the day, 2..11 issue: everything after them up to the snapshot is gone, the calls and
    // finishes too (a card that lost synced pages, a wrong truncate).
    const keep = 11
    t.equal(snapshot, 101, 'the newest snapshot holds every record')
    await writeFile(segment, bytes.subarray(0, ends.get(keep)!))

    const refused = await HubProcess.start(config, data).then(
      async (hub) => {
        await hub.stop()
        return undefined
      },
      (err: unknown) => err,
    )
    if (!(refused instanceof HubExitedError))
      return void t.fail('the hub started on a journal that lost records its snapshot holds')
    t.equal(refused.exit.code, 1)
    t.match(refused.lines.join('\n'), `records ${keep + 1}..${snapshot} are missing`)
    t.match(refused.lines.join('\n'), 'qms journal salvage')

    const salvage = qms('journal', 'salvage', '--data', data)
    t.equal(salvage.status, 0, salvage.stderr)
    // Log lines (one JSON object a line) come before the report, printed over several lines.
    const report = JSON.parse(salvage.stdout.slice(salvage.stdout.indexOf('{\n'))) as {
      gaps: Array<{ from: number; to: number }>
      restored?: { seq: number; snapshot: number }
      lostByLabel: string[]
    }
    t.match(report, { restored: { seq: keep + 1, snapshot }, gaps: [{ from: keep + 2, to: snapshot }] })
    t.match(
      report.lostByLabel,
      [
        `90 records between ${labels[9]} and the end of the log could not be read (seqs ${keep + 1}..${snapshot})`,
        `restored for the reports: called A0001 at c1, A0002 at c1, A0003 at c1; finished A0001 at c1, A0002 at c1, A0003 at c1; issued ${labels[10]}–${labels[93]}`,
      ],
      'what the log lost is said by label',
    )

    const hub = await HubProcess.start(config, data)
    const box = new MqttDevice(boxDevice(0), 'test-site')
    await box.connect(hub.port)
    const next = label(await box.request({ type: 'issue', service: 'deposits' }))
    box.drop()
    await hub.stop()
    t.notOk(labels.includes(next), `the next ticket ${next} is a new number`)
    t.equal(next, 'A0095')

    const figures = qms('report', '--config', config, '--data', data, '--format', 'json')
    t.equal(figures.status, 0, figures.stderr)
    const rows = (JSON.parse(figures.stdout) as { rows: Array<{ key: string; issued: number; served: number }> }).rows
    t.match(
      rows.find((r) => r.key === 'deposits'),
      { issued: 95, served: 3 },
      'every ticket the hub holds is counted',
    )
  },
)

t.test('damage mid-log: salvage says by label what it read from the damaged bytes and what it could not', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-salvage-'))
  const config = await writeHubConfig(dir, hubConfigDocument({ boxes: 1, snapshotEvery: 100 }))
  const data = join(dir, 'data')
  const labels = await busyDay(config, data)
  const journal = join(data, 'journal')
  const day = (await readdir(journal)).find((n) => /^\d{4}-\d{2}-\d{2}$/.test(n))!
  const segment = join(journal, day, (await readdir(join(journal, day))).sort()[0]!)
  const bytes = await readFile(segment)
  const frames = new Map<number, { from: number; to: number; text: string }>()
  new FrameDecoder().push(bytes, (f, offset) => frames.set(f.seq, { from: offset, to: f.end, text: payloadText(f) }))
  // Seqs 2..11 issue labels[0..9]: seqs 4..6 (labels[2..4]) are wiped past reading.
  for (const seq of [4, 5, 6]) bytes.fill(0xff, frames.get(seq)!.from, frames.get(seq)!.to)
  // The first call's frame CRC is hit: the frame fails, its payload still reads.
  const [callSeq, call] = [...frames].find(([, f]) => f.text.includes('"ticket.called"'))!
  bytes.writeUInt8(bytes.readUInt8(call.from) ^ 0xff, call.from)
  await writeFile(segment, bytes)

  const salvage = qms('journal', 'salvage', '--data', data)
  t.equal(salvage.status, 0, salvage.stderr)
  const report = JSON.parse(salvage.stdout.slice(salvage.stdout.indexOf('{\n'))) as { lostByLabel: string[] }
  t.same(report.lostByLabel, [
    `3 records between ${labels[1]} and ${labels[5]} could not be read (seqs 4..6)`,
    `record ${callSeq}, read from the damaged bytes (unchecked): called ${labels[0]} at c1`,
  ])
  t.match(salvage.stdout, `lost:\n  3 records between ${labels[1]} and ${labels[5]} could not be read`)
})
