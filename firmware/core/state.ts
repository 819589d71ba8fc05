/** The engine's memory before any event, and access that survives a config change. */
import type { CounterState, EngineConfig, QueueState, ServiceStats } from './types.ts'

export function initialState(config: EngineConfig): QueueState {
  const state: QueueState = { day: '', tickets: {}, byLabel: {}, counters: {}, services: {}, events: 0 }
  for (const c of config.counters) state.counters[c.id] = newCounter(c.id)
  for (const s of config.services) state.services[s.id] = newStats()
  return state
}

export function newCounter(id: string): CounterState {
  return { id, paused: false, priorityStreak: 0 }
}

export function newStats(): ServiceStats {
  return { issued: 0, lastNumber: 0, recentServiceSeconds: [] }
}

/**
 * A counter's state, created on first use: a counter added to the config
 * after the last snapshot simply starts free and unpaused.
 */
export function counterOf(state: QueueState, id: string): CounterState {
  return (state.counters[id] ??= newCounter(id))
}

export function statsOf(state: QueueState, id: string): ServiceStats {
  return (state.services[id] ??= newStats())
}

/** Read-only views for decide(): never create anything in the state it is given. */
export function peekCounter(state: QueueState, id: string): CounterState {
  return state.counters[id] ?? newCounter(id)
}

export function peekStats(state: QueueState, id: string): ServiceStats {
  return state.services[id] ?? newStats()
}

/** A deep copy; the state is plain JSON by design. */
export function cloneState(state: QueueState): QueueState {
  return structuredClone(state)
}
