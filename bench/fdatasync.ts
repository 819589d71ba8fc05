/**
 * The physical floor: a bare 100-byte append + fdatasync through the same
 * FileHandle calls the journal uses, one at a time, on the benchmark's disk.
 * `floorFile` is the same append for a bench that interleaves it with its
 * own figure (bench/issue-latency.ts), so that both meet the same disk state.
 */
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { benchDir } from './bench-dir.ts'
import { percentile } from './stats.ts'

export type FdatasyncResult = {
  fdatasync_p50_ms: number
  fdatasync_p99_ms: number
}

export interface FloorFile {
  /** One append + fdatasync, its milliseconds. */
  sample(): Promise<number>
  close(): Promise<void>
}

const BYTES = Buffer.alloc(100, 0x61)

export async function floorFile(dir: string): Promise<FloorFile> {
  const handle = await open(join(dir, 'floor.bin'), 'a')
  return {
    async sample() {
      const t0 = performance.now()
      await handle.write(BYTES)
      await handle.datasync()
      return performance.now() - t0
    },
    close: () => handle.close(),
  }
}

export async function measureFdatasync(samples = 2000): Promise<FdatasyncResult> {
  const floor = await floorFile(await benchDir('fdatasync'))
  const ms: number[] = []
  try {
    for (let i = 0; i < samples; i++) ms.push(await floor.sample())
  } finally {
    await floor.close()
  }
  return { fdatasync_p50_ms: percentile(ms, 50), fdatasync_p99_ms: percentile(ms, 99) }
}
