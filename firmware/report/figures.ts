/** Average, median, percentile and maximum of a list of seconds, as the report prints them. */
import { mean, medianSorted, quantileSorted } from 'simple-statistics'

export interface Spread {
  avg: number | null
  median: number | null
  p90: number | null
  max: number | null
}

const round1 = (x: number) => Math.round(x * 10) / 10

/**
 * Empty gives nulls: no figure, rather than a misleading 0. Sorted as a
 * Float64Array: its native numeric sort is three times faster than
 * Array.sort with a comparator over a year's waits (bench report_year_ms).
 */
export function spread(values: number[]): Spread {
  if (values.length === 0) return { avg: null, median: null, p90: null, max: null }
  const sorted = Float64Array.from(values).sort() as unknown as number[]
  return {
    avg: round1(mean(sorted)),
    median: round1(medianSorted(sorted)),
    p90: round1(quantileSorted(sorted, 0.9)),
    max: sorted[sorted.length - 1]!,
  }
}
