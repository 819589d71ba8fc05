/**
 * Keypads type digits: "transfer to 2" means the second service of the
 * config, "transfer to counter 3" the counter the displays call "3". Ids
 * typed in full are kept as they are.
 */
interface Named {
  id: string
  name?: string
}

export function resolveKeypadKey(key: string, services: Named[], counters: Named[]): string {
  const [name, argument] = key.split(':', 2)
  if (argument === undefined || !/^[0-9]+$/.test(argument)) return key
  if (name === 'transfer' && !services.some((s) => s.id === argument)) {
    const service = services[Number(argument) - 1]
    return service ? `transfer:${service.id}` : key
  }
  if (name === 'transfer-counter' && !counters.some((c) => c.id === argument)) {
    const counter = counters.find((c) => c.name === argument)
    return counter ? `transfer-counter:${counter.id}` : key
  }
  return key
}
