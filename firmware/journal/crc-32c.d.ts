// crc-32 ships types for its CRC-32 entry only; its CRC-32C entry has the same shape.
declare module 'crc-32/crc32c.js' {
  const CRC32C: {
    /** Signed 32-bit CRC-32C (Castagnoli) of the bytes, continuing from `seed`. */
    buf(data: Uint8Array, seed?: number): number
  }
  export default CRC32C
}
