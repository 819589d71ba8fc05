import t from 'tap'
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import pino from 'pino'
import { GpiodCli } from '../../../firmware/drivers/gpio/gpiod-cli.ts'
import { gpiomonArgs, parseGpiodVersion, parseGpiomonLine } from '../../../firmware/drivers/gpio/gpiod-cli-syntax.ts'
import { GpioButtons } from '../../../firmware/drivers/input/gpio-buttons.ts'
import { FakeGpiodTools } from '../../harness/fake-gpiod-tools.ts'
import { until } from '../../harness/until.ts'

const logger = pino({ level: 'silent' })

t.test('both option syntaxes and both event codings', async (t) => {
  t.equal(parseGpiodVersion('gpiomon (libgpiod) v1.6.3\nCopyright…'), 1)
  t.equal(parseGpiodVersion('gpiomon (libgpiod) v2.1.3'), 2)
  t.throws(() => parseGpiodVersion('gpiomon (libgpiod) v1.4.1'), /too old/)
  t.throws(() => parseGpiodVersion('bash: gpiomon: not found'), /cannot tell/)
  const line = { line: 17, activeLow: true, bias: 'pull-up' as const }
  t.same(gpiomonArgs(1, 'gpiochip0', [line]), [
    '--line-buffered',
    '--format=%o %e',
    '--bias=pull-up',
    '--active-low',
    'gpiochip0',
    '17',
  ])
  t.same(gpiomonArgs(2, 'gpiochip0', [line]), [
    '--chip',
    'gpiochip0',
    '--format=%o %e',
    '--bias=pull-up',
    '--active-low',
    '17',
  ])
  t.same(parseGpiomonLine(1, '17 1'), { line: 17, active: true })
  t.same(parseGpiomonLine(1, '17 0'), { line: 17, active: false })
  t.same(parseGpiomonLine(2, '17 2'), { line: 17, active: false })
  for (const garbage of ['', '17', '17 2', 'x 1', '17 1 junk', 'event: RISING EDGE offset: 17'])
    t.throws(() => parseGpiomonLine(1, garbage), /gpiomon printed/, JSON.stringify(garbage))
})

for (const [version, rising, falling] of [
  ['1.6.3', '1', '0'],
  ['2.1.3', '1', '2'],
] as const) {
  t.test(`buttons and lamps through libgpiod ${version} tools`, async (t) => {
    const tools = new FakeGpiodTools(version)
    t.teardown(tools.install())
    t.teardown(() => tools.close())
    const backend = new GpiodCli({
      request: {
        chipLabel: 'pinctrl-bcm2711',
        inputs: [
          { line: 17, activeLow: true, bias: 'pull-up' },
          { line: 27, activeLow: true, bias: 'pull-up' },
        ],
        outputs: [22],
      },
      logger,
    })
    const buttons = new GpioButtons({
      backend,
      buttons: [
        { key: 'deposits', line: 17, lamp: 22 },
        { key: 'loans', line: 27 },
      ],
      timings: { debounceMs: 5, longPressMs: 1500 },
      logger,
    })
    await buttons.start()
    const monitors = () => tools.calls('gpiomon').filter((c) => !c.includes('--version'))
    // The fake logs its call once the shell runs it, a moment after the spawn.
    for (let i = 0; i < 200 && monitors().length === 0; i++) await sleep(10)
    const mon = monitors()
    t.equal(mon.length, 1, 'one gpiomon for lines that share their settings')
    t.match(
      mon[0],
      version.startsWith('1')
        ? /--line-buffered .*--active-low gpiochip0 17 27$/
        : /--chip gpiochip0 .*--active-low 17 27$/,
    )

    const pressed: string[] = []
    buttons.on('press', (key) => pressed.push(key))
    // Written byte by byte: gpiomon's output may reach us in any pieces.
    for (const text of [`17 ${rising}\n`, `17 ${falling}\n`, `27 ${rising}\n`, `27 ${falling}\nnonsense\n`]) {
      for (const ch of text) await tools.print(ch)
      await sleep(60)
    }
    for (let i = 0; i < 300 && pressed.length < 2; i++) await sleep(10)
    t.same(pressed, ['deposits', 'loans'])

    buttons.setLamp('deposits', 'on')
    for (let i = 0; i < 300 && tools.calls('gpioset').length < 2; i++) await sleep(10)
    const sets = tools.calls('gpioset')
    t.same(
      sets,
      version.startsWith('1')
        ? ['gpioset --mode=signal gpiochip0 22=0', 'gpioset --mode=signal gpiochip0 22=1']
        : ['gpioset --chip gpiochip0 22=0', 'gpioset --chip gpiochip0 22=1'],
    )
    await buttons.stop()
    await buttons.stop()
  })
}

