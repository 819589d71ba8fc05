/** Percentiles by nearest rank over a sample of milliseconds. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

/** Fewer samples than this give no p99: its rank would be one of a handful of stalls. */
export const P99_SAMPLES = 1000

/** The 99th percentile, or NaN (not measured, `null` in the JSON) from fewer than 1,000 samples, as in a short run. */
export function p99(samples: number[]): number {
  return samples.length < P99_SAMPLES ? Number.NaN : percentile(samples, 99)
}

export function median(samples: number[]): number {
  return percentile(samples, 50)
}

/** Rounds for the report: two decimals below 10, one below 1000, whole numbers above. */
export function round(n: number): number {
  const digits = Math.abs(n) < 10 ? 2 : Math.abs(n) < 1000 ? 1 : 0
  return Number(n.toFixed(digits))
}
