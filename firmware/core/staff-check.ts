/** The config checks of staff accounts: unique ids and PINs, PINs a keypad can type, services that exist. */
import type { EngineConfig } from './types.ts'

export function staffProblems(config: EngineConfig): string[] {
  const problems: string[] = []
  const serviceIds = new Set((config.services ?? []).map((s) => s.id))
  const staff = config.staff ?? []
  staff.forEach((p, i) => {
    const path = `staff[${i}]`
    const sameId = staff.findIndex((q) => q.id === p.id)
    if (sameId !== i) problems.push(`${path}.id: duplicate id "${p.id}" (also staff[${sameId}].id)`)
    // The PIN is the login: two people with one PIN could not be told apart.
    const samePin = staff.findIndex((q) => q.pin === p.pin)
    if (samePin !== i) problems.push(`${path}.pin: the same PIN as staff[${samePin}]; every person needs their own`)
    if (!/^[0-9]{4,8}$/.test(p.pin)) problems.push(`${path}.pin: must be 4–8 digits, typed on the keypad`)
    p.services.forEach((s, j) => {
      if (!serviceIds.has(s)) problems.push(`${path}.services[${j}]: no service "${s}"`)
    })
  })
  return problems
}
