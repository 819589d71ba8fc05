/**
 * Reads the journal while its writer (the running hub) keeps appending:
 * the newest snapshot that verifies, then every record after it, stopping
 * at the first frame that does not decode. Unlike recovery it writes
 * nothing, cuts nothing and throws on no damage: a tail that is still being
 * written is simply where the reading ends. For tools that need the live
 * queue (the USB import's dry run), never for the hub's own recovery.
 */
import { isKnownGap, readGaps } from './gaps.ts'
import { payloadText } from './record.ts'
import { readSegment } from './segment-reader.ts'
import { listSegments } from './segments.ts'
import { loadNewestSnapshot } from './snapshot.ts'
import type { RecoveryHandlers } from './recovery.ts'

export interface PeekReport {
  snapshotSeq: number
  records: number
  lastSeq: number
  /** Why the reading stopped before the end of the last segment, if it did. */
  stoppedAt?: string
}

export async function peekJournal(dir: string, handlers: RecoveryHandlers): Promise<PeekReport> {
  const snapshot = await loadNewestSnapshot(dir)
  const base = snapshot?.seq ?? 0
  if (snapshot) handlers.onSnapshot(snapshot.data, snapshot.seq)
  const report: PeekReport = { snapshotSeq: base, records: 0, lastSeq: base }
  const gaps = await readGaps(dir)
  let next = base + 1
  for (const segment of await listSegments(dir)) {
    if (segment.lastSeq !== undefined && segment.lastSeq < next) continue
    let broken: string | undefined
    const end = await readSegment(segment.path, (frame) => {
      if (broken !== undefined || frame.seq < next) return
      // A gap `qms journal salvage` recorded is known loss, as in recovery.
      if (frame.seq !== next && !(frame.seq > next && isKnownGap(gaps, next, frame.seq - 1))) {
        broken = `${segment.path}: seq ${frame.seq} where ${next} was expected`
        return
      }
      let record: unknown
      try {
        record = JSON.parse(payloadText(frame))
      } catch {
        broken = `${segment.path}: record ${frame.seq} is not JSON`
        return
      }
      handlers.onRecord(record, frame.seq)
      report.records++
      report.lastSeq = frame.seq
      next = frame.seq + 1
    })
    broken ??=
      end.status === 'clean' ? undefined : `${segment.path}: ${end.reason ?? end.status} at offset ${end.offset}`
    if (broken !== undefined) {
      report.stoppedAt = broken
      break
    }
  }
  return report
}
