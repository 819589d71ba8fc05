/**
 * The line protocol of a receiver for wireless call buttons on a serial
 * port: one ASCII line per change, `<channel> down` or `<channel> up`
 * (channel 0–255, the button's code as paired), ended by LF or CR LF.
 * Blank lines and `#` comments are ignored. Pure: a line in, a change or
 * a reason out.
 */
export type ReceiverLine = { channel: number; active: boolean } | { ignore: true } | { error: string }

export function readReceiverLine(raw: string): ReceiverLine {
  const line = raw.trim()
  if (line === '' || line.startsWith('#')) return { ignore: true }
  const m = /^(\d{1,3})\s+(down|up)$/i.exec(line)
  const channel = Number(m?.[1])
  if (!m || channel > 255) return { error: `not "<channel 0-255> down|up": ${JSON.stringify(line.slice(0, 40))}` }
  return { channel, active: m[2]?.toLowerCase() === 'down' }
}
