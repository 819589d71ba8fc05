import t from 'tap'
import { Words } from '../../../firmware/language/messages/words.ts'
import { once } from 'node:events'
import pino from 'pino'
import { BusClient } from '../../../firmware/bus/client.ts'
import { topics } from '../../../firmware/bus/topics.ts'
import { SimulatedInput } from '../../../firmware/drivers/input/simulated-input.ts'
import type { FeedbackKind } from '../../../firmware/drivers/keypad/keypad-protocol.ts'
import { CounterRole, type Feedback } from '../../../firmware/roles/counter/counter.ts'
import { resolveKeypadKey } from '../../../firmware/roles/counter/keypad-targets.ts'

const logger = pino({ level: 'silent' })

/** A keypad that keeps what it was told, as a keypad with a display would show it. */
class TellingKeypad extends SimulatedInput {
  readonly told: Array<[FeedbackKind, string]> = []
  feedback(kind: FeedbackKind, text: string): void {
    this.told.push([kind, text])
  }
}

t.test(
  'with the hub unreachable every key is answered "hub unreachable" on the keypad; a PIN is never reported',
  async (t) => {
    // Nothing listens on port 1: the client goes on offline, as a counter board does when the hub is down.
    const bus = new BusClient({
      url: 'mqtt://127.0.0.1:1',
      device: 'desk-counter-c1',
      topics: topics('test-site'),
      logger,
      connectWaitMs: 100,
      minDelayMs: 60_000,
    })
    await bus.start()
    t.teardown(() => bus.stop())
    const keypad = new TellingKeypad('counter:c1')
    const role = new CounterRole({ counter: 'c1', keypad, bus, logger, words: new Words('en') })
    await role.start()
    t.teardown(() => role.stop())

    const feedback = once(role, 'feedback')
    keypad.press('login:1234')
    const [seen] = (await feedback) as [Feedback]
    t.match(seen, { counter: 'c1', key: 'login', ok: false, kind: 'hub-unreachable' })
    t.notMatch(JSON.stringify(seen), /1234/)
    const unknown = once(role, 'feedback')
    keypad.press('dance')
    t.match((await unknown)[0], { kind: 'not-allowed', text: 'Unknown key' })
    t.same(
      keypad.told.map(([kind]) => kind),
      ['hub-unreachable', 'not-allowed'],
    )
  },
)

t.test('typed digits name the n-th service or the counter called by that name', async (t) => {
  const services = [{ id: 'deposits' }, { id: 'loans' }]
  const counters = [
    { id: 'c1', name: '1' },
    { id: 'c3', name: '3' },
  ]
  t.equal(resolveKeypadKey('transfer:2', services, counters), 'transfer:loans')
  t.equal(
    resolveKeypadKey('transfer:9', services, counters),
    'transfer:9',
    'no 9th service: left for the hub to refuse',
  )
  t.equal(resolveKeypadKey('transfer:loans', services, counters), 'transfer:loans')
  t.equal(resolveKeypadKey('transfer-counter:3', services, counters), 'transfer-counter:c3')
  t.equal(resolveKeypadKey('login:1234', services, counters), 'login:1234')
})
