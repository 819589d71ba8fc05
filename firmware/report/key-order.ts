/**
 * The order of report rows by their key (an id, a date): by UTF-16 code
 * units, the same on every machine. Not localeCompare: it loads ICU's
 * collator, ~2.7 MiB of the hub's RSS, and the hub sorts the daily
 * headline's rows as it starts.
 */
export function byKey(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
