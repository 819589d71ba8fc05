/**
 * The physical floor: a bare 100-byte append + fdatasync through the same
 * FileHandle calls the journal uses, one at a time, on the benchmark's disk.
 */
import { open } from 'node:fs/promises'
import { join } from 'node:path'
import { benchDir } from './bench-dir.ts'
import { percentile } from './stats.ts'

export type FdatasyncResult = {
  fdatasync_p50_ms: number
  fdatasync_p99_ms: number
}

export async function measureFdatasync(samples = 2000): Promise<FdatasyncResult> {
  const dir = await benchDir('fdatasync')
  const handle = await open(join(dir, 'floor.bin'), 'a')
  const bytes = Buffer.alloc(100, 0x61)
  const ms: number[] = []
  try {
    for (let i = 0; i < samples; i++) {
      const t0 = performance.now()
      await handle.write(bytes)
      await handle.datasync()
      ms.push(performance.now() - t0)
    }
  } finally {
    await handle.close()
  }
  return { fdatasync_p50_ms: percentile(ms, 50), fdatasync_p99_ms: percentile(ms, 99) }
}
