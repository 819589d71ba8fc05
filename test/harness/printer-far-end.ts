/**
 * A fake ESC/POS printer at the far end of each transport the appliance
 * speaks, with the printer config that reaches it:
 * - serial: a socat pty pair, the printer on one end (real serialport
 *   binding), the appliance's serialport on the other;
 * - usb: the same kind of pair, but the appliance opens its end as a plain
 *   device file, as it opens /dev/usb/lp0 (usblp is a character device that
 *   is written and read like a raw tty; a FIFO could not carry the status
 *   answers back);
 * - network: the printer listens on loopback port 0, as on TCP 9100.
 */
import { FakeEscposPrinter } from './fake-escpos-printer.ts'
import { socatPair } from './socat-pair.ts'

export type PrinterTransportKind = 'serial' | 'usb' | 'network'

export const PRINTER_TRANSPORTS: readonly PrinterTransportKind[] = ['serial', 'usb', 'network']

export interface PrinterFarEnd {
  printer: FakeEscposPrinter
  /** `board.dispenser.printer` of the site config. */
  config: Record<string, unknown>
  close(): Promise<void>
}

export async function printerFarEnd(kind: PrinterTransportKind): Promise<PrinterFarEnd> {
  const printer = new FakeEscposPrinter()
  if (kind === 'network') {
    const port = await printer.listenTcp()
    return { printer, config: { driver: 'escpos-network', host: '127.0.0.1', port }, close: () => printer.close() }
  }
  const pair = await socatPair()
  await printer.openSerial(pair.b)
  return {
    printer,
    config: kind === 'serial' ? { driver: 'escpos-serial', path: pair.a } : { driver: 'escpos-usb', path: pair.a },
    close: async () => {
      await printer.close()
      await pair.close()
    },
  }
}
