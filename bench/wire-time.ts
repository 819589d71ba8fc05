/**
 * How long bytes take on a real serial line: each byte is a start bit, eight
 * data bits, then a parity bit and/or stop bits, so bits per byte is the
 * frame's, not a round ten.
 */

/** 8N1: start, eight data bits, one stop bit (the printer's serial line). */
export const BITS_8N1 = 10

/** Modbus-RTU: 8E1, or 8N2 without parity: eleven bit times a character (Modbus over serial line, 2.5.1). */
export const BITS_MODBUS_RTU = 11

export function wireMs(bytes: number, baudRate: number, bitsPerByte: number): number {
  return (bytes * bitsPerByte * 1000) / baudRate
}
