// Bundles the firmware into one ES module file: the device runs compiled
// JavaScript, never a TypeScript loader, because start-up time matters.
import { build } from 'esbuild'
import { readFile } from 'node:fs/promises'

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'))

await build({
  entryPoints: ['firmware/cli/qms.ts'],
  outfile: 'dist/qms.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  define: { 'process.env.QMS_VERSION': JSON.stringify(pkg.version) },
  // CommonJS dependencies bundled into an ES module still call require().
  banner: {
    js: [
      '#!/usr/bin/env node',
      "import { createRequire as __qmsCreateRequire } from 'node:module';",
      'const require = __qmsCreateRequire(import.meta.url);',
    ].join('\n'),
  },
})
