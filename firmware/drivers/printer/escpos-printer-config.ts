/** An ESC/POS printer from the site config: the transport it names, the paper it holds. */
import type { Logger } from 'pino'
import type { DispenserConfig } from '../../site/config/schema.ts'
import { DeviceFileTransport } from './device-file-transport.ts'
import { EscposPrinter } from './escpos-printer.ts'
import { NetworkTransport } from './network-transport.ts'
import { printerCapabilities } from './printer-capabilities.ts'
import type { PrinterTransport } from './printer-transport.ts'
import { SerialTransport } from './serial-transport.ts'

type EscposConfig = Exclude<DispenserConfig['printer'], { driver: 'simulated' }>

export function escposPrinter(
  config: EscposConfig,
  paperWidthMm: number,
  pollMs: number,
  logger: Logger,
): EscposPrinter {
  const log = logger.child({ module: `printer:${config.driver}` })
  let transport: PrinterTransport
  switch (config.driver) {
    case 'escpos-serial':
      transport = new SerialTransport({ path: config.path, baudRate: config.baudRate ?? 115200, logger: log })
      break
    case 'escpos-usb':
      transport = new DeviceFileTransport({ path: config.path })
      break
    case 'escpos-network':
      transport = new NetworkTransport({ host: config.host, port: config.port ?? 9100 })
      break
  }
  const capabilities = printerCapabilities({
    paperWidthMm,
    escpos: true,
    ...(config.codePage === undefined ? {} : { codePage: config.codePage }),
  })
  return new EscposPrinter({ transport, capabilities, pollMs, logger: log })
}
