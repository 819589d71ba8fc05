/**
 * Business days before today in a hub's journal, decided by the engine as the
 * hub would have decided them on those days. A hub started on such a journal
 * begins a new day at its first clock tick: it writes the closed days'
 * summaries, prunes old summaries, merges the closed days' segments and
 * deletes the days past retention — every writer of a day roll-over, run by
 * the built hub on whatever file system the journal is on.
 */
import { apply, businessDay, decide, initialState, type Command, type EngineConfig } from '../../firmware/core/index.ts'
import type { JournalRecord } from '../../firmware/hub/hub.ts'
import { Journal } from '../../firmware/journal/index.ts'

const DAY_MS = 24 * 3600 * 1000

/** Appends `tickets` issued, called and finished tickets on each day `daysBack` before now; returns the day names. */
export async function seedOldDays(
  journalDir: string,
  engine: EngineConfig,
  daysBack: number[],
  tickets = 12,
): Promise<string[]> {
  const journal = new Journal({ dir: journalDir })
  await journal.open({ onSnapshot: () => undefined, onRecord: () => undefined })
  const state = initialState(engine)
  const days: string[] = []
  const service = engine.services[0]!.id
  const counter = engine.counters[0]!.id
  try {
    for (const back of [...daysBack].sort((a, b) => b - a)) {
      // An hour into that business day, so its records stay in it.
      let now = Date.now() - back * DAY_MS
      days.push(businessDay(now, engine.timeZone, engine.dayStartsAt, engine.zones))
      const run = async (command: Command, dev: string, req: string) => {
        const decision = decide(engine, state, command, now)
        if (!decision.ok) throw new Error(`${command.type} refused on a seeded day: ${decision.error.message}`)
        for (const event of decision.events) apply(engine, state, event)
        const record: JournalRecord = { at: now, dev, req, ev: decision.events }
        if (decision.events.length > 0) await journal.append(record, state.day)
        now += 1000
      }
      await run({ type: 'tick' }, 'hub-clock', `seed-tick-${back}`)
      for (let i = 0; i < tickets; i++) {
        await run({ type: 'issue', service }, 'seed-box', `seed-${back}-${i}-issue`)
        await run({ type: 'callNext', counter }, 'seed-keypad', `seed-${back}-${i}-call`)
        await run({ type: 'finish', counter }, 'seed-keypad', `seed-${back}-${i}-finish`)
      }
    }
  } finally {
    await journal.close()
  }
  return days
}
