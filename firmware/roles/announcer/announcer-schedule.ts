/** When the speaker may speak, and how loud, by the site's local time. */
import { isOpen } from '../../core/opening-hours.ts'
import { wallMinutes, type TimeZones } from '../../time/local-time.ts'
import type { OpeningHours } from '../../core/types.ts'

export interface VolumeStep {
  /** `HH:MM` from which this level holds, until the next step. */
  from: string
  percent: number
}

/**
 * The level of the latest step at or before the local time; before the day's
 * first step the evening's last one still holds. No steps: full level.
 */
export function volumeAt(steps: VolumeStep[], minutes: number): number {
  if (steps.length === 0) return 1
  const sorted = [...steps].sort((a, b) => (wallMinutes(a.from) ?? 0) - (wallMinutes(b.from) ?? 0))
  const step = sorted.filter((s) => (wallMinutes(s.from) ?? 0) <= minutes).at(-1) ?? sorted.at(-1)!
  return step.percent / 100
}

export interface AnnouncerSchedule {
  timeZone: string
  zones: TimeZones
  /** Announce only within these; always when absent. */
  hours?: OpeningHours[]
  volume: VolumeStep[]
}

/** Undefined when the speaker must stay quiet, else the volume 0–1. */
export function speakerLevel(schedule: AnnouncerSchedule, now: number): number | undefined {
  const local = schedule.zones.localTime(now, schedule.timeZone)
  if (!isOpen(schedule.hours, local)) return undefined
  return volumeAt(schedule.volume, local.minutes)
}

/** The volume now, whether or not within the hours (a call accepted before closing still plays). */
export function volumeNow(schedule: AnnouncerSchedule, now: number): number {
  return volumeAt(schedule.volume, schedule.zones.localTime(now, schedule.timeZone).minutes)
}
