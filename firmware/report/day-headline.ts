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

export function dayHeadline(
  summary: DaySummary,
  targets: Record<string, number>,
  names: Record<string, string>,
): DayHeadline {
  const totals = aggregate([summary], { by: 'day', targets })[0]!
  const services = aggregate([summary], { by: 'service', targets }).map((row) => ({
    ...row,
    name: names[row.key] ?? row.key,
  }))
  return { day: summary.day, totals, services }
}
