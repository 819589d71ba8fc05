/**
 * A laid-out ticket as ESC/POS bytes. node-thermal-printer builds the bytes
 * (it is used as an encoder only: getBuffer(), no transport of its own);
 * lines a printer font cannot hold are drawn by raster-line.ts and sent as a
 * raster image (GS v 0), plain ASCII lines stay text.
 */
import { readFile } from 'node:fs/promises'
import type { ThermalPrinter } from 'node-thermal-printer'
import type { TicketLayout, TicketLine } from './layout.ts'
import { paperColumns } from './render-text.ts'
import { printsAsText, rasterLine } from './raster-line.ts'

/** GS ! sizes: ×1, ×2 (double width and height), ×3 for the number. */
const TEXT_SIZE: Record<TicketLine['size'], number> = { normal: 0, double: 1, huge: 2 }

type EncoderOptions = ConstructorParameters<typeof ThermalPrinter>[0]

async function encoder(paperWidthMm: number): Promise<ThermalPrinter> {
  // Loaded at the first ticket: a board that prints nothing never carries it. It is CommonJS: Node
  // guesses named exports for it, but esbuild's split bundle gives its chunk only `default` (the
  // module.exports object), so the names are taken from there, which both give (issue 14).
  const { ThermalPrinter, PrinterTypes } = (await import('node-thermal-printer')).default
  // No `interface`: the library then only builds bytes (its typings call it required; its code does not).
  return new ThermalPrinter({ type: PrinterTypes.EPSON, width: paperColumns(paperWidthMm) } as EncoderOptions)
}

/** ESC @: initialise, so a half-sent earlier job's modes do not leak into this ticket. */
const INITIALISE = Buffer.from([0x1b, 0x40])

async function addLine(p: ThermalPrinter, line: TicketLine, paperWidthMm: number): Promise<void> {
  if (printsAsText(line.text)) {
    if (line.align === 'center') p.alignCenter()
    else p.alignLeft()
    const size = TEXT_SIZE[line.size]
    p.setTextSize(size, size)
    p.println(line.text)
    p.setTextNormal()
    return
  }
  // A raster image spans the paper; its own pixels carry the alignment.
  p.alignLeft()
  await p.printImageBuffer(await rasterLine(line, paperWidthMm))
}

export async function encodeTicket(layout: TicketLayout, paperWidthMm: number): Promise<Buffer> {
  const p = await encoder(paperWidthMm)
  p.add(INITIALISE)
  if (layout.logo !== undefined) {
    p.alignCenter()
    await p.printImageBuffer(await readFile(layout.logo))
  }
  for (const line of layout.lines) await addLine(p, line, paperWidthMm)
  if (layout.qr !== undefined) {
    p.alignCenter()
    // Cell size 6 makes a ~30 mm code for a 40-character address: easy for a phone at arm's length.
    p.printQR(layout.qr, { cellSize: 6, correction: 'M', model: 2 })
    p.newLine()
  }
  p.cut()
  return Buffer.from(p.getBuffer())
}
