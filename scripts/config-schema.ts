// Writes config/schema.json from firmware/config/schema.ts (test/config/json-schema.test.ts checks it is current).
import { writeFileSync } from 'node:fs'
import { publishedSchema } from '../firmware/config/json-schema.ts'

const out = new URL('../config/schema.json', import.meta.url)
writeFileSync(out, publishedSchema())
console.log(`wrote ${out.pathname}`)
