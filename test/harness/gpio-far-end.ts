/**
 * The GPIO side of a board for a bundle test, through either real backend's
 * seam: a fake sysfs tree whose chip has a non-zero base (512, as a Pi 4 on
 * kernel 6.6 numbers its lines), or fake libgpiod tools on PATH in the 1.6 or
 * 2.x syntax (the fake gpiodetect lists the Pi 4's chip as gpiochip0). Each gives the `input` config and environment the appliance
 * needs, presses a button by its chip line, and reads back the level the
 * appliance drives a lamp line to — through the line WITH the chip base on
 * sysfs, and from the gpioset still running that holds it on libgpiod.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { FakeGpiodTools } from './fake-gpiod-tools.ts'
import { FakeSysfsGpio } from './fake-sysfs-gpio.ts'

export type GpioKind = 'sysfs' | 'gpiod-1.6' | 'gpiod-2.1'

export const GPIO_BACKENDS: readonly GpioKind[] = ['sysfs', 'gpiod-1.6', 'gpiod-2.1']

/** How long a finger holds a button: well past the 20 ms debounce, short of a 1.5 s long press. */
export const PRESS_HOLD_MS = 120

export interface GpioFarEnd {
  kind: GpioKind
  /** `board.dispenser.input` of the site config. */
  input: Record<string, unknown>
  /** Added to the appliance's environment. */
  env: Record<string, string>
  /** Presses and lets go the button on chip line `line` (active low, as wired to ground), held `holdMs` (default PRESS_HOLD_MS). */
  press(line: number, holdMs?: number): Promise<void>
  /** What the appliance drives output `line` to: true high, false low, undefined not driven at all yet. */
  lamp(line: number): Promise<boolean | undefined>
  /**
   * libgpiod only: kills the gpioset holding output `line`, as if it had
   * crashed; resolves with its pid, or undefined if none holds the line.
   */
  dropLine?(line: number): number | undefined
  /** Where the lamp writes go, for a failure message. */
  describe(): string
  close(): Promise<void>
}

export async function gpioFarEnd(kind: GpioKind, chipLabel: string, base = 512): Promise<GpioFarEnd> {
  return kind === 'sysfs' ? sysfsEnd(chipLabel, base) : gpiodEnd(kind === 'gpiod-1.6' ? '1.6.3' : '2.1', chipLabel)
}

async function sysfsEnd(chipLabel: string, base: number): Promise<GpioFarEnd> {
  // A second chip below it, as on a Pi (the firmware's expander): the label, not the order, picks the chip.
  const fake = await FakeSysfsGpio.create([
    { name: 'gpiochip504', label: 'raspberrypi-exp-gpio', base: 504 },
    { name: `gpiochip${base}`, label: chipLabel, base },
  ])
  return {
    kind: 'sysfs',
    input: { driver: 'sysfs', root: fake.root },
    env: {},
    async press(line, holdMs = PRESS_HOLD_MS) {
      await fake.level(base + line, false)
      // The finger on the button: a hold is a length of time, not a wait for something.
      await sleep(holdMs)
      await fake.level(base + line, true)
    },
    async lamp(line) {
      // An output that was never written (or written to the wrong gpioN) has no value file here, or still the export's 0.
      const direction = await fake.read(base + line, 'direction').catch(() => undefined)
      if (direction === undefined || direction === 'in') return undefined
      return (await fake.read(base + line, 'value')) === '1'
    },
    describe: () => `sysfs tree ${fake.root} (chip base ${base}); exported ${JSON.stringify(fake.exports)}`,
    close: () => fake.close(),
  }
}

async function gpiodEnd(version: string, chipLabel: string): Promise<GpioFarEnd> {
  if (chipLabel !== 'pinctrl-bcm2711') throw new Error(`the fake gpiodetect lists pinctrl-bcm2711, not ${chipLabel}`)
  const tools = new FakeGpiodTools(version)
  const major = Number(version.split('.')[0])
  // libgpiod 1.6 prints falling edges as 0, 2.x as 2 (gpiod-cli-syntax.ts).
  const falling = major === 1 ? 0 : 2
  return {
    kind: major === 1 ? 'gpiod-1.6' : 'gpiod-2.1',
    input: { driver: 'gpiod' },
    env: { PATH: `${tools.dir}:${process.env.PATH}` },
    async press(line, holdMs = PRESS_HOLD_MS) {
      // With --active-low the kernel reports "rising" when the button goes down.
      await tools.print(`${line} 1\n`)
      await sleep(holdMs)
      await tools.print(`${line} ${falling}\n`)
    },
    async lamp(line) {
      // Only a gpioset still running holds its level: one that died took it with it.
      const level = holderOf(tools, line)?.level
      return level === undefined ? undefined : level === '1'
    },
    dropLine(line) {
      const holder = holderOf(tools, line)
      if (holder) process.kill(holder.pid, 'SIGKILL')
      return holder?.pid
    },
    describe: () => `fake libgpiod ${version}; calls:\n${tools.calls().join('\n')}`,
    close: () => tools.close(),
  }
}

/** The newest running gpioset that holds chip line `line`, with the level it holds. */
function holderOf(tools: FakeGpiodTools, line: number): { pid: number; level: string } | undefined {
  const held = tools.holders().flatMap(({ pid, args }) => {
    const level = new RegExp(` gpiochip0 ${line}=([01])$`).exec(args)?.[1]
    return level === undefined ? [] : [{ pid, level }]
  })
  return held.at(-1)
}
