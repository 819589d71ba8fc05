/**
 * A laid-out ticket as a print job for the printer's capabilities: the
 * ESC/POS bytes and the same ticket as text. Lines the code page holds go as
 * text; only what needs a picture (shaped Arabic, a script the printer has
 * no font for) is drawn, once per content and paper width (raster-cache.ts).
 */
import type { PrinterCapabilities } from '../../drivers/printer/printer-capabilities.ts'
import { CODE_PAGES } from '../../drivers/printer/printer-capabilities.ts'
import type { PrintJob } from '../../drivers/printer/printer.ts'
import {
  FEED_AND_CUT,
  INITIALISE,
  LINE_FEED,
  charSize,
  codeTable,
  justify,
  qrCode,
  rasterImage,
  type RasterImage,
} from './escpos-commands.ts'
import type { TicketLayout, TicketLine } from './layout.ts'
import { logoRaster } from './logo-raster.ts'
import { RasterCache } from './raster-cache.ts'
import { rasterAlign, rasterLine } from './raster-line.ts'
import { renderTicketText } from './render-text.ts'
import { printsAsText, textRows } from './text-line.ts'

/** A module of 6 dots makes a ~30 mm code for a 40-character address: easy for a phone at arm's length. */
const QR_MODULE_DOTS = 6

const NO_BYTES = Buffer.alloc(0)

export class TicketEncoder {
  private readonly rasters = new RasterCache<Buffer>()

  constructor(readonly capabilities: PrinterCapabilities) {}

  /** The job for the printer: bytes only for a printer that takes ESC/POS. */
  async job(layout: TicketLayout): Promise<PrintJob> {
    const text = renderTicketText(layout, this.capabilities.columns)
    return { label: layout.label, text, bytes: this.capabilities.escpos ? await this.bytes(layout) : NO_BYTES }
  }

  async bytes(layout: TicketLayout): Promise<Buffer> {
    const parts: Buffer[] = [INITIALISE, codeTable(CODE_PAGES[this.capabilities.codePage].table)]
    if (layout.logo !== undefined)
      parts.push(
        await this.picture(
          `logo ${layout.logo}`,
          () => logoRaster(layout.logo as string, this.capabilities.dots),
          'center',
        ),
      )
    for (const line of layout.lines) parts.push(await this.line(line))
    if (layout.qr !== undefined) parts.push(justify('center'), qrCode(layout.qr, QR_MODULE_DOTS), LINE_FEED)
    parts.push(FEED_AND_CUT)
    return Buffer.concat(parts)
  }

  /** Draws the pictures these lines need now (the warm-up after start), so a ticket later finds them made. */
  async warm(lines: TicketLine[]): Promise<void> {
    if (!this.capabilities.escpos) return
    for (const line of lines) await this.line(line)
  }

  private async line(line: TicketLine): Promise<Buffer> {
    if (printsAsText(line, this.capabilities)) {
      const { width, height, rows } = textRows(line, this.capabilities)
      const body = rows.flatMap((row) => [row, LINE_FEED])
      return Buffer.concat([justify(line.align), charSize(width, height), ...body, charSize(1, 1)])
    }
    const key = `${this.capabilities.dots} ${line.size} ${line.align} ${line.lang ?? ''} ${line.text}`
    return this.picture(key, () => rasterLine(line, this.capabilities.dots), rasterAlign(line))
  }

  private picture(key: string, draw: () => Promise<RasterImage>, align: 'left' | 'center' | 'right'): Promise<Buffer> {
    return this.rasters.get(key, async () => {
      const image = await draw()
      return image.height === 0 ? NO_BYTES : Buffer.concat([justify(align), rasterImage(image)])
    })
  }
}
