import t from 'tap'
import pino from 'pino'
import type { DisplayConfig } from '../../../firmware/site/config/schema.ts'
import type { DisplayContent } from '../../../firmware/drivers/display/display.ts'
import { SimulatedDisplay } from '../../../firmware/drivers/display/simulated-display.ts'
import { watchDisplayHealth } from '../../../firmware/roles/display/display-health.ts'
import { BlinkingDisplay, NoticeDisplay, presented } from '../../../firmware/roles/display/display-presentation.ts'

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

t.test('the hall rotates its notices while no call is shown, and stops for a call', async (t) => {
  const driver = new SimulatedDisplay('hall')
  const shown = new NoticeDisplay(driver, logger, ['Welcome', 'Open Sun–Thu'], 50)
  await shown.start()
  t.teardown(() => shown.stop())
  await shown.show({ rows: [] })
  t.same(driver.content, { rows: ['Welcome'] })
  t.same(await next(driver), { rows: ['Open Sun–Thu'] })
  t.type(presented({ ...base, kind: 'hall' }, driver, logger), NoticeDisplay, 'hall displays rotate notices')
  await shown.show({ rows: ['A001 → 1'], highlight: 0 })
  t.same(driver.content, { rows: ['A001 → 1'], highlight: 0 })
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
