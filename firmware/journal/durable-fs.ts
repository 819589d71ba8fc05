/**
 * The few file-system steps whose order makes data survive a power cut.
 * A new or renamed name is durable only once its directory is fsynced.
 */
import { mkdir, open, rename, rm, unlink } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'

export async function fsyncDir(path: string): Promise<void> {
  const handle = await open(path, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * mkdir -p, durably: every level it created is a new name in its parent, so
 * each of those parents is fsynced, from the top down. (Fsyncing only the
 * deepest one's parent left the upper levels, and with them everything
 * below, to the kernel's whim: a cut lost a new data folder's whole journal.)
 */
export async function ensureDir(path: string): Promise<void> {
  const first = await mkdir(path, { recursive: true })
  if (first === undefined) return
  const created: string[] = []
  for (let level = resolve(path); ; level = dirname(level)) {
    created.unshift(level)
    if (level === resolve(first) || level === dirname(level)) break
  }
  for (const level of created) await fsyncDir(dirname(level))
}

/**
 * temp file → write → fsync → rename → fsync(dir): the file is either old or
 * new, never half. `bytes` may be a list of parts, written one after another.
 */
export async function writeFileDurably(path: string, bytes: Uint8Array | readonly Uint8Array[]): Promise<void> {
  const temp = `${path}.tmp`
  const handle = await open(temp, 'w')
  try {
    for (const part of bytes instanceof Uint8Array ? [bytes] : bytes) await writeAll(handle, part)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await rename(temp, path)
  await fsyncDir(dirname(path))
}

type Writable = {
  write(buffer: Uint8Array, offset: number, length: number, position: number | null): Promise<{ bytesWritten: number }>
}

/** write(2) may write less than asked; loop until every byte is out. */
export async function writeAll(handle: Writable, bytes: Uint8Array, position: number | null = null): Promise<void> {
  let done = 0
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(
      bytes,
      done,
      bytes.length - done,
      position === null ? null : position + done,
    )
    if (bytesWritten <= 0) throw new Error('write made no progress')
    done += bytesWritten
  }
}

export async function unlinkDurably(path: string): Promise<void> {
  await unlink(path)
  await fsyncDir(dirname(path))
}

export async function removeDirDurably(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true })
  await fsyncDir(dirname(path))
}

/** Writes and fsyncs one file in place (no rename: the caller makes it visible, e.g. by renaming its folder). */
export async function writeFileSynced(
  path: string,
  bytes: Uint8Array,
  options: { flag?: 'w' | 'wx'; mode?: number } = {},
): Promise<void> {
  const handle = await open(path, options.flag ?? 'w', options.mode ?? 0o666)
  try {
    await writeAll(handle, bytes)
    await handle.sync()
  } finally {
    await handle.close()
  }
}
