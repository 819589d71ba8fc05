import t from 'tap'
import { readFile } from 'node:fs/promises'
import { currentDoc, MQTT_DOC } from '../../scripts/mqtt-doc.ts'

t.test("docs/mqtt.md's tables are the contract's as it is (npm run mqtt-doc)", async (t) => {
  const doc = await readFile(MQTT_DOC, 'utf8')
  t.equal(doc, currentDoc(doc))
})

t.test('a table edited by hand is found stale', async (t) => {
  const doc = await readFile(MQTT_DOC, 'utf8')
  const edited = doc.replace('| `callNext` | `counter` |', '| `callNext` | `counter`, `speed` |')
  t.not(edited, doc, 'the edit took')
  t.not(currentDoc(edited), edited)
  t.throws(() => currentDoc(doc.replace('<!-- /contract:events -->', '')), /no <!-- contract:events -->/)
})
