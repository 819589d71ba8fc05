/**
 * A site of six boards, each its own `qms run --board` process on loopback:
 * the hub, a ticket box, two counter keypads, the displays and the speaker.
 * Customers and tellers press buttons (through the boards' stdin) while the
 * hub is killed with SIGKILL and started again. Afterwards every press has
 * an outcome, the journal holds exactly the tickets the box printed, no
 * number was given twice and no call was made twice — first through the
 * embedded broker, then through Debian's mosquitto, which outlives the hub.
 */
import t, { type Test } from 'tap'
import { chmod, mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { checkConfig } from '../../firmware/site/config/load.ts'
import { engineConfig } from '../../firmware/site/config/engine-slice.ts'
import { callAnnouncement } from '../../firmware/language/call-words.ts'
import { findTicket } from '../../firmware/core/index.ts'
import { auditJournal } from '../harness/journal-audit.ts'
import { BoardProcess, type LogEntry } from '../harness/board-process.ts'
import { hubConfigDocument, TEST_PASSWORD, writeHubConfig } from '../harness/hub-process.ts'
import { freePort, Mosquitto } from '../harness/mosquitto.ts'
import { intlZones } from '../fixtures/zones.ts'

/** How long a wait on a board's log may take before it counts as a failure (never a pause). */
const SLOW_MACHINE_MS = 120_000

const simulated = { driver: 'simulated' }

function siteDocument(port: number, external: boolean): Record<string, any> {
  const doc = hubConfigDocument({ services: ['deposits', 'loans'], counters: ['c1', 'c2'] })
  doc.hub.broker = { port, ...(external ? { mode: 'external' } : {}) }
  const board = (id: string, extra: Record<string, unknown>) => ({ id, password: TEST_PASSWORD, ...extra })
  doc.boards = [
    board('hub', { roles: ['hub'] }),
    board('box', {
      roles: ['dispenser'],
      dispenser: {
        buttons: [{ service: 'deposits' }, { service: 'loans' }],
        input: simulated,
        printer: simulated,
        cooldownMs: 0,
      },
    }),
    board('desk1', { roles: ['counter'], counters: [{ counter: 'c1', input: simulated }] }),
    board('desk2', { roles: ['counter'], counters: [{ counter: 'c2', input: simulated }] }),
    board('hall', {
      roles: ['display'],
      displays: [
        { id: 'hall', kind: 'hall', lines: 4, output: simulated },
        { id: 'above-c1', kind: 'counter', counter: 'c1', output: simulated },
      ],
    }),
    board('voice', { roles: ['announcer'], announcer: { output: simulated } }),
  ]
  return doc
}

const is = (msg: string) => (e: LogEntry) => e.msg === msg

async function runSite(t: Test, external: boolean): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'qms-site-'))
  await chmod(dir, 0o755) // mosquitto, dropping root, reads its files below
  const port = await freePort()
  const doc = siteDocument(port, external)
  const file = await writeHubConfig(dir, doc)
  const config = checkConfig(doc, file, intlZones, 'hub')
  if (external) {
    await mkdir(join(dir, 'mosquitto'))
    const broker = await Mosquitto.start(config, join(dir, 'mosquitto'))
    t.teardown(() => broker.stop())
  }
  const boards = new Map<string, BoardProcess>()
  const start = async (id: string) => {
    const board = new BoardProcess(id, file, join(dir, id))
    boards.set(id, board)
    t.teardown(() => board.kill())
    await board.ready()
    return board
  }
  let hub = await start('hub')
  const [box, desk1, desk2, hall, voice] = await Promise.all(['box', 'desk1', 'desk2', 'hall', 'voice'].map(start))

  // Customers and tellers press while the hub dies at press 12 and is back from press 18.
  let pressed = 0
  const killedAt: Record<string, number> = {}
  for (let i = 0; i < 36; i++) {
    box!.press('dispenser', i % 2 === 0 ? 'deposits' : 'loans')
    pressed += 1
    if (i % 3 === 2) {
      desk1!.press('counter:c1', 'next')
      desk2!.press('counter:c2', 'next')
    }
    if (i === 12) {
      for (const [id, board] of boards) killedAt[id] = board.entries.length
      await hub.kill()
    }
    if (i === 18) hub = await start('hub')
    await sleep(120)
  }

  // Every board finds the hub again. The waits are on the boards' own lines; their time-outs only
  // bound a failure, and are generous: on a busy 2-core machine six processes restart slowly.
  for (const board of [box!, desk1!, desk2!, hall!, voice!]) {
    const back = external ? is('the hub is back') : is('connected to the hub')
    await board.waitFor(back, SLOW_MACHINE_MS, killedAt[board.board])
  }
  // Every press of the box ends in a ticket or a refusal a customer can see: wait for each outcome in turn.
  const outcome = (e: { msg?: unknown }) =>
    e.msg === 'simulated printer printed a ticket' || e.msg === 'ticket box refused a ticket'
  for (let seen = 0, from = 0; seen < pressed; seen++)
    from = box!.entries.indexOf(await box!.waitFor(outcome, SLOW_MACHINE_MS, from)) + 1
  const printed = box!.entries.filter(is('simulated printer printed a ticket')).map((e) => e.label as string)
  const refused = box!.entries.filter(is('ticket box refused a ticket'))
  t.equal(
    printed.length + refused.length,
    pressed,
    `${printed.length} printed and ${refused.length} refused of ${pressed} presses`,
  )
  t.ok(
    refused.length > 0 && refused.every((e) => /hub/i.test(String(e.message))),
    'presses while the hub was away were refused for that reason',
  )
  t.equal(new Set(printed).size, printed.length, 'no number printed twice')

  // After the restart the whole chain works: a call reaches the keypad, the displays and the speaker.
  await sleep(300)
  const saidFrom = voice!.entries.length
  const shownBefore = hall!.entries.length
  box!.press('dispenser', 'deposits')
  const last = await box!.waitFor(is('simulated printer printed a ticket'), 20_000, box!.entries.length)
  for (let i = 0; i < 40; i++) {
    const from = desk1!.entries.length
    desk1!.press('counter:c1', 'next')
    const answer = await desk1!.waitFor(is('keypad answered'), 20_000, from)
    if (String(answer.text).startsWith(`${last.label} `)) break
  }
  const shown = await hall!.waitFor(
    (e) =>
      e.msg === 'simulated display shows' &&
      e.display === 'above-c1' &&
      JSON.stringify(e.rows).includes(String(last.label)),
    20_000,
    shownBefore,
  )
  t.ok(shown, `the counter display shows ${last.label}`)
  // The speaker may still be working through the calls before it: wait for this ticket's words, not any words.
  const announcer = config.boards.find((b) => b.id === 'voice')!.announcer!
  const expected = callAnnouncement(
    { label: String(last.label), counterName: '1', place: announcer.place, numbers: announcer.numbers },
    ['en'],
  )
  const spoken = `en: ${expected.parts[0]!.words.join(' ')}`
  const said = await voice!.waitFor(
    (e) => e.msg === 'simulated speaker said' && (e.words as string[])[0] === spoken,
    SLOW_MACHINE_MS,
    saidFrom,
  )
  t.ok(said, `the speaker announces ${last.label}`)

  for (const board of boards.values()) await board.stop()
  const audit = await auditJournal(join(dir, 'hub', 'journal'), engineConfig(config, intlZones))
  const issued = [...audit.issued.values()]
  t.same(audit.issuedTwice, [], 'no ticket id issued twice')
  t.same(
    [...issued].sort(),
    [...printed, last.label].sort(),
    'the journal holds exactly the tickets the box printed: none lost, none without paper',
  )
  // Closed tickets leave the ticket map (core/closed-tickets.ts): look up every issued one.
  const calledTwice = [...audit.issued.keys()]
    .map((id) => findTicket(audit.replayed, id))
    .filter((ticket) => ticket !== undefined && ticket.calls > 1)
  t.same(
    calledTwice.map((ticket) => ticket!.label),
    [],
    'no "next" called a ticket twice',
  )
  t.ok(audit.called.size > 0, `${audit.called.size} calls journaled`)
}

t.test('six boards as processes on the embedded broker; the hub killed and restarted', (t) => runSite(t, false))
t.test('the same boards through mosquitto, which outlives the hub', (t) => runSite(t, true))
