// Writes config/schema.json from firmware/site/config/schema.ts and firmware/generated/validators.js from every
// schema (test/site/config/json-schema.test.ts and test/site/config/validators.test.ts check they are current).
// --generated: write only firmware/generated/ (git-ignored, made by every build: `npm run build` runs this).
// --check: write nothing, exit 1 naming what is stale.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { publishedSchema } from '../firmware/site/config/json-schema.ts'
import { VALIDATORS_DTS, VALIDATORS_JS, validatorsModule } from './validators.ts'

const { js, dts } = validatorsModule()
const generated: Array<[URL, string]> = [
  [VALIDATORS_JS, js],
  [VALIDATORS_DTS, dts],
]
const outputs = process.argv.includes('--generated')
  ? generated
  : [[new URL('../config/schema.json', import.meta.url), publishedSchema()] as [URL, string], ...generated]

function current(file: URL, text: string): boolean {
  try {
    return readFileSync(file, 'utf8') === text
  } catch {
    return false
  }
}

if (process.argv.includes('--check')) {
  const stale = outputs.filter(([file, text]) => !current(file, text)).map(([file]) => file.pathname)
  if (stale.length > 0) {
    console.error(`stale, made from the schemas: ${stale.join(', ')}\nrun \`npm run config-schema\``)
    process.exitCode = 1
  }
} else {
  for (const [file, text] of outputs) {
    mkdirSync(new URL('.', file), { recursive: true })
    writeFileSync(file, text)
    console.log(`wrote ${file.pathname}`)
  }
}
