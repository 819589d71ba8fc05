import t from 'tap'
import pino from 'pino'
import type { DisplayConfig } from '../../../firmware/site/config/schema.ts'
import type { DisplayContent } from '../../../firmware/drivers/display/display.ts'
import { SimulatedDisplay } from '../../../firmware/drivers/display/simulated-display.ts'
import { watchDisplayHealth } from '../../../firmware/roles/display/display-health.ts'
import { BlinkingDisplay, NoticeDisplay, presented } from '../../../firmware/roles/display/display-presentation.ts'
import { ManualTimers } from '../../harness/manual-timers.ts'

const logger = pino({ level: 'silent' })
const base: DisplayConfig = { id: 'd', kind: 'counter', lines: 4, output: { driver: 'simulated' } }

function next(display: SimulatedDisplay): Promise<DisplayContent> {
  return new Promise((resolve) => display.once('shown', resolve))
}

t.test('a new call blinks, then stays lit without blinking', async (t) => {
  const driver = new SimulatedDisplay('d')
  const shown = new BlinkingDisplay(driver, logger, 50)
  await shown.start()
  t.teardown(() => shown.stop())
  await shown.show({ rows: ['A001 → 1'], highlight: 0 })
  t.same(driver.content, { rows: ['A001 → 1'], highlight: 0 })
  t.same(await next(driver), { rows: ['A001 → 1'] })
  t.type(presented({ ...base, blinkSeconds: 5 }, driver, logger), BlinkingDisplay, 'counter displays blink')
})

t.test('the hall rotates its notices while no call is shown, and a call takes the board', async (t) => {
  const driver = new SimulatedDisplay('hall')
  const shown = new NoticeDisplay(driver, logger, {
    notices: ['Welcome', 'Open Sun–Thu'],
    noticeMs: 50,
    callsMs: 30_000,
    lines: 4,
  })
  await shown.start()
  t.teardown(() => shown.stop())
  await shown.show({ rows: [] })
  t.same(driver.content, { rows: ['Welcome'] })
  t.same(await next(driver), { rows: ['Open Sun–Thu'] })
  t.type(presented({ ...base, kind: 'hall' }, driver, logger), NoticeDisplay, 'hall displays rotate notices')
  await shown.show({ rows: ['A001 → 1'], highlight: 0 })
  t.same(driver.content, { rows: ['A001 → 1'], highlight: 0 })
})

t.test('after a call has held the hall for callsSeconds, the notices take turns with the last calls', async (t) => {
  const driver = new SimulatedDisplay('hall')
  const timers = new ManualTimers()
  const hall: DisplayConfig = { ...base, kind: 'hall', lines: 3, notices: ['Welcome', 'Open Sun–Thu'] }
  const shown = presented({ ...hall, noticeSeconds: 8, callsSeconds: 30 }, driver, logger, timers)
  await shown.start()
  t.teardown(() => shown.stop())
  await shown.show({ rows: ['A002 → 1', 'A001 → 2'], highlight: 0 })
  timers.advance(29_999)
  t.same(driver.content, { rows: ['A002 → 1', 'A001 → 2'], highlight: 0 }, 'a new call holds the board')
  timers.advance(1)
  t.same(driver.content, { rows: ['A002 → 1', 'A001 → 2', 'Welcome'] }, 'then a notice takes the last row')
  timers.advance(8000)
  t.same(driver.content, { rows: ['A002 → 1', 'A001 → 2'] }, 'the last calls come back')
  timers.advance(30_000)
  t.same(driver.content, { rows: ['A002 → 1', 'A001 → 2', 'Open Sun–Thu'] }, 'and the next notice after them')
  await shown.show({ rows: ['A003 → 2', 'A002 → 1', 'A001 → 2'], highlight: 0 })
  t.same(driver.content.rows, ['A003 → 2', 'A002 → 1', 'A001 → 2'], 'a new call takes the board at once')
  timers.advance(30_000)
  t.same(driver.content, { rows: ['A003 → 2', 'A002 → 1', 'Welcome'] }, 'the calls above keep their rows')

  const one = new SimulatedDisplay('one-row')
  const single = presented({ ...hall, lines: 1 }, one, logger, timers)
  await single.show({ rows: ['A004 → 1'], highlight: 0 })
  timers.advance(30_000)
  t.same(one.content, { rows: ['Welcome'] }, 'on one row, by default after 30 s, the notice has the whole row')
  await single.stop()
})

t.test('display problems go to the board health, and leave when the display answers again', async (t) => {
  let report: (problem: string | undefined) => void = () => undefined
  const driver = Object.assign(new SimulatedDisplay('d'), { watchHealth: (l: typeof report) => (report = l) })
  const reported: string[][] = []
  const problems = new Map<string, string>()
  watchDisplayHealth('above-c2', driver, problems, { reportProblems: (p) => reported.push(p) })
  report('display above-c2 on /dev/ttyUSB1: no answer')
  report(undefined)
  t.same(reported, [['display above-c2 on /dev/ttyUSB1: no answer'], []])
})
