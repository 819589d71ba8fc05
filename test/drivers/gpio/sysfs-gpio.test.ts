import t from 'tap'
import { once } from 'node:events'
import { setTimeout as sleep } from 'node:timers/promises'
import pino from 'pino'
import { SysfsGpio, sysfsChipBase } from '../../../firmware/drivers/gpio/sysfs-gpio.ts'
import { GpioButtons } from '../../../firmware/drivers/input/gpio-buttons.ts'
import { FakeSysfsGpio } from '../../harness/fake-sysfs-gpio.ts'
import { until } from '../../harness/until.ts'

const logger = pino({ level: 'silent' })
// As on a Pi 4 with kernel 6.6: the SoC's chip at 512, the firmware's expander above it.
const CHIPS = [
  { name: 'gpiochip512', label: 'pinctrl-bcm2711', base: 512 },
  { name: 'gpiochip570', label: 'raspberrypi-exp-gpio', base: 570 },
]

t.test('the chip base comes from the label, never assumed', async (t) => {
  const fake = await FakeSysfsGpio.create(CHIPS)
  t.teardown(() => fake.close())
  t.equal(await sysfsChipBase(fake.root, 'pinctrl-bcm2711'), 512)
  t.equal(await sysfsChipBase(fake.root, 'raspberrypi-exp-gpio'), 570)
  await t.rejects(
    sysfsChipBase(fake.root, 'pinctrl-rp1'),
    /no GPIO chip labelled "pinctrl-rp1".*gpiochip512 "pinctrl-bcm2711"/,
  )
})

t.test('buttons and lamps through sysfs: export, active-low, debounced presses, lamp levels, unexport', async (t) => {
  const fake = await FakeSysfsGpio.create(CHIPS)
  t.teardown(() => fake.close())
  const backend = new SysfsGpio({
    request: {
      chipLabel: 'pinctrl-bcm2711',
      inputs: [17, 27].map((line) => ({ line, activeLow: true, bias: 'pull-up' as const })),
      outputs: [22],
    },
    logger,
    root: fake.root,
    pollMs: 1,
  })
  const buttons = new GpioButtons({
    backend,
    buttons: [
      { key: 'deposits', line: 17, lamp: 22 },
      { key: 'loans', line: 27 },
    ],
    timings: { debounceMs: 10, longPressMs: 1500 },
    blinkMs: 20,
    logger,
  })
  await buttons.start()
  t.same(fake.exports.sort(), [529, 539, 534].sort(), 'lines exported at base 512 + offset')
  t.equal(await fake.read(529, 'direction'), 'in')
  t.equal(await fake.read(529, 'active_low'), '1')
  t.equal(await fake.read(534, 'direction'), 'low', 'the lamp starts off')

  const pressed: string[] = []
  buttons.on('press', (key) => pressed.push(key))
  // The button pulls the line to ground (active-low): the value file reads 1 while it is down.
  await fake.level(529, false)
  await sleep(60)
  const press = once(buttons, 'press')
  await fake.level(529, true)
  await press
  t.same(pressed, ['deposits'])

  // A regular file reads empty while it is being rewritten (sysfs writes are atomic): wait for the level, not for a time.
  const lampReads = (level: string) =>
    until(
      async () => (await fake.read(534, 'value')) === level,
      () => `lamp line 534 never read ${level}`,
    )
  buttons.setLamp('deposits', 'on')
  await lampReads('1')
  t.equal(await fake.read(534, 'value'), '1')
  buttons.setLamp('deposits', 'blink')
  const seen = new Set<string>()
  for (let i = 0; i < 100 && seen.size < 2; i++) {
    // A regular file reads empty while it is being rewritten (sysfs writes are atomic): skip those reads.
    const value = await fake.read(534, 'value')
    if (value !== '') seen.add(value)
    await sleep(10)
  }
  t.same([...seen].sort(), ['0', '1'], 'blinking lamp goes on and off')
  buttons.setLamp('deposits', 'off')
  await lampReads('0')
  t.equal(await fake.read(534, 'value'), '0')

  await buttons.stop()
  await buttons.stop()
  // The kernel takes each unexport as it is written; the fake takes them at its own pace.
  const gone = (gpio: number) =>
    fake.read(gpio, 'value').then(
      () => false,
      (err: Error) => /ENOENT/.test(err.message),
    )
  await until(
    () => gone(529),
    () => 'gpio529 still exported after stop',
  )
  t.pass('lines unexported on stop')
})
