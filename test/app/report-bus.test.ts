/**
 * The manager's figures on the bus from a running appliance: live figures
 * retained as tickets move, and when a new business day starts, the closed
 * day's summary written to disk (before compaction) and published retained,
 * readable by a viewer login and not by the public.
 */
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import mqtt from 'mqtt'
import pino from 'pino'
import t from 'tap'
import { Appliance } from '../../firmware/shell/app.ts'
import { grantsOf, maySubscribe, type Principal } from '../../firmware/bus/access-list.ts'
import type { DayHeadline } from '../../firmware/report/day-headline.ts'
import type { LiveFigures } from '../../firmware/report/live-figures.ts'
import { demoConfig } from '../fixtures/site.ts'
import { intlZones } from '../fixtures/zones.ts'

const BOARD_PASSWORD = 'report-bus-test-password'
const config = demoConfig((doc) => {
  doc.board.password = BOARD_PASSWORD
  doc.services[0].targetWaitSeconds = 300
})

/** Retained messages of a topic as they arrive, parsed. */
function watch<T>(client: mqtt.MqttClient, topic: string): { next(match: (p: T) => boolean): Promise<T> } {
  const seen: T[] = []
  const waiters: Array<{ match: (p: T) => boolean; resolve: (p: T) => void }> = []
  client.on('message', (tp, payload) => {
    if (tp !== topic) return
    const p = JSON.parse(payload.toString()) as T
    seen.push(p)
    for (const w of waiters.splice(0))
      if (w.match(p)) w.resolve(p)
      else waiters.push(w)
  })
  return {
    next: (match) => {
      const found = seen.find(match)
      return found ? Promise.resolve(found) : new Promise((resolve) => waiters.push({ match, resolve }))
    },
  }
}

t.test('live figures, then the closed day summarised, stored and published', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'qms-report-bus-'))
  let now = Date.UTC(2026, 10, 22, 6, 0) // 10:00 in Dubai
  const app = new Appliance({ zones: intlZones, config, dataDir, logger: pino({ level: 'silent' }), clock: () => now })
  await app.start()
  t.teardown(() => app.stop())
  const sim = app.drivers.simulated

  const viewer = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.broker!.port}`, {
    username: 'watcher',
    password: 'demo-watcher-password',
  })
  t.teardown(() => viewer.endAsync())
  const live = watch<LiveFigures>(viewer, app.topics.reportLive)
  const day = watch<DayHeadline>(viewer, app.topics.reportDay)
  const granted = await viewer.subscribeAsync([app.topics.reportLive, app.topics.reportDay], { qos: 1 })
  t.same(
    granted.map((g) => g.qos),
    [1, 1],
    'a viewer may read the report topics',
  )

  for (const service of ['deposits', 'deposits', 'loans']) {
    const printed = once(sim.printers[0]!, 'printed')
    sim.inputs.get('dispenser')!.press(service)
    await printed
    now += 10_000
  }
  const waiting = await live.next((f) => f.waiting.deposits === 2 && f.waiting.loans === 1)
  t.equal(waiting.day, '2026-11-22')
  now += 60_000
  const called = once(app.counters[0]!, 'feedback')
  sim.inputs.get('counter:c1')!.press('next')
  await called
  now += 120_000
  const next = once(app.counters[0]!, 'feedback')
  sim.inputs.get('counter:c1')!.press('next')
  await next
  const after = await live.next((f) => f.served === 1)
  t.same(after.waiting, { deposits: 0, loans: 1, accounts: 0 })
  t.ok(after.longestWaitSeconds.loans! >= 180, `the loans customer has waited ${after.longestWaitSeconds.loans} s`)

  // The next morning: the first press starts a new business day, and the hub closes yesterday.
  now = Date.UTC(2026, 10, 23, 5, 0)
  const printed = once(sim.printers[0]!, 'printed')
  sim.inputs.get('dispenser')!.press('accounts')
  await printed
  const summary = await day.next((h) => h.day === '2026-11-22')
  t.match(summary.totals, { issued: 3, served: 1, cancelled: 2, noShow: 0 })
  t.equal(summary.totals.wait.max, 200, 'the second deposits customer waited 3 min 20 s')
  const deposits = summary.services.find((s) => s.key === 'deposits')!
  t.equal(deposits.name, 'الإيداعات', 'named in the first site language')
  t.equal(deposits.withinTarget, 1, 'the one served deposit was within its 5 min target')
  t.ok(existsSync(join(dataDir, 'reports', 'days', '2026-11-22.json')), 'stored outside the journal')

  // The technician's combination at the ticket box: the status slip, then the summary slip.
  while (app.dispenser!.daySummary?.day !== '2026-11-22') await new Promise((resolve) => setTimeout(resolve, 10))
  const slips: string[] = []
  const two = new Promise<void>((resolve) =>
    sim.printers[0]!.on('printed', (text: string) => {
      slips.push(text)
      if (slips.length === 2) resolve()
    }),
  )
  sim.inputs.get('dispenser')!.chord(['deposits', 'accounts'])
  await two
  t.match(slips[0], /STATUS/)
  t.match(slips[1], /DAILY SUMMARY/)
  t.match(slips[1], /2026-11-22/)
  t.match(slips[1], /Issued 3 +Served 1/)
})

t.test('who may read the report topics', async (t) => {
  const root = 'qms/v1/site'
  const read = (who: Principal, topic: string) => maySubscribe(grantsOf(who), root, `${root}/${topic}`)
  t.notOk(read({ role: 'public', id: 'web' }, 'state/report/live'), 'a public page may not')
  t.notOk(read({ role: 'public', id: 'web' }, 'state/report/day'), 'a public page may not')
  t.ok(read({ role: 'viewer', id: 'dash' }, 'state/report/live'))
  t.ok(
    read({ role: 'dispenser', id: 'box-dispenser', board: 'box' }, 'state/report/day'),
    'the ticket box, to print the slip',
  )
  t.notOk(read({ role: 'counter', id: 'k-counter-c1', board: 'k', counter: 'c1' }, 'state/report/day'))
})
