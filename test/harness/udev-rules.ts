/**
 * udev rule files read the way udev reads them (udev(7)), for tests on a
 * machine without the devices: `parseRules` refuses a line udev would
 * refuse or misread (an unknown key or operator, a missing comma, a GOTO to
 * no LABEL, a SYMLINK value with a space, which udev takes as two links);
 * `runRules` runs files in order over a described device — match keys with
 * udev's patterns (`*`, `?`, `[…]`, `|`), assignments, `%n`, `%k` and
 * `$env{…}`, GOTO to a LABEL further down the same file — and says what
 * names, group, mode and properties the device ends up with. Builtins
 * (usb_id, path_id) are not run: the device description carries the
 * properties they would set.
 */

export interface RuleKey {
  name: string
  attr?: string
  op: '==' | '!=' | '=' | '+=' | ':='
  value: string
}

export interface RuleLine {
  file: string
  line: number
  keys: RuleKey[]
}

export interface Device {
  action: 'add' | 'remove'
  subsystem: string
  /** Subsystems of the parent devices, nearest first (for SUBSYSTEMS). */
  parents?: string[]
  kernel: string
  env: Record<string, string>
}

export interface Outcome {
  symlinks: string[]
  group?: string
  mode?: string
  env: Record<string, string>
}

const MATCH = new Set(['ACTION', 'SUBSYSTEM', 'SUBSYSTEMS', 'KERNEL', 'ENV'])
const ASSIGN: Record<string, RuleKey['op'][]> = {
  SYMLINK: ['+=', '='],
  GROUP: ['=', ':='],
  MODE: ['=', ':='],
  TAG: ['+='],
  ENV: ['=', '+='],
  GOTO: ['='],
  LABEL: ['='],
  IMPORT: ['='],
}
const BUILTINS = new Set(['usb_id', 'path_id'])
const KEY = /^\s*([A-Z]+)(?:\{([A-Za-z0-9_]+)\})?\s*(==|!=|\+=|:=|=)\s*"([^"]*)"\s*(,?)/

export function parseRules(text: string, file: string): RuleLine[] {
  const lines: RuleLine[] = []
  text.split('\n').forEach((raw, i) => {
    const where = `${file}:${i + 1}`
    if (/^\s*(#|$)/.test(raw)) return
    const keys: RuleKey[] = []
    let rest = raw
    while (rest.trim() !== '') {
      const m = KEY.exec(rest)
      if (!m) throw new Error(`${where}: cannot read a key at "${rest.trim()}"`)
      const [whole, name, attr, op, value, comma] = m as unknown as [
        string,
        string,
        string | undefined,
        RuleKey['op'],
        string,
        string,
      ]
      const isMatch = op === '==' || op === '!='
      if (isMatch ? !MATCH.has(name) : !ASSIGN[name]?.includes(op))
        throw new Error(`${where}: ${name}${attr ? `{${attr}}` : ''}${op} is not a key udev knows`)
      if ((name === 'ENV' || name === 'IMPORT') !== (attr !== undefined))
        throw new Error(`${where}: ${name} ${attr ? 'takes no {…}' : 'needs {…}'}`)
      if (name === 'IMPORT' && (attr !== 'builtin' || !BUILTINS.has(value)))
        throw new Error(`${where}: IMPORT{${attr}}="${value}" is not a builtin these rules use`)
      if (name === 'SYMLINK' && /\s/.test(value))
        throw new Error(`${where}: SYMLINK "${value}" has a space: udev makes two links of it`)
      keys.push({ name, attr, op, value })
      rest = rest.slice(whole.length)
      if (comma === '' && rest.trim() !== '') throw new Error(`${where}: a comma is missing before "${rest.trim()}"`)
    }
    lines.push({ file, line: i + 1, keys })
  })
  const labels = new Set(lines.flatMap((l) => l.keys.filter((k) => k.name === 'LABEL').map((k) => k.value)))
  for (const l of lines) {
    for (const k of l.keys)
      if (k.name === 'GOTO' && !labels.has(k.value))
        throw new Error(`${file}:${l.line}: GOTO="${k.value}" has no LABEL`)
  }
  return lines
}

/** udev's pattern: shell glob alternatives separated by `|`, matching the whole value. */
function matches(pattern: string, value: string): boolean {
  return pattern.split('|').some((alt) => {
    const re = alt
      .replace(/[.+^${}()\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')
      .replace(/\[!/g, '[^')
    return new RegExp(`^${re}$`).test(value)
  })
}

function substitute(value: string, device: Device, env: Record<string, string>): string {
  return value.replace(
    /%([nk])|\$env\{([A-Za-z0-9_.]+)\}|[%$]./g,
    (token, f: string | undefined, name: string | undefined) => {
      if (f === 'n') return /(\d+)$/.exec(device.kernel)?.[1] ?? ''
      if (f === 'k') return device.kernel
      if (name !== undefined) return env[name] ?? ''
      throw new Error(`substitution ${token} is not one these rules use`)
    },
  )
}

export function runRules(files: RuleLine[][], device: Device): Outcome {
  const env = { ...device.env }
  const out: Outcome = { symlinks: [], env }
  for (const lines of files) {
    let skipTo: string | undefined
    for (const l of lines) {
      if (skipTo !== undefined) {
        if (l.keys.some((k) => k.name === 'LABEL' && k.value === skipTo)) skipTo = undefined
        continue
      }
      const matched = l.keys
        .filter((k) => k.op === '==' || k.op === '!=')
        .every((k) => {
          const values =
            k.name === 'ACTION'
              ? [device.action]
              : k.name === 'SUBSYSTEM'
                ? [device.subsystem]
                : k.name === 'SUBSYSTEMS'
                  ? [device.subsystem, ...(device.parents ?? [])]
                  : k.name === 'KERNEL'
                    ? [device.kernel]
                    : [env[k.attr!] ?? '']
          return values.some((v) => matches(k.value, v)) === (k.op === '==')
        })
      if (!matched) continue
      for (const k of l.keys) {
        const value = substitute(k.value, device, env)
        if (k.name === 'SYMLINK') out.symlinks = k.op === '=' ? [value] : [...out.symlinks, value]
        else if (k.name === 'GROUP') out.group = value
        else if (k.name === 'MODE') out.mode = value
        else if (k.name === 'ENV' && (k.op === '=' || k.op === '+='))
          env[k.attr!] = k.op === '+=' && env[k.attr!] ? `${env[k.attr!]} ${value}` : value
        else if (k.name === 'GOTO') skipTo = k.value
      }
    }
  }
  return out
}
