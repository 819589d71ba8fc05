/**
 * The bundle can load what it loads lazily (issue 14, DESIGN rule 8). In a
 * child node process, as the appliance runs it:
 * - every dist/chunks/*.mjs is imported;
 * - every `import('x')` in firmware/ (a package, a builtin or one of ours) is
 *   followed through esbuild's metafile to what the bundle really loads —
 *   its chunk, or the external package as Node resolves it from dist/chunks —
 *   and that module must give every name the source reads from it;
 * - every static import of a package the bundle leaves external must give
 *   its names too (a bundled static import is esbuild's own interop, which
 *   reads module.exports' properties and cannot lose a name).
 * The names come from the source (test/harness/source-imports.ts), not from
 * a list: `const { ThermalPrinter } = await import('node-thermal-printer')`
 * failed here while the split bundle gave that CommonJS chunk only `default`.
 */
import t from 'tap'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { firmwareImports, type SourceImport } from '../harness/source-imports.ts'

const DIST = new URL('../../dist/', import.meta.url).pathname
const CHUNKS = join(DIST, 'chunks')

interface Metafile {
  inputs: Record<string, { imports: { path: string; kind: string; external?: boolean; original?: string }[] }>
  outputs: Record<string, { entryPoint?: string }>
}

/** What the child is asked: import `target` (a file URL or a specifier resolved from dist/chunks) and read each path. */
interface Probe {
  where: string
  target: string
  uses: string[][]
}

/** Runs in the child, cwd dist/chunks: a bare specifier resolves as it does from a chunk. */
const CHILD = `
const { chunks, probes } = JSON.parse(process.argv[1])
const failures = []
for (const chunk of chunks) {
  try { await import(chunk) } catch (err) { failures.push(chunk + ' does not load: ' + err.message) }
}
for (const { where, target, uses } of probes) {
  let ns
  try { ns = await import(target) } catch (err) { failures.push(where + ': ' + target + ' does not load: ' + err.message); continue }
  for (const path of uses) {
    let value = ns
    for (const key of path) value = value == null ? undefined : value[key]
    if (value === undefined) failures.push(where + ': ' + target + ' gives no ' + path.join('.') + ' (it gives ' + Object.keys(ns).join(', ') + ')')
  }
}
console.log(JSON.stringify(failures))
`

function probeFor(entry: SourceImport, meta: Metafile): Probe | string {
  const where = `${entry.file}:${entry.line} ${entry.kind === 'dynamic-import' ? `import('${entry.specifier}')` : `import … from '${entry.specifier}'`}`
  const record = meta.inputs[entry.file]?.imports.find(
    (i) => i.kind === entry.kind && (i.original ?? i.path) === entry.specifier,
  )
  if (!record) return `${where}: not in the bundle's metafile (is the file reachable from firmware/shell/cli/qms.ts?)`
  if (record.external) return { where, target: record.path, uses: entry.uses }
  const chunk = Object.entries(meta.outputs).find(([, o]) => o.entryPoint === record.path)?.[0]
  if (!chunk) return `${where}: the bundle made no chunk of ${record.path}`
  return { where, target: pathToFileURL(join(DIST, '..', chunk)).href, uses: entry.uses }
}

t.test('every chunk loads, and every import gives the names its source reads', async (t) => {
  if (!existsSync(join(DIST, 'metafile.json')))
    throw new Error('dist/metafile.json is missing: run `npm run build` (npm test does)')
  const meta = JSON.parse(readFileSync(join(DIST, 'metafile.json'), 'utf8')) as Metafile
  const imports = firmwareImports()
  t.same(
    imports.filter((i) => i.unreadable !== undefined).map((i) => `${i.file}:${i.line} ${i.unreadable}`),
    [],
    'every dynamic import is in a shape whose names can be read (source-imports.ts)',
  )
  const dynamic = imports.filter((i) => i.kind === 'dynamic-import' && i.unreadable === undefined)
  const externalStatic = imports.filter(
    (i) =>
      i.kind === 'import-statement' &&
      !i.specifier.startsWith('.') &&
      meta.inputs[i.file]?.imports.some((r) => r.external && r.path === i.specifier && r.kind === 'import-statement'),
  )
  const probes: Probe[] = []
  const unmapped: string[] = []
  for (const entry of [...dynamic, ...externalStatic]) {
    const probe = probeFor(entry, meta)
    if (typeof probe === 'string') unmapped.push(probe)
    else probes.push(probe)
  }
  t.same(unmapped, [], 'every import of the source is found in the bundle')
  t.ok(
    dynamic.some((i) => !i.specifier.startsWith('.') && !i.specifier.startsWith('node:') && i.uses.length > 0),
    'packages imported lazily are among those checked',
  )

  const chunks = readdirSync(CHUNKS)
    .filter((f) => f.endsWith('.mjs'))
    .map((f) => pathToFileURL(join(CHUNKS, f)).href)
  t.ok(chunks.length > 10, `${chunks.length} chunks`)
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, JSON.stringify({ chunks, probes })], {
    cwd: CHUNKS,
    encoding: 'utf8',
    timeout: 120_000,
  })
  t.same(
    JSON.parse(out.trim().split('\n').at(-1) ?? '[]'),
    [],
    `${chunks.length} chunks and ${probes.length} imports (${probes.reduce((n, p) => n + p.uses.length, 0)} names) checked in node`,
  )
})
