import t from 'tap'
import { once } from 'node:events'
import { setTimeout as sleep } from 'node:timers/promises'
import pino from 'pino'
import { gpioCallPointButtons } from '../../../firmware/drivers/input/call-point-buttons.ts'
import { FakeSysfsGpio } from '../../harness/fake-sysfs-gpio.ts'

const logger = pino({ level: 'silent' })

t.test(
  'call points on sysfs GPIO: the hold is a long press, the cancel button its own key, the lamp an output',
  async (t) => {
    const fake = await FakeSysfsGpio.create([{ name: 'gpiochip512', label: 'pinctrl-bcm2711', base: 512 }])
    t.teardown(() => fake.close())
    const buttons = gpioCallPointButtons(
      {
        input: { driver: 'sysfs', root: fake.root, pollMs: 1, debounceMs: 10 },
        holdMs: 500,
        points: [
          {
            id: 'room-315',
            kind: 'staff',
            location: 'Room 315',
            chain: 'ward',
            pin: 'GPIO17',
            cancelPin: 'GPIO27',
            lamp: 'GPIO5',
          },
        ],
      },
      { driver: 'sysfs', root: fake.root, pollMs: 1, debounceMs: 10 },
      'pi-4b',
      logger,
    )
    t.teardown(() => buttons.stop())
    await buttons.start()
    t.same(fake.exports.sort(), [512 + 5, 512 + 17, 512 + 27].sort(), 'call, cancel and lamp lines exported')

    // Active-low: the button pulls the line to ground.
    const long = once(buttons, 'longPress')
    await fake.level(512 + 17, false)
    await sleep(700)
    await fake.level(512 + 17, true)
    t.same(await long, ['room-315'])
    const cancel = once(buttons, 'press')
    await fake.level(512 + 27, false)
    await sleep(60)
    await fake.level(512 + 27, true)
    t.same(await cancel, ['room-315:cancel'])

    buttons.setLamp('room-315', 'on')
    await sleep(20)
    t.equal(await fake.read(512 + 5, 'value'), '1')
  },
)

t.test('a call point without a pin on a GPIO board is a config error that names it', async (t) => {
  t.throws(
    () =>
      gpioCallPointButtons(
        {
          input: { driver: 'gpiod' },
          holdMs: 3000,
          points: [{ id: 'desk', kind: 'complaint', location: 'Desk', chain: 'm' }],
        },
        { driver: 'gpiod' },
        'pi-4b',
        logger,
      ),
    /points\[0\] \(desk\) needs "pin"/,
  )
})
