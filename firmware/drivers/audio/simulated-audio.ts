/** A speaker that reports the words it would have said. */
import { EventEmitter } from 'node:events'
import type { Announcement } from '../../language/announcement.ts'
import type { AudioOutput } from './audio.ts'

export class SimulatedAudio extends EventEmitter<{ played: [announcement: Announcement] }> implements AudioOutput {
  async start(): Promise<void> {}

  async play(announcement: Announcement): Promise<void> {
    this.emit('played', announcement)
  }

  async stop(): Promise<void> {}
}
