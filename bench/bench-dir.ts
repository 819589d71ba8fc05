/**
 * Scratch folders for the benchmark under `.bench-tmp/` in the repo: the same
 * disk as the data would be on, not tmpfs, so every fdatasync is real.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { join } from 'node:path'

export const BENCH_ROOT = new URL('../.bench-tmp/', import.meta.url).pathname

export async function benchDir(name: string): Promise<string> {
  await mkdir(BENCH_ROOT, { recursive: true })
  return mkdtemp(join(BENCH_ROOT, `${name}-`))
}

/** Removes every scratch folder; safe when there is none. */
export function removeBenchDirs(): Promise<void> {
  return rm(BENCH_ROOT, { recursive: true, force: true })
}
