/**
 * CRC-32C (Castagnoli), the checksum of every journal frame.
 *
 * `crc-32` is pure JavaScript: it bundles into the one-file firmware (a
 * napi addon such as @node-rs/crc32 does not: esbuild has no loader for
 * `.node` files) and needs no compiler or prebuilt binary on the board.
 */
import CRC32C from 'crc-32/crc32c.js'

/** Unsigned CRC-32C of `bytes`; with `previous`, of the bytes that gave it followed by these. */
export function crc32c(bytes: Uint8Array, previous?: number): number {
  return CRC32C.buf(bytes, previous === undefined ? undefined : previous | 0) >>> 0
}
