/**
 * Lamps on GPIO (issue 14): a lamp set before the lines are configured is lit
 * once they are, on the line with the chip base; a write that fails is tried
 * again until it holds. Through the real sysfs backend on a fake tree whose
 * chip starts at 512, as a Pi 4's does on kernel 6.6.
 */
import t, { type Test } from 'tap'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import pino from 'pino'
import { SysfsGpio } from '../../../firmware/drivers/gpio/sysfs-gpio.ts'
import { GpioButtons } from '../../../firmware/drivers/input/gpio-buttons.ts'
import { FakeSysfsGpio } from '../../harness/fake-sysfs-gpio.ts'
import { until } from '../../harness/until.ts'

const silent = pino({ level: 'silent' })
const BASE = 512
const LAMP = 27

async function lampBox(t: Test) {
  // What the buttons log, to know that a write has failed.
  const said: string[] = []
  const logger = pino({ level: 'info' }, { write: (line: string) => void said.push(JSON.parse(line).msg) })
  const fake = await FakeSysfsGpio.create([{ name: `gpiochip${BASE}`, label: 'pinctrl-bcm2711', base: BASE }])
  t.teardown(() => fake.close())
  const backend = new SysfsGpio({
    request: {
      chipLabel: 'pinctrl-bcm2711',
      inputs: [{ line: 17, activeLow: true, bias: 'pull-up' }],
      outputs: [LAMP],
    },
    logger: silent,
    root: fake.root,
    pollMs: 1,
  })
  const buttons = new GpioButtons({
    backend,
    buttons: [{ key: 'deposits', line: 17, lamp: LAMP }],
    timings: { debounceMs: 10, longPressMs: 1500 },
    blinkMs: 20,
    logger,
  })
  t.teardown(() => buttons.stop())
  const value = () => fake.read(BASE + LAMP, 'value').catch(() => 'missing')
  return { fake, backend, buttons, value, said }
}

t.test('a lamp set before start is lit once the lines are configured, on gpio539 not gpio27', async (t) => {
  const { fake, buttons, value } = await lampBox(t)
  // As the ticket box does: the printer's state is known before the buttons start.
  buttons.setLamp('deposits', 'on')
  await buttons.start()
  await until(
    async () => (await value()) === '1',
    () => `gpio${BASE + LAMP}/value is not 1`,
  )
  t.equal(await fake.read(BASE + LAMP, 'direction'), 'low', 'configured as an output first')
  await t.rejects(fake.read(LAMP, 'value'), /ENOENT/, 'nothing was written under the line number without the base')
})

t.test('a lamp write that fails is tried again until it holds', async (t) => {
  const { fake, buttons, value, said } = await lampBox(t)
  await buttons.start()
  // The line's files vanish (udev remaking them, a driver rebound): the next write fails.
  const dir = join(fake.root, `gpio${BASE + LAMP}`)
  await rm(dir, { recursive: true })
  buttons.setLamp('deposits', 'on')
  await until(
    () => said.some((m) => /^lamp not set/.test(m)),
    () => `no failed write logged: ${JSON.stringify(said)}`,
  )
  // They come back, as an export would make them: the lamp lights without any new state from the role.
  await fake.exportLine(BASE + LAMP)
  await until(
    async () => (await value()) === '1',
    () => 'the failed lamp write was not tried again',
  )
  buttons.setLamp('deposits', 'off')
  await until(
    async () => (await value()) === '0',
    () => 'the lamp did not go dark',
  )
  t.pass()
})
