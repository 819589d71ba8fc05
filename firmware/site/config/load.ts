/**
 * Reads a site config file (YAML, or JSON which is YAML too), validates it
 * against the schema and the cross-references the engine depends on, and
 * throws one ConfigError listing every problem a technician must fix.
 */
import { readFile } from 'node:fs/promises'
import { CORE_SCHEMA, load } from 'js-yaml'
import { validateEngineConfig } from '../../core/index.ts'
import { engineConfig } from './engine-slice.ts'
import { incidentProblems } from './incidents-slice.ts'
import type { BoardConfig, SiteConfig, SiteDocument } from './schema.ts'
import { validateConfig } from './validate.ts'
import { migrateConfig } from './migrate.ts'
import { announcerProblems } from './announcer-check.ts'
import { rs485Problems } from './rs485-check.ts'
import { messageProblems } from '../../language/messages/message-check.ts'
import { shownLanguages } from './site-words.ts'
import type { TimeZones } from '../../time/local-time.ts'

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: the config is not valid:\n  ${problems.join('\n  ')}`)
    this.name = 'ConfigError'
  }
}

function boardProblems(config: SiteDocument, board: BoardConfig, path: string): string[] {
  const problems: string[] = []
  const services = new Set(config.services.map((s) => s.id))
  const counters = new Set(config.counters.map((c) => c.id))
  for (const [i, button] of (board.dispenser?.buttons ?? []).entries()) {
    if (!services.has(button.service))
      problems.push(`${path}.dispenser.buttons[${i}].service: no service "${button.service}"`)
  }
  for (const [i, keypad] of (board.counters ?? []).entries()) {
    if (!counters.has(keypad.counter)) problems.push(`${path}.counters[${i}].counter: no counter "${keypad.counter}"`)
  }
  for (const [i, display] of (board.displays ?? []).entries()) {
    if (display.kind === 'counter' && (display.counter === undefined || !counters.has(display.counter))) {
      problems.push(`${path}.displays[${i}].counter: a counter display needs the id of a configured counter`)
    }
  }
  const roles = new Set(board.roles)
  if (roles.has('dispenser') && !board.dispenser)
    problems.push(`${path}.dispenser: the dispenser role needs its buttons and printer`)
  if (roles.has('counter') && !board.counters?.length)
    problems.push(`${path}.counters: the counter role needs at least one keypad`)
  if (roles.has('display') && !board.displays?.length)
    problems.push(`${path}.displays: the display role needs at least one display`)
  if (roles.has('announcer') && !board.announcer)
    problems.push(`${path}.announcer: the announcer role needs its audio output`)
  if (roles.has('announcer')) problems.push(...announcerProblems(config))
  problems.push(...rs485Problems(config, board, path))
  return problems
}

/** The boards of the site with the config path each is named by in errors. */
function siteBoards(config: SiteDocument): Array<{ board: BoardConfig; path: string }> {
  if (config.boards) return config.boards.map((board, i) => ({ board, path: `boards[${i}]` }))
  return config.board ? [{ board: config.board, path: 'board' }] : []
}

function siteProblems(config: SiteDocument): string[] {
  if (config.board && config.boards)
    return ['(top level): write either "board" (a one-box site) or "boards" (several boards), not both']
  if (!config.board && !config.boards)
    return ['(top level): "board" is missing: the board (or, as "boards", the boards) that run this site']
  const boards = siteBoards(config)
  const problems = boards.flatMap(({ board, path }) => boardProblems(config, board, path))
  const ids = new Set<string>()
  for (const { board, path } of boards) {
    if (ids.has(board.id)) problems.push(`${path}.id: another board is also called "${board.id}"`)
    ids.add(board.id)
  }
  const hubs = boards.filter(({ board }) => board.roles.includes('hub'))
  if (hubs.length !== 1)
    problems.push(
      `boards: exactly one board must have the hub role; ${hubs.length === 0 ? 'none has' : hubs.map((h) => h.board.id).join(', ') + ' have'} it`,
    )
  const external = config.hub.broker.mode === 'external'
  if (external || (config.boards && config.boards.length > 1)) {
    const why = external ? 'with an external broker' : 'of a multi-board site'
    for (const { board, path } of boards)
      if (board.password === undefined) problems.push(`${path}.password: every board ${why} needs its MQTT password`)
  }
  return problems
}

/** A language shown with no text for a message, or an override that is not one: refused with the config, not on a ticket. */
function siteMessageProblems(config: SiteDocument): string[] {
  const problems = messageProblems({
    languages: shownLanguages(config),
    ...(config.messages === undefined ? {} : { messages: config.messages }),
  })
  for (const [i, lang] of (config.ticket.languages ?? []).entries()) {
    if (!config.site.languages.includes(lang))
      problems.push(
        `ticket.languages[${i}]: "${lang}" is not one of site.languages (${config.site.languages.join(', ')})`,
      )
  }
  return problems
}

/**
 * Validates an already parsed document; `source` names it in the error.
 * `boardId` chooses the board this process runs; left out, it is the hub's
 * board (on a one-box site, the only one). The time zone must be one that
 * `zones`, the command's (time/system-zone.ts), tells local time in.
 */
export function checkConfig(document: unknown, source: string, zones: TimeZones, boardId?: string): SiteConfig {
  const migrated = migrateConfig(document)
  if (!migrated.ok) throw new ConfigError(source, [migrated.problem])
  const result = validateConfig(migrated.document)
  if (!result.ok) throw new ConfigError(source, result.errors)
  const everyBoard = siteBoards(result.config).map(({ board }) => board)
  const problems = [
    ...validateEngineConfig(engineConfig(result.config, zones)),
    ...siteProblems(result.config),
    ...incidentProblems({ ...result.config, boards: everyBoard }),
    ...siteMessageProblems(result.config),
  ]
  if (problems.length > 0) throw new ConfigError(source, problems)
  const { board: _one, boards: _many, ...site } = result.config
  const boards = siteBoards(result.config).map(({ board }) => board)
  const board =
    boardId === undefined ? boards.find((b) => b.roles.includes('hub')) : boards.find((b) => b.id === boardId)
  if (!board)
    throw new ConfigError(source, [`no board "${boardId}" in this site (it has ${boards.map((b) => b.id).join(', ')})`])
  return { ...site, board, boards }
}

/**
 * A config file's text as a document: YAML 1.2's core schema (JSON is YAML too), a repeated key refused.
 * js-yaml rather than the yaml package: loaded and run cold, as at every start, it read a 2 kB
 * config in ~6 ms against ~45 ms, the 45 kB one of the start benchmark in ~30 ms against ~190 ms
 * (2-core VM, 2026-12-01). Throws on a text that is not YAML.
 */
export function parseConfigText(text: string): unknown {
  return load(text, { schema: CORE_SCHEMA })
}

export async function loadConfig(file: string, zones: TimeZones, boardId?: string): Promise<SiteConfig> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (err) {
    throw new ConfigError(file, [`cannot read the file: ${(err as Error).message}`])
  }
  let document: unknown
  try {
    document = parseConfigText(text)
  } catch (err) {
    throw new ConfigError(file, [`not valid YAML/JSON: ${(err as Error).message}`])
  }
  return checkConfig(document, file, zones, boardId)
}
