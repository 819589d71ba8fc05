/**
 * The technician's status slip, printed when the first and last service
 * buttons are held together: what a technician needs in front of the box
 * without a laptop.
 */
import { networkInterfaces } from 'node:os'
import { describeStatus, type PrinterStatus } from '../../drivers/printer/escpos-status.ts'
import type { TicketLayout, TicketLine } from './layout.ts'

export interface SlipFacts {
  firmware: string
  configVersion: string
  printerName: string
  printer: PrinterStatus
  /** Tickets this box printed today, per service id. */
  printedToday: Record<string, number>
  /** People waiting per service id, from the hub's retained state. */
  waiting: Record<string, number>
  unprinted: string[]
  addresses: string[]
  when: string
  /** The config revision running and the last USB import's outcome (roles/config-words.ts). */
  configLines: string[]
}

/** IPv4 addresses of this box, loopback left out. */
export function boxAddresses(): string[] {
  return Object.entries(networkInterfaces()).flatMap(([name, list]) =>
    (list ?? []).filter((a) => a.family === 'IPv4' && !a.internal).map((a) => `${name} ${a.address}`),
  )
}

const left = (text: string): TicketLine => ({ text, size: 'normal', align: 'left' })

export function statusSlip(f: SlipFacts): TicketLayout {
  const services = [...new Set([...Object.keys(f.printedToday), ...Object.keys(f.waiting)])]
  return {
    label: 'status',
    lines: [
      { text: 'STATUS', size: 'double', align: 'center' },
      left(f.when),
      left(`Firmware ${f.firmware}`),
      left(`Config ${f.configVersion}`),
      ...f.configLines.map(left),
      left(`Printer ${f.printerName}: ${describeStatus(f.printer)}`),
      ...services.map((s) => left(`${s}: printed ${f.printedToday[s] ?? 0}, waiting ${f.waiting[s] ?? 0}`)),
      left(f.unprinted.length > 0 ? `Unprinted: ${f.unprinted.join(' ')}` : 'Unprinted: none'),
      ...(f.addresses.length > 0 ? f.addresses.map((a) => left(`Address ${a}`)) : [left('Address: no network')]),
    ],
  }
}
