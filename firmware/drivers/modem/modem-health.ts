/** Reads the answers of AT+CPIN?, AT+CREG? and AT+CSQ (3GPP TS 27.007 §8.3, §7.2, §8.5). Pure. */
import type { ModemHealth } from './modem.ts'

export function readHealth(cpin: string[] | Error, creg: string[] | Error, csq: string[] | Error): ModemHealth {
  const problems: string[] = []
  let sim = 'unknown'
  if (cpin instanceof Error) problems.push(`SIM: ${cpin.message}`)
  else {
    const m = cpin.map((l) => /^\+CPIN:\s*(.+)$/.exec(l)?.[1]).find((v) => v !== undefined)
    if (m === undefined) problems.push('SIM: no +CPIN answer')
    else {
      sim = m.trim()
      if (sim !== 'READY') problems.push(`SIM not ready (${sim})`)
    }
  }
  let registered = false
  if (creg instanceof Error) problems.push(`network: ${creg.message}`)
  else {
    const stat = creg.map((l) => /^\+CREG:\s*\d+\s*,\s*(\d+)/.exec(l)?.[1]).find((v) => v !== undefined)
    if (stat === undefined) problems.push('network: no +CREG answer')
    else {
      registered = stat === '1' || stat === '5'
      if (!registered) problems.push(`not registered on the network (+CREG stat ${stat})`)
    }
  }
  let signal: number | undefined
  if (csq instanceof Error) problems.push(`signal: ${csq.message}`)
  else {
    const rssi = csq.map((l) => /^\+CSQ:\s*(\d+)\s*,\s*\d+/.exec(l)?.[1]).find((v) => v !== undefined)
    if (rssi === undefined) problems.push('signal: no +CSQ answer')
    else if (Number(rssi) <= 31) {
      signal = Number(rssi)
      if (signal === 0) problems.push('no signal')
    } else problems.push('signal unknown (+CSQ 99)')
  }
  return {
    ok: problems.length === 0,
    sim,
    registered,
    ...(signal === undefined ? {} : { signal }),
    ...(problems.length ? { problem: problems.join('; ') } : {}),
  }
}
