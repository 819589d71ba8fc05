/**
 * Reads the output of `strace -f -y -xx -s N -o FILE` into whole system
 * calls, in the order they completed. With -f a call another thread
 * interrupts is split into `... <unfinished ...>` and `<... name resumed>`;
 * the two halves are joined here. With -xx every string (paths, the -y fd
 * annotations, written data) is printed as \xHH escapes, so decoding is one
 * rule and no quoting of strace's can be misread.
 */

export interface Syscall {
  pid: number
  name: string
  /** Top-level arguments as printed, strings still escaped. */
  args: string[]
  /** The return value as printed, with its -y annotation (`18<\x2f...>`) if any. */
  ret: string
  /** Position of the call's first line: where it began. */
  begin: number
  /** Position of the line that carries its result: where it ended. */
  end: number
}

const WHOLE = /^(\d+) +([a-z0-9_]+)\((.*)\) += (.*)$/
const UNFINISHED = /^(\d+) +([a-z0-9_]+)\((.*) <unfinished \.\.\.>$/
const RESUMED = /^(\d+) +<\.\.\. ([a-z0-9_]+) resumed>(.*)\) += (.*)$/

/** Parses every line; signals, exits and calls that never returned (the process was killed) are skipped. */
export function parseStrace(text: string): Syscall[] {
  const calls: Syscall[] = []
  const open = new Map<number, { name: string; head: string; begin: number }>()
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    let m = WHOLE.exec(line)
    if (m) {
      calls.push({ pid: Number(m[1]), name: m[2]!, args: splitArgs(m[3]!), ret: m[4]!.trim(), begin: i, end: i })
      continue
    }
    m = UNFINISHED.exec(line)
    if (m) {
      open.set(Number(m[1]), { name: m[2]!, head: m[3]!, begin: i })
      continue
    }
    m = RESUMED.exec(line)
    if (m) {
      const pid = Number(m[1])
      const head = open.get(pid)
      if (!head || head.name !== m[2]) throw new Error(`strace line ${i + 1}: "${m[2]} resumed" without its start`)
      open.delete(pid)
      calls.push({
        pid,
        name: head.name,
        args: splitArgs(head.head + m[3]!),
        ret: m[4]!.trim(),
        begin: head.begin,
        end: i,
      })
    }
  }
  return calls
}

/** Splits `a, "b, c", [{x=1, y=2}], d` at the commas that are not inside quotes or brackets. */
export function splitArgs(text: string): string[] {
  const args: string[] = []
  let depth = 0
  let quoted = false
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '\\') i++
      else if (c === '"') quoted = false
    } else if (c === '"') quoted = true
    else if (c === '[' || c === '{' || c === '(') depth++
    else if (c === ']' || c === '}' || c === ')') depth--
    else if (c === ',' && depth === 0) {
      args.push(text.slice(start, i).trim())
      start = i + 1
    }
  }
  const last = text.slice(start).trim()
  if (last !== '' || args.length > 0) args.push(last)
  return args
}

/** Decodes strace's escapes (\xHH from -xx, and the C escapes it uses for a few bytes). */
export function unescapeStrace(body: string): Buffer {
  const bytes: number[] = []
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
    if (c !== '\\') {
      bytes.push(c.charCodeAt(0))
      continue
    }
    const next = body[++i]
    if (next === 'x') {
      bytes.push(parseInt(body.slice(i + 1, i + 3), 16))
      i += 2
    } else if (next !== undefined && /[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(body.slice(i))![0]
      bytes.push(parseInt(octal, 8))
      i += octal.length - 1
    } else {
      const named: Record<string, number> = { n: 10, t: 9, r: 13, v: 11, f: 12, '"': 34, '\\': 92 }
      const code = next === undefined ? undefined : named[next]
      if (code === undefined) throw new Error(`unknown strace escape \\${next}`)
      bytes.push(code)
    }
  }
  return Buffer.from(bytes)
}

/** The bytes of a quoted string argument; refuses one strace cut short (`"..."...`: raise -s). */
export function stringArg(arg: string): Buffer {
  const m = /^"((?:[^"\\]|\\.)*)"(\.\.\.)?$/.exec(arg)
  if (!m) throw new Error(`not a string argument: ${arg.slice(0, 60)}`)
  if (m[2]) throw new Error('strace cut a string short: run it with a larger -s')
  return unescapeStrace(m[1]!)
}

/** An fd printed with -y: `18<\x2f\x74...>` → its number and the path (or `socket:[..]`, `pipe:[..]`). */
export function fdArg(arg: string): { fd: number; path: string } {
  const m = /^(-?\d+|AT_FDCWD)(?:<(.*)>)?$/.exec(arg)
  if (!m) throw new Error(`not an fd argument: ${arg.slice(0, 60)}`)
  return {
    fd: m[1] === 'AT_FDCWD' ? -100 : Number(m[1]),
    path: m[2] === undefined ? '' : unescapeStrace(m[2]).toString('utf8'),
  }
}

/** The decoded bytes of every quoted string in an argument (the iov_base parts of a writev). */
export function stringsIn(arg: string): Buffer[] {
  return [...arg.matchAll(/"((?:[^"\\]|\\.)*)"(\.\.\.)?/g)].map((m) => {
    if (m[2]) throw new Error('strace cut a string short: run it with a larger -s')
    return unescapeStrace(m[1]!)
  })
}

/** True when the call failed (`-1 ENOENT (...)`). */
export function failed(call: Syscall): boolean {
  return call.ret.startsWith('-1 ') || call.ret === '?'
}
