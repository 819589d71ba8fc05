// Writes config/schema.json from firmware/site/config/schema.ts and firmware/generated/validators.js from every
// schema (test/site/config/json-schema.test.ts and test/site/config/validators.test.ts check they are current).
// --check: write nothing, exit 1 naming what is stale (the build runs it).
import { readFileSync, writeFileSync } from 'node:fs'
import { publishedSchema } from '../firmware/site/config/json-schema.ts'
import { VALIDATORS_DTS, VALIDATORS_JS, validatorsModule } from './validators.ts'

const { js, dts } = validatorsModule()
const outputs: Array<[URL, string]> = [
  [new URL('../config/schema.json', import.meta.url), publishedSchema()],
  [VALIDATORS_JS, js],
  [VALIDATORS_DTS, dts],
]

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
    writeFileSync(file, text)
    console.log(`wrote ${file.pathname}`)
  }
}
