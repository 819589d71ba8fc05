/**
 * The checks a schema cannot make: references between services and
 * counters, duplicates, ranges, wall times and the time zone. Each problem is
 * `path: what is wrong`, for the technician who wrote the config.
 */
import type { EngineConfig, OpeningHours, ServiceDef } from './types.ts'
import { wallMinutes } from '../time/local-time.ts'
import { staffProblems } from './staff-check.ts'

export function validateEngineConfig(config: EngineConfig): string[] {
  const problems: string[] = []
  if (!config.zones.isKnown(config.timeZone))
    problems.push(`timeZone: unknown time zone "${config.timeZone}" (use an IANA name such as Asia/Dubai)`)
  checkWallTime(problems, 'dayStartsAt', config.dayStartsAt)
  const services = config.services ?? []
  const serviceIds = new Set(services.map((s) => s.id))
  duplicates(
    problems,
    services.map((s) => s.id),
    (i) => `services[${i}].id`,
    'id',
  )
  duplicates(
    problems,
    services.map((s) => s.prefix),
    (i) => `services[${i}].prefix`,
    'prefix',
  )
  services.forEach((s, i) => checkService(problems, s, `services[${i}]`, serviceIds))
  checkNextStepCycles(problems, services)

  const counters = config.counters ?? []
  duplicates(
    problems,
    counters.map((c) => c.id),
    (i) => `counters[${i}].id`,
    'id',
  )
  counters.forEach((c, i) => {
    c.services.forEach((s, j) => {
      if (!serviceIds.has(s)) problems.push(`counters[${i}].services[${j}]: no service "${s}"`)
      else if (c.services.indexOf(s) !== j) problems.push(`counters[${i}].services[${j}]: "${s}" is listed twice`)
    })
  })
  services.forEach((s, i) => {
    if (!counters.some((c) => c.services.includes(s.id)))
      problems.push(`services[${i}]: no counter serves "${s.id}", so its tickets would never be called`)
  })
  if (!(config.estimate?.window >= 1)) problems.push('estimate.window: must be at least 1')
  if (!(config.estimate?.defaultServiceSeconds > 0))
    problems.push('estimate.defaultServiceSeconds: must be more than 0')
  if (!(config.priority?.maxConsecutive >= 0)) problems.push('priority.maxConsecutive: must be 0 (off) or more')
  if (!(config.noShow?.minCalls >= 1)) problems.push('noShow.minCalls: must be at least 1')
  if (!(config.noShow?.minSeconds >= 0)) problems.push('noShow.minSeconds: must be 0 or more')
  if (!['front', 'arrival'].includes(config.transfer?.position))
    problems.push('transfer.position: must be "front" or "arrival"')
  problems.push(...staffProblems(config))
  return problems
}

function checkService(problems: string[], s: ServiceDef, path: string, serviceIds: Set<string>): void {
  if (!/^[^\d\s]+$/.test(s.prefix)) problems.push(`${path}.prefix: must be letters without digits or spaces, e.g. "A"`)
  const { from, to } = s.range
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0)
    problems.push(`${path}.range: from and to must be whole numbers, 0 or more`)
  else if (from > to) problems.push(`${path}.range: from ${from} is greater than to ${to}`)
  else if (String(to).length > s.digits)
    problems.push(`${path}.range: to ${to} needs ${String(to).length} digits but digits is ${s.digits}`)
  if (s.dailyCap !== undefined && !(s.dailyCap >= 1))
    problems.push(`${path}.dailyCap: must be at least 1 (leave it out for no cap)`)
  s.hours?.forEach((h, i) => checkHours(problems, h, `${path}.hours[${i}]`))
  if (s.nextStep !== undefined && !serviceIds.has(s.nextStep))
    problems.push(`${path}.nextStep: no service "${s.nextStep}"`)
}

function checkHours(problems: string[], h: OpeningHours, path: string): void {
  const from = checkWallTime(problems, `${path}.from`, h.from)
  const to = checkWallTime(problems, `${path}.to`, h.to)
  if (from !== undefined && from === to)
    problems.push(`${path}: from and to are both ${h.from}; the service would never open`)
  h.days.forEach((d, i) => {
    if (!Number.isInteger(d) || d < 1 || d > 7)
      problems.push(`${path}.days[${i}]: must be a weekday 1 (Monday) to 7 (Sunday), got ${d}`)
  })
}

function checkWallTime(problems: string[], path: string, value: string): number | undefined {
  const minutes = wallMinutes(value)
  if (minutes === undefined) problems.push(`${path}: must be a time HH:MM from 00:00 to 23:59, got "${value}"`)
  return minutes
}

function duplicates(problems: string[], values: string[], path: (i: number) => string, what: string): void {
  values.forEach((v, i) => {
    const first = values.indexOf(v)
    if (first !== i) problems.push(`${path(i)}: duplicate ${what} "${v}" (also ${path(first)})`)
  })
}

/** A visit that comes back to a service it already went through would never end. */
function checkNextStepCycles(problems: string[], services: ServiceDef[]): void {
  const next = new Map(services.map((s) => [s.id, s.nextStep]))
  services.forEach((s, i) => {
    const path = [s.id]
    let step = s.nextStep
    while (step !== undefined && next.has(step) && !path.includes(step)) {
      path.push(step)
      step = next.get(step)
    }
    if (step === s.id)
      problems.push(
        `services[${i}].nextStep: the visit comes back to "${s.id}" (${[...path, step].join(' → ')}) and would never end`,
      )
  })
}
