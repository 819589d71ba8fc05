/** Average, median, percentile and maximum of a list of seconds, as the report prints them. */
import { mean, medianSorted, quantileSorted } from 'simple-statistics'

export interface Spread {
  avg: number | null
  median: number | null
  p90: number | null
  max: number | null
}

const round1 = (x: number) => Math.round(x * 10) / 10

/** `values` is sorted in place. Empty gives nulls: no figure, rather than a misleading 0. */
export function spread(values: number[]): Spread {
  if (values.length === 0) return { avg: null, median: null, p90: null, max: null }
  values.sort((a, b) => a - b)
  return {
    avg: round1(mean(values)),
    median: round1(medianSorted(values)),
    p90: round1(quantileSorted(values, 0.9)),
    max: values[values.length - 1]!,
  }
}
