/** Percentiles by nearest rank over a sample of milliseconds. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export function median(samples: number[]): number {
  return percentile(samples, 50)
}

/** Rounds for the report: two decimals below 10, one below 1000, whole numbers above. */
export function round(n: number): number {
  const digits = Math.abs(n) < 10 ? 2 : Math.abs(n) < 1000 ? 1 : 0
  return Number(n.toFixed(digits))
}
