/**
 * The RS-485 lines of a board, checked before anything opens them: devices
 * on one wire share its speed (and keypads its protocol), addresses on a
 * line are unique, a keypad's redirect target exists, a template display's
 * encoding is one iconv-lite knows, and no port carries both keypads and
 * displays (their traffic would collide on a half-duplex line).
 */
import iconv from 'iconv-lite'
import type { BoardConfig, SiteDocument } from './schema.ts'

interface OnLine {
  path: string
  baudRate: number
  kind: string
  address: number | undefined
  where: string
}

export function rs485Problems(config: SiteDocument, board: BoardConfig, path: string): string[] {
  const problems: string[] = []
  const services = new Set(config.services.map((s) => s.id))
  const devices: OnLine[] = []
  for (const [i, keypad] of (board.counters ?? []).entries()) {
    const input = keypad.input
    if (input.driver !== 'rs485-keypad') continue
    const where = `${path}.counters[${i}].input`
    devices.push({
      path: input.path,
      baudRate: input.baudRate ?? 9600,
      kind: `${input.protocol} keypads`,
      address: input.address,
      where,
    })
    if (input.redirectTo !== undefined && !services.has(input.redirectTo))
      problems.push(`${where}.redirectTo: no service "${input.redirectTo}"`)
  }
  for (const [i, display] of (board.displays ?? []).entries()) {
    const output = display.output
    if (output.driver === 'simulated') continue
    const where = `${path}.displays[${i}].output`
    // Alpha address 0 is every sign: it may be shared on purpose.
    const address = output.driver === 'alpha-sign' ? undefined : output.address
    devices.push({ path: output.path, baudRate: output.baudRate ?? 9600, kind: 'displays', address, where })
    if (output.driver === 'template' && !iconv.encodingExists(output.encoding))
      problems.push(
        `${where}.encoding: "${output.encoding}" is not an encoding iconv-lite knows (try latin1, cp1251, cp1256, gb2312, utf8)`,
      )
  }
  devices.forEach((d, i) => {
    const first = devices.findIndex((e) => e.path === d.path)
    if (first === i) return
    const f = devices[first]!
    if (f.kind !== d.kind)
      problems.push(
        `${d.where}.path: ${d.path} already carries ${f.kind} (${f.where}); ${d.kind} need a line of their own`,
      )
    else if (f.baudRate !== d.baudRate)
      problems.push(
        `${d.where}.baudRate: ${d.baudRate} differs from ${f.baudRate} of ${f.where} on the same line ${d.path}`,
      )
    const same = devices.findIndex((e) => e.path === d.path && e.address !== undefined && e.address === d.address)
    if (same !== i && d.address !== undefined)
      problems.push(`${d.where}.address: ${d.address} is already used on ${d.path} by ${devices[same]!.where}`)
  })
  return problems
}
