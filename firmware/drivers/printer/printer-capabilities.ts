/**
 * What a ticket printer can put on paper, as its driver describes it to the
 * role that lays the ticket out: the paper's width in characters and dots,
 * the character table its text is sent in, and whether it keeps a logo in
 * non-volatile memory. The role encodes for these; the driver only sends bytes.
 */
import type { DispenserConfig } from '../../site/config/schema.ts'

/** The code page names a site's config may give its printer (firmware/site/config/device-schemas.ts). */
type ConfigCodePage = NonNullable<Extract<DispenserConfig['printer'], { codePage?: unknown }>['codePage']>

/** ESC t n tables (Epson ESC/POS reference, "ESC t"), with iconv-lite's name for the same characters. */
export const CODE_PAGES = {
  cp437: { table: 0, encoding: 'cp437' },
  cp850: { table: 2, encoding: 'cp850' },
  cp866: { table: 17, encoding: 'cp866' },
  cp858: { table: 19, encoding: 'cp858' },
  // WPC1252: Latin-1 plus the typographer's dashes and quotes (– — ‘ ’ “ ” €) that CP437 lacks.
  cp1252: { table: 16, encoding: 'windows-1252' },
} as const satisfies Record<ConfigCodePage, { table: number; encoding: string }>

export type CodePageName = keyof typeof CODE_PAGES

export interface PrinterCapabilities {
  /** 58 or 80. */
  paperWidthMm: number
  /** Characters of the 12×24 font across the paper: 48 on 80 mm paper, 32 on 58 mm. */
  columns: number
  /** Printable dots across at 203 dpi: 576 (72 mm of 80 mm paper) or 384 (48 mm of 58 mm). */
  dots: number
  /** True for a printer that takes ESC/POS bytes; the simulated one shows the ticket's text only. */
  escpos: boolean
  /** The ESC t table text is sent in. */
  codePage: CodePageName
  /** Whether the printer stores graphics in non-volatile memory (GS ( L functions 67/69). */
  nvGraphics: boolean
}

export function paperColumns(paperWidthMm: number): number {
  return paperWidthMm >= 80 ? 48 : 32
}

export function paperDots(paperWidthMm: number): number {
  return paperWidthMm >= 80 ? 576 : 384
}

export interface CapabilityOptions {
  paperWidthMm: number
  escpos: boolean
  /** Default cp1252: the table Epson-compatible printers hold that has every Latin-script punctuation mark. */
  codePage?: CodePageName
  /** Default false: most clones lack GS ( L. */
  nvGraphics?: boolean
}

export function printerCapabilities(o: CapabilityOptions): PrinterCapabilities {
  return {
    paperWidthMm: o.paperWidthMm,
    columns: paperColumns(o.paperWidthMm),
    dots: paperDots(o.paperWidthMm),
    escpos: o.escpos,
    codePage: o.codePage ?? 'cp1252',
    nvGraphics: o.nvGraphics ?? false,
  }
}
