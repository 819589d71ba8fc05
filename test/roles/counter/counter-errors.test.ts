import t from 'tap'
import { once } from 'node:events'
import { PassThrough } from 'node:stream'
import pino from 'pino'
import { BusClient } from '../../../firmware/bus/client.ts'
import { topics } from '../../../firmware/bus/topics.ts'
import { SimulatedInput } from '../../../firmware/drivers/input/simulated-input.ts'
import { Words } from '../../../firmware/language/messages/words.ts'
import { CounterRole } from '../../../firmware/roles/counter/counter.ts'
import { createLogger } from '../../../firmware/shell/log.ts'

/** A keypad driver with a bug: telling it anything throws a TypeError. */
class BrokenKeypad extends SimulatedInput {
  private rows?: string[]
  feedback(): void {
    this.rows!.push('x')
  }
}

t.test('a bug met while handling a key is logged with its type and stack, not its message alone', async (t) => {
  const out = new PassThrough()
  const logger = await createLogger({ level: 'error', destination: out })
  // Nothing listens on port 1: the hub is unreachable, so the key gets its answer at once.
  const bus = new BusClient({
    url: 'mqtt://127.0.0.1:1',
    device: 'desk-counter-c1',
    topics: topics('test-site'),
    logger: pino({ level: 'silent' }),
    connectWaitMs: 100,
    minDelayMs: 60_000,
  })
  await bus.start()
  t.teardown(() => bus.stop())
  const keypad = new BrokenKeypad('counter:c1')
  const role = new CounterRole({ counter: 'c1', keypad, bus, logger, words: new Words('en') })
  await role.start()
  t.teardown(() => role.stop())

  const logged = once(out, 'data')
  keypad.press('next')
  const line = JSON.parse(String((await logged)[0])) as {
    msg: string
    err: { type: string; message: string; stack: string }
  }
  t.equal(line.msg, 'a key could not be handled')
  t.equal(line.err.type, 'TypeError')
  t.match(line.err.message, /push/)
  t.match(line.err.stack, /at BrokenKeypad\.feedback .*counter-errors\.test\.ts/, 'the stack names where it broke')
})
