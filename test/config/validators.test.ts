import t from 'tap'
import { readFile } from 'node:fs/promises'
import { VALIDATORS_DTS, VALIDATORS_JS, validatorsModule } from '../../scripts/validators.ts'

t.test('firmware/generated/validators.js is compiled from the schemas as they are (npm run config-schema)', async (t) => {
  const { js, dts } = validatorsModule()
  t.equal(await readFile(VALIDATORS_JS, 'utf8'), js)
  t.equal(await readFile(VALIDATORS_DTS, 'utf8'), dts)
})
