// Bundles the firmware into ES modules, dist/qms.mjs and its chunks: the device runs compiled
// JavaScript, never a TypeScript loader, because start-up time matters.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { chmod, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

// The bundle carries the schemas compiled into firmware/generated/validators.js (git-ignored): compiled
// afresh by every build, so it is never older than the schemas, and typecheck and tests after a build find it.
const generated = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/config-schema.ts', '--generated'], {
  stdio: ['inherit', 'ignore', 'inherit'],
})
if (generated.status !== 0) process.exit(1)

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'))

// V8 flags the appliance runs with, in the shebang so that every way of
// starting it (systemd, `npm start`, the tests' hub processes) gets them.
// A 1 MiB young generation instead of 16: a queue hub allocates little, and
// the default's semi-spaces were a fifth of its resident memory
// (docs/performance.md).
const NODE_FLAGS = ['--max-semi-space-size=1']
// And one malloc arena instead of one per thread that ever allocated (V8's
// compiler and marking threads, libuv's file-system pool): the extra arenas
// held 4-6 MiB of mostly free memory in the hub. Set before node starts,
// since glibc reads it once, at start-up.
const NODE_ENV_VARS = ['MALLOC_ARENA_MAX=1']

// dist/qms.mjs and its chunks (dist/chunks/): what a subcommand, a role or a driver imports with
// import() is a chunk of its own, read only when used, so a hub-only start parses a part of the code.
await rm('dist/chunks', { recursive: true, force: true })
const result = await build({
  // Which source import became which chunk (or stayed external): test/bundle/bundle-chunks.test.ts reads it.
  metafile: true,
  entryPoints: { qms: 'firmware/shell/cli/qms.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  // Syntax and whitespace only: names stay readable in stack traces; half the
  // bytes for V8 to keep and to parse at start.
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.QMS_VERSION': JSON.stringify(pkg.version) },
  // Native addons load their .node binaries from node_modules at run time; they cannot be bundled.
  // echarts (about 1 MB) is loaded only by `qms report --chart`: left out, it costs the hub's start nothing.
  external: ['@napi-rs/canvas', 'serialport', '@serialport/*', 'echarts'],
  // CommonJS dependencies bundled into an ES module still call require(). Every chunk gets the banner;
  // a hashbang line is valid at the start of any module.
  banner: {
    js: [
      `#!/usr/bin/env -S ${NODE_ENV_VARS.join(' ')} node ${NODE_FLAGS.join(' ')}`,
      "import { createRequire as __qmsCreateRequire } from 'node:module';",
      'const require = __qmsCreateRequire(import.meta.url);',
    ].join('\n'),
  },
})
await chmod('dist/qms.mjs', 0o755)
await writeFile('dist/metafile.json', JSON.stringify(result.metafile))

// One character outside ASCII (esbuild leaves regular expression literals as
// written) makes V8 hold the whole bundle's source as a two-byte string for
// as long as the process runs: 5.6 MiB instead of 2.8 (docs/performance.md).
for (const file of (await readdir('dist', { recursive: true })).filter((f) => /\.m?js$/.test(f))) {
  const text = await readFile(join('dist', file), 'utf8')
  const at = text.search(/[^\x00-\x7f]/)
  if (at >= 0) {
    console.error(
      `dist/${file}: non-ASCII ${JSON.stringify(text[at])} near ${JSON.stringify(text.slice(Math.max(0, at - 60), at + 20))}; write it as a \\u escape in the source`,
    )
    process.exit(1)
  }
}
