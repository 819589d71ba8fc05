/**
 * The daily summary as published on the bus and printed on the slip: the
 * day's totals and one row per service, with the service names.
 */
import { aggregate, type ReportRow } from './aggregate.ts'
import type { DaySummary } from './day-summary.ts'

export interface DayHeadline {
  day: string
  totals: ReportRow
  services: Array<ReportRow & { name: string }>
}

export function dayHeadline(summary: DaySummary, targets: Record<string, number>, names: Record<string, string>): DayHeadline {
  const totals = aggregate([summary], { by: 'day', targets })[0]!
  const services = aggregate([summary], { by: 'service', targets }).map((row) => ({ ...row, name: names[row.key] ?? row.key }))
  return { day: summary.day, totals, services }
}

/** A headline as it arrives on the bus, or undefined when it is not one (bad input is refused, never fatal). */
export function asDayHeadline(payload: unknown): DayHeadline | undefined {
  const h = payload as Partial<DayHeadline> | null
  if (typeof h !== 'object' || h === null || typeof h.day !== 'string' || !Array.isArray(h.services)) return undefined
  const t = h.totals as Partial<DayHeadline['totals']> | undefined
  if (typeof t?.issued !== 'number' || typeof t.wait !== 'object' || typeof t.service !== 'object' || typeof t.ratings !== 'object') return undefined
  return h as DayHeadline
}
