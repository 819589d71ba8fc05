/**
 * What an SMS reply from staff asks for: `OK 12` (or ACK, YES) acknowledges
 * incident inc-12, `DONE 12` (or CLEAR) clears it; without a number, the one
 * open call the sender was told about. Pure: text in, intent out.
 */
export type SmsIntent = { action: 'acknowledge' | 'clear'; number?: number } | { action: 'unknown'; why: string }

export function readSmsReply(text: string): SmsIntent {
  const m = /^\s*(ok|ack|yes|done|clear)\b[\s#:.-]*(?:inc-)?(\d{1,9})?\s*[.!]?\s*$/i.exec(text)
  if (!m?.[1])
    return {
      action: 'unknown',
      why: `not a reply the hub understands: ${JSON.stringify(text.slice(0, 40))} (send OK 12 or DONE 12)`,
    }
  const action = /^(done|clear)$/i.test(m[1]) ? 'clear' : 'acknowledge'
  return m[2] === undefined ? { action } : { action, number: Number(m[2]) }
}

/** +49 170 1234567, 0049-170… and +491701234567 compare equal; national forms are kept as written. */
export function samePhone(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/[\s().-]/g, '').replace(/^00/, '+')
  return norm(a) === norm(b)
}
