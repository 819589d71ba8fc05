/**
 * What a display protocol gives the per-port write queue: the bytes of one
 * frame, the silence the protocol wants after it, and — for displays that
 * answer — how to tell their answer from garbage.
 */
import type { DisplayContent } from './display.ts'

/** `more`: not all of the answer is here yet. */
export type AnswerCheck = (received: Buffer) => 'ok' | 'more' | { error: string }

export interface DisplayFrame {
  bytes: Buffer
  /** Quiet time on the line after this frame before the next one, ms. */
  gapMs: number
  /** Absent: the display never answers, so it is never reported offline. */
  answer?: AnswerCheck
  /** Sent right after a good answer, as part of the same job (e.g. a read-back of what was written). */
  next?: DisplayFrame
}

export type FrameEncoder = (content: DisplayContent) => DisplayFrame

/** Rows for an ASCII-only display: the call arrow becomes ">", anything else outside ASCII "?". */
export function asciiRows(content: DisplayContent): string[] {
  return content.rows.map((row) => row.replace(/\s*\u2192\s*/g, '>').replace(/[^\x20-\x7e]/g, '?'))
}

/** Bytes on the wire at 8N1: ten bit times per byte. */
export function wireMs(bytes: number, baudRate: number): number {
  return (bytes * 10 * 1000) / baudRate
}
