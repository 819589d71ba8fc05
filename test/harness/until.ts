/**
 * Waits for a condition on a state that announces no event (a file another
 * process writes, a log another process keeps): checked again every 10 ms
 * until it holds. The timeout only guards against a hang; it is no part of
 * the synchronisation, so it is generous.
 */
import { setTimeout as sleep } from 'node:timers/promises'

export async function until(
  check: () => boolean | Promise<boolean>,
  what: () => string,
  timeoutMs = 20_000,
): Promise<void> {
  const end = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`not within ${timeoutMs} ms: ${what()}`)
    await sleep(10)
  }
}

/** The promise's value, or a rejection saying what did not come within `timeoutMs` (a guard, not a wait). */
export async function within<T>(promise: Promise<T>, what: () => string, timeoutMs = 20_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not within ${timeoutMs} ms: ${what()}`)), timeoutMs)
  })
  try {
    return await Promise.race([promise, late])
  } finally {
    clearTimeout(timer)
  }
}