t.test('a chip label gpiodetect does not list is refused with what it did list', async (t) => {
  const tools = new FakeGpiodTools('2.1.3')
  t.teardown(tools.install())
  t.teardown(() => tools.close())
  const backend = new GpiodCli({ request: { chipLabel: 'pinctrl-rp1', inputs: [], outputs: [] }, logger })
  await t.rejects(
    backend.start(),
    /no GPIO chip labelled "pinctrl-rp1" in gpiodetect \(found: pinctrl-bcm2711, raspberrypi-exp-gpio\)/,
  )
  await backend.stop()
})

t.test('a lamp write whose gpioset cannot start is a failed write, for GpioButtons to try again', async (t) => {
  const tools = new FakeGpiodTools('2.1.3')
  t.teardown(tools.install())
  t.teardown(() => tools.close())
  const backend = new GpiodCli({ request: { chipLabel: 'pinctrl-bcm2711', inputs: [], outputs: [22] }, logger })
  await backend.start()
  t.teardown(() => backend.stop())
  rmSync(join(tools.dir, 'gpioset'))
  await t.rejects(backend.write(22, true), /gpioset could not run: .*ENOENT/)
})

t.test('a write before start is refused: the chip is not known yet', async (t) => {
  const backend = new GpiodCli({ request: { chipLabel: 'pinctrl-bcm2711', inputs: [], outputs: [22] }, logger })
  await t.rejects(backend.write(22, true), /before the chip was found/)
})

t.test(
  'a gpioset holding a lit lamp that dies is noticed, logged, and the lamp is written again (issue 14)',
  async (t) => {
    const tools = new FakeGpiodTools('2.1.3')
    t.teardown(tools.install())
    t.teardown(() => tools.close())
    const said: Array<{ msg: string; line?: number; err?: { message: string } }> = []
    const heard = pino({ level: 'info' }, { write: (line: string) => void said.push(JSON.parse(line)) })
    const backend = new GpiodCli({ request: { chipLabel: 'pinctrl-bcm2711', inputs: [], outputs: [22] }, logger })
    const buttons = new GpioButtons({
      backend,
      buttons: [{ key: 'deposits', line: 17, lamp: 22 }],
      timings: { debounceMs: 5, longPressMs: 1500 },
      blinkMs: 20,
      logger: heard,
    })
    t.teardown(() => buttons.stop())
    await buttons.start()
    buttons.setLamp('deposits', 'on')
    const lit = () => tools.holders().filter((h) => h.args === '--chip gpiochip0 22=1')
    await until(
      () => lit().length === 1,
      () => `no gpioset holds line 22 high: ${JSON.stringify(tools.holders())}`,
    )
    const first = lit()[0]!
    // As if it crashed (or someone ran gpioset on the same line): the line is no longer held, the lamp is dark.
    process.kill(first.pid, 'SIGKILL')
    await until(
      () => lit().length === 1 && lit()[0]!.pid !== first.pid,
      () =>
        `line 22 not held high again after gpioset ${first.pid} died: ${JSON.stringify(tools.holders())}\n${JSON.stringify(said)}`,
    )
    t.match(
      said,
      [{ msg: /^lamp lost its level/, line: 22, err: { message: /gpioset .*22=1 exited \(SIGKILL\)/ } }],
      'the exit is logged with the line and how it ended',
    )
    t.equal(tools.holders().length, 1, 'one gpioset holds the line: the one started again')
    buttons.setLamp('deposits', 'off')
    await until(
      () => tools.holders().length === 1 && tools.holders()[0]!.args === '--chip gpiochip0 22=0',
      () => `the lamp did not go dark: ${JSON.stringify(tools.holders())}`,
    )
    t.equal(
      said.filter((e) => /lost its level/.test(e.msg)).length,
      1,
      'the gpiosets the backend ended itself are not taken for lost ones',
    )
  },
)
