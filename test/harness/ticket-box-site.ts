/**
 * A one-board site (hub + ticket box on a Raspberry Pi 4 pin map) whose
 * service buttons and lamps are on GPIO header pins and whose printer is the
 * config a far end gives (printer-far-end.ts), written to a folder for
 * `qms run`. The business day starts 12 hours away and no service has
 * opening hours, so lamps are lit whenever the printer can print.
 */
import { hubConfigDocument, writeHubConfig } from './hub-process.ts'

/** Pi 4 header pins of each button and its lamp, and the chip lines they are (boards/pi-4b.json). */
export const TICKET_BOX_BUTTONS = [
  { service: 'deposits', pin: 11, lamp: 13, line: 17, lampLine: 27 },
  { service: 'loans', pin: 15, lamp: 16, line: 22, lampLine: 23 },
] as const

/** The label of the Pi 4's GPIO chip, as sysfs and gpiodetect name it. */
export const PI4_CHIP_LABEL = 'pinctrl-bcm2711'

export const STATUS_URL = 'https://queue.example/t/'

export interface TicketBoxSiteOptions {
  /** `board.dispenser.input`: { driver: 'sysfs', root } or { driver: 'gpiod' }. */
  input: Record<string, unknown>
  /** `board.dispenser.printer`. */
  printer: Record<string, unknown>
  /** Changes to the site document before it is written (its languages, names). */
  edit?: (doc: Record<string, any>) => void
}

export async function writeTicketBoxSite(dir: string, options: TicketBoxSiteOptions): Promise<string> {
  const doc = hubConfigDocument({ services: TICKET_BOX_BUTTONS.map((b) => b.service) })
  delete doc.boards
  doc.ticket = { statusUrl: STATUS_URL }
  doc.board = {
    id: 'box',
    roles: ['hub', 'dispenser'],
    model: 'pi-4b',
    dispenser: {
      buttons: TICKET_BOX_BUTTONS.map(({ service, pin, lamp }) => ({ service, pin, lamp })),
      input: options.input,
      printer: options.printer,
      // A second press of one button within a minute gives nothing: a test may press again when unsure one was seen.
      cooldownMs: 60_000,
      // The least the schema allows: paper out is noticed within half a second.
      printerPollMs: 500,
    },
  }
  options.edit?.(doc)
  return writeHubConfig(dir, doc)
}
