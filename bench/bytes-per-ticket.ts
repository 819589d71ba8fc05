/**
 * Journal bytes for one ticket's life: its issue, its call and its finish,
 * three commands and three records (frames included) — and what reaches the
 * device for them: /proc/self/io `write_bytes`, counted as pages are
 * dirtied, so each one-at-a-time fdatasync of a small append rewrites its
 * 4 KiB page (docs/performance.md compares both with SQLite and a JSON file).
 */
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { benchDir } from './bench-dir.ts'
import { req, SERVICES, startHub } from './bench-site.ts'

export type BytesResult = Record<string, number>

/** Bytes this process caused to be sent to the storage layer, or undefined where the kernel does not say. */
async function deviceWrites(): Promise<number | undefined> {
  const io = await readFile('/proc/self/io', 'utf8').catch(() => '')
  const match = /^write_bytes: (\d+)$/m.exec(io)
  return match ? Number(match[1]) : undefined
}

/** Total size of the journal's segment files (snapshots are not counted: none is taken here). */
async function segmentBytes(dir: string): Promise<number> {
  let total = 0
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.seg')) total += (await stat(join(entry.parentPath, entry.name))).size
  }
  return total
}

export async function measureBytesPerTicket(tickets = 1000): Promise<BytesResult> {
  const dir = join(await benchDir('bytes'), 'journal')
  const hub = await startHub(dir)
  try {
    await hub.execute({ req: req(), type: 'tick' }, 'clock')
    const before = await segmentBytes(dir)
    const deviceBefore = await deviceWrites()
    for (let i = 0; i < tickets; i++) {
      for (const command of [
        { type: 'issue', service: SERVICES[i % SERVICES.length] },
        { type: 'callNext', counter: 'c1' },
        { type: 'finish', counter: 'c1' },
      ]) {
        const answer = await hub.execute({ req: req(), ...command }, command.type === 'issue' ? 'box' : 'keypad-c1')
        if (answer.status !== 'ok') throw new Error(`${command.type} refused: ${JSON.stringify(answer)}`)
      }
    }
    const deviceAfter = await deviceWrites()
    await hub.stop()
    const device: BytesResult =
      deviceBefore === undefined || deviceAfter === undefined
        ? {}
        : { device_bytes_per_ticket: (deviceAfter - deviceBefore) / tickets }
    return { bytes_per_ticket: ((await segmentBytes(dir)) - before) / tickets, ...device }
  } finally {
    await hub.stop()
  }
}
