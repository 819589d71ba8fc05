/**
 * Reads a site config file (YAML, or JSON which is YAML too), validates it
 * against the schema and the cross-references the engine depends on, and
 * throws one ConfigError listing every problem a technician must fix.
 */
import { readFile } from 'node:fs/promises'
import { parse } from 'yaml'
import { validateEngineConfig } from '../core/index.ts'
import { engineConfig } from './engine-slice.ts'
import type { SiteConfig } from './schema.ts'
import { validateConfig } from './validate.ts'
import { announcerProblems } from './announcer-check.ts'

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: the config is not valid:\n  ${problems.join('\n  ')}`)
    this.name = 'ConfigError'
  }
}

function boardProblems(config: SiteConfig): string[] {
  const problems: string[] = []
  const services = new Set(config.services.map((s) => s.id))
  const counters = new Set(config.counters.map((c) => c.id))
  const { board } = config
  for (const [i, button] of (board.dispenser?.buttons ?? []).entries()) {
    if (!services.has(button.service)) problems.push(`board.dispenser.buttons[${i}].service: no service "${button.service}"`)
  }
  for (const [i, keypad] of (board.counters ?? []).entries()) {
    if (!counters.has(keypad.counter)) problems.push(`board.counters[${i}].counter: no counter "${keypad.counter}"`)
  }
  for (const [i, display] of (board.displays ?? []).entries()) {
    if (display.kind === 'counter' && (display.counter === undefined || !counters.has(display.counter))) {
      problems.push(`board.displays[${i}].counter: a counter display needs the id of a configured counter`)
    }
  }
  const roles = new Set(board.roles)
  if (roles.has('dispenser') && !board.dispenser) problems.push('board.dispenser: the dispenser role needs its buttons and printer')
  if (roles.has('counter') && !board.counters?.length) problems.push('board.counters: the counter role needs at least one keypad')
  if (roles.has('display') && !board.displays?.length) problems.push('board.displays: the display role needs at least one display')
  if (roles.has('announcer') && !board.announcer) problems.push('board.announcer: the announcer role needs its audio output')
  if (roles.has('announcer')) problems.push(...announcerProblems(config))
  return problems
}

/** Validates an already parsed document; `source` names it in the error. */
export function checkConfig(document: unknown, source: string): SiteConfig {
  const result = validateConfig(document)
  if (!result.ok) throw new ConfigError(source, result.errors)
  const problems = [...validateEngineConfig(engineConfig(result.config)), ...boardProblems(result.config)]
  if (problems.length > 0) throw new ConfigError(source, problems)
  return result.config
}

export async function loadConfig(file: string): Promise<SiteConfig> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    throw new ConfigError(file, [`cannot read the file: ${(err as Error).message}`])
  }
  let document: unknown
  try {
    document = parse(text)
  } catch (err) {
    throw new ConfigError(file, [`not valid YAML/JSON: ${(err as Error).message}`])
  }
  return checkConfig(document, file)
}
