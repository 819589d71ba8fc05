/** Reads the records of one business day, for reports. */
import { JournalCorruptError } from './errors.ts'
import { payloadText } from './record.ts'
import { readSegment } from './segment-reader.ts'
import { isDay, listSegments } from './segments.ts'

export async function readDay(
  dir: string,
  day: string,
  onRecord: (record: unknown, seq: number) => void,
): Promise<void> {
  if (!isDay(day)) throw new TypeError(`business day must be YYYY-MM-DD, got ${JSON.stringify(day)}`)
  const segments = await listSegments(dir, [day])
  for (const [i, segment] of segments.entries()) {
    const end = await readSegment(segment.path, (frame) => onRecord(JSON.parse(payloadText(frame)), frame.seq))
    // The day's newest segment may have a write in flight: its unfinished frame is not a record yet.
    const inFlight = end.status === 'short' && i === segments.length - 1
    if (end.status !== 'clean' && !inFlight)
      throw new JournalCorruptError(segment.path, end.offset, end.reason ?? 'damaged record', dir)
  }
}
