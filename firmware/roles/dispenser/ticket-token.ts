/**
 * The token in a ticket's QR code: 128 random bits (base64url, 22
 * characters), so a status page cannot be found by counting through
 * numbers. It travels with the `issue` command and is journaled with the
 * ticket, which is where a status page looks it up.
 */
import { randomBytes } from 'node:crypto'

export function newTicketToken(): string {
  return randomBytes(16).toString('base64url')
}
