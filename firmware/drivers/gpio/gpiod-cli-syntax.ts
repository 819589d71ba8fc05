/**
 * The libgpiod command-line tools changed their options between 1.6 (Debian
 * 12, Raspberry Pi OS bookworm) and 2.x: the chip became `--chip`, and the
 * event type printed by `%e` changed from 1/0 to 1/2 for rising/falling. This
 * file holds both syntaxes and parses what the tools print; nothing here runs
 * a process, so every byte of it is tested directly.
 */
import type { InputLine } from './gpio-backend.ts'

export type GpiodMajor = 1 | 2

/** `gpiomon (libgpiod) v1.6.3` → 1; `gpioset (libgpiod) v2.1` → 2. */
export function parseGpiodVersion(text: string): GpiodMajor {
  const m = /\(libgpiod\)\s+v?(\d+)\.(\d+)/.exec(text)
  if (!m) throw new Error(`cannot tell the libgpiod version from ${JSON.stringify(text.slice(0, 80))}`)
  const major = Number(m[1])
  if (major === 1 && Number(m[2]) < 5) throw new Error(`libgpiod ${m[1]}.${m[2]} is too old: bias needs 1.5 or newer`)
  if (major !== 1 && major !== 2) throw new Error(`libgpiod v${major} is not known to this firmware`)
  return major
}

/** `gpiochip0 [pinctrl-bcm2711] (58 lines)` lines of gpiodetect → chip name by label. */
export function chipByLabel(gpiodetect: string, label: string): string | undefined {
  for (const line of gpiodetect.split('\n')) {
    const m = /^(\S+)\s+\[(.*)\]\s+\(\d+ lines\)/.exec(line.trim())
    if (m && m[2] === label) return m[1]
  }
  return undefined
}

export function labelsIn(gpiodetect: string): string[] {
  return [...gpiodetect.matchAll(/\[(.*?)\]/g)].map((m) => m[1] as string)
}

/** Lines that share active-low and bias are watched by one gpiomon. */
export function gpiomonArgs(major: GpiodMajor, chip: string, lines: InputLine[]): string[] {
  const first = lines[0]
  if (!first) throw new Error('gpiomon needs at least one line')
  const opts = ['--format=%o %e']
  if (first.bias !== 'as-is') opts.push(`--bias=${first.bias}`)
  if (first.activeLow) opts.push('--active-low')
  const offsets = lines.map((l) => String(l.line))
  return major === 1 ? ['--line-buffered', ...opts, chip, ...offsets] : ['--chip', chip, ...opts, ...offsets]
}

export function gpiosetArgs(major: GpiodMajor, chip: string, line: number, high: boolean): string[] {
  const value = `${line}=${high ? 1 : 0}`
  // 1.6 exits at once (and the line may fall back) unless told to hold until a signal; 2.x holds by default.
  return major === 1 ? ['--mode=signal', chip, value] : ['--chip', chip, value]
}

export interface GpiomonEvent {
  line: number
  active: boolean
}

/** One line of `gpiomon --format='%o %e'`; throws on anything else. */
export function parseGpiomonLine(major: GpiodMajor, text: string): GpiomonEvent {
  const m = /^(\d+) (\d)$/.exec(text.trim())
  const rising = 1
  const falling = major === 1 ? 0 : 2
  const type = m ? Number(m[2]) : -1
  if (!m || (type !== rising && type !== falling))
    throw new Error(`gpiomon printed ${JSON.stringify(text.slice(0, 80))}, not "<offset> <event>"`)
  // With --active-low the kernel reports "rising" when the line becomes active.
  return { line: Number(m[1]), active: type === rising }
}
