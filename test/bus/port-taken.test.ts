import t from 'tap'
import { createServer } from 'node:net'
import { once } from 'node:events'
import { startBroker } from '../fixtures/broker.ts'

t.test('a broker port taken by another program: the error says which port, what for, and what to do', async (t) => {
  const other = createServer()
  other.listen(0, '127.0.0.1')
  await once(other, 'listening')
  t.teardown(() => other.close())
  const port = (other.address() as { port: number }).port
  const err = await startBroker([], { port }).then(
    () => undefined,
    (e: Error) => e,
  )
  t.match(
    err?.message,
    new RegExp(`port ${port} \\(hub\\.broker\\.port, the MQTT broker\\) is taken by another program`),
  )
  t.match(err?.message, /systemctl disable --now mosquitto/, 'the usual culprit and its cure')
  t.match(err?.message, /another port in the config/)
})
