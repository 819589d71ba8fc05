/**
 * The folders of firmware/ are layers, and this is their one list: a folder
 * may import only the folders below it. A newcomer reads the architecture
 * here; a change that makes a lower folder reach up (a driver calling a
 * role, the site config calling the shell) fails with the files that do it.
 * Checked too: no two directories, at any depth, import each other through
 * any path (a cycle inside a layer, such as roles/display ↔ roles/counter).
 * The imports are read by TypeScript's own pre-processor, type-only ones
 * included: a type reaching up ties the folders as much as a value does.
 */
import t from 'tap'
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

const ROOT = new URL('../../', import.meta.url).pathname
const FIRMWARE = join(ROOT, 'firmware')

/** Bottom to top. A folder may import the folders listed before it, never those after it. */
const LAYERS: Array<[folder: string, holds: string]> = [
  ['generated', 'Ajv standalone validators, built from the schemas'],
  ['time', 'time zones: tz database rules, POSIX TZ, local time'],
  ['language', "per-language words: the voice's numbers, call words, announcements"],
  ['contract', 'the command and topic payload schemas everyone reads'],
  ['core', 'the pure queue rules: commands in, events out'],
  ['journal', 'the fdatasynced event journal and its durable file primitives'],
  ['site', 'site configuration: config schema and checks, board pin maps, signed bundles'],
  ['drivers', 'one interface per device class, real and simulated'],
  ['bus', 'MQTT: broker, client, access list, topics'],
  ['report', "the manager's figures"],
  ['hub', 'the one writer: engine and journal on the bus'],
  ['roles', 'dispenser, counter, display, announcer, call point: drivers wired to the bus'],
  ['shell', 'the process: CLI commands, USB import and export, panel, service, app wiring'],
]

/** Imports that break the layering: none. An entry here names the change that removes it. */
const KNOWN_EXCEPTIONS: Array<{ from: string; to: string; why: string }> = []

interface Edge {
  from: string
  to: string
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(path)
    return /\.(ts|js|mjs)$/.test(e.name) ? [path] : []
  })
}

/** Every import of one firmware file by another (files as firmware/… paths). */
function fileEdges(): Edge[] {
  const edges: Edge[] = []
  for (const path of sourceFiles(FIRMWARE)) {
    const from = relative(ROOT, path)
    // The generator's declarations name the contract's types for the checks it compiled from them: a
    // description of generated/, not an import anything runs, and the schemas are the contract's.
    if (from.startsWith('firmware/generated/') && from.endsWith('.d.ts')) continue
    for (const { fileName } of ts.preProcessFile(readFileSync(path, 'utf8'), true, true).importedFiles) {
      if (!fileName.startsWith('.')) continue
      const to = relative(ROOT, resolve(dirname(path), fileName))
      if (to.startsWith('firmware/')) edges.push({ from, to })
    }
  }
  return edges
}

const excepted = (e: Edge) => KNOWN_EXCEPTIONS.some((x) => e.from.startsWith(x.from) && e.to.startsWith(x.to))
const topFolder = (file: string) => file.split('/')[1]!
const edges = fileEdges()
const layered = edges.filter((e) => !excepted(e))

/** Strongly connected groups of more than one node (Tarjan): each is a cycle. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const found: string[][] = []
  const visit = (v: string) => {
    index.set(v, index.size)
    low.set(v, index.get(v)!)
    stack.push(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const group: string[] = []
    let w: string
    do {
      w = stack.pop()!
      group.push(w)
    } while (w !== v)
    if (group.length > 1) found.push(group.sort())
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return found
}

/** The graph of `node(file)`s, and for each pair the files that make the edge. */
function graphOf(node: (file: string) => string): { graph: Map<string, Set<string>>; why: Map<string, string[]> } {
  const graph = new Map<string, Set<string>>()
  const why = new Map<string, string[]>()
  for (const e of layered) {
    const a = node(e.from)
    const b = node(e.to)
    if (a === b) continue
    if (!graph.has(a)) graph.set(a, new Set())
    graph.get(a)!.add(b)
    why.set(`${a} -> ${b}`, [...(why.get(`${a} -> ${b}`) ?? []), `${e.from} imports ${e.to}`])
  }
  return { graph, why }
}

function describe(group: string[], why: Map<string, string[]>): string {
  const lines = group.flatMap((a) => group.flatMap((b) => why.get(`${a} -> ${b}`)?.slice(0, 3) ?? []))
  return `${group.join(' ↔ ')}:\n  ${lines.join('\n  ')}`
}

t.test('every folder of firmware/ has its place in the layers', async (t) => {
  const folders = readdirSync(FIRMWARE, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
  const listed = new Set(LAYERS.map(([folder]) => folder))
  t.same(
    folders.filter((f) => !listed.has(f)),
    [],
    'a new folder is placed in LAYERS, with what it holds',
  )
  t.same(
    readdirSync(FIRMWARE).filter((f) => /\.(ts|js)$/.test(f)),
    [],
    'no loose files beside the folders: each belongs to a layer',
  )
})

t.test('a folder imports only the folders below it', async (t) => {
  const rank = new Map(LAYERS.map(([folder], i) => [folder, i]))
  const upward = layered
    .filter(
      (e) =>
        topFolder(e.from) !== topFolder(e.to) &&
        (rank.get(topFolder(e.to)) ?? Infinity) >= (rank.get(topFolder(e.from)) ?? -Infinity),
    )
    .map((e) => `${topFolder(e.from)} is below ${topFolder(e.to)}, yet ${e.from} imports ${e.to}`)
  t.same(upward, [], 'no import reaches up a layer')
})

t.test('no cycle between the top-level folders', async (t) => {
  const { graph, why } = graphOf(topFolder)
  t.same(
    cycles(graph).map((g) => describe(g, why)),
    [],
  )
})

t.test('no cycle between any two directories, at any depth', async (t) => {
  const { graph, why } = graphOf((file) => dirname(file))
  t.same(
    cycles(graph).map((g) => describe(g, why)),
    [],
  )
})

t.test('the check sees the imports it checks', async (t) => {
  // Against a reader that silently finds nothing: known imports of each kind are there.
  const has = (from: string, to: string) => edges.some((e) => e.from === from && e.to === to)
  t.ok(has('firmware/shell/app.ts', 'firmware/hub/hub.ts'), 'a static import')
  t.ok(has('firmware/shell/app.ts', 'firmware/roles/dispenser/dispenser.ts'), 'a dynamic import()')
  t.ok(has('firmware/roles/announcer/announcer.ts', 'firmware/drivers/audio/audio.ts'), 'a type-only import')
  t.ok(
    cycles(
      new Map([
        ['a', new Set(['b'])],
        ['b', new Set(['c'])],
        ['c', new Set(['a'])],
      ]),
    ).length === 1,
    'a cycle through three nodes is found',
  )
})
