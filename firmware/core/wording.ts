/** How services and counters are named in the engine's messages. */
import type { CounterDef, EngineConfig, ServiceDef } from './types.ts'

export function findService(config: EngineConfig, id: string): ServiceDef | undefined {
  return config.services.find((s) => s.id === id)
}

export function findCounter(config: EngineConfig, id: string): CounterDef | undefined {
  return config.counters.find((c) => c.id === id)
}

/** The English name when there is one (messages are English), else any name, else the id. */
export function serviceName(config: EngineConfig, id: string): string {
  const names = findService(config, id)?.names ?? {}
  return names.en ?? Object.values(names)[0] ?? id
}

export function counterName(config: EngineConfig, id: string): string {
  return `counter ${findCounter(config, id)?.name ?? id}`
}
