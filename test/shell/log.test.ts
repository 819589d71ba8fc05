import t from 'tap'
import { once } from 'node:events'
import { PassThrough } from 'node:stream'
import { createLogger } from '../../firmware/shell/log.ts'

t.test(
  "a pretty line (the front panel's log pane) stays one line: what failed, then the error's message",
  async (t) => {
    const out = new PassThrough({ encoding: 'utf8' })
    const logger = await createLogger({ pretty: true, destination: out })
    const said = once(out, 'data')
    logger
      .child({ module: 'dispenser' })
      .error({ service: 'deposits', err: new TypeError('printer on fire') }, 'ticket box failed on a press')
    const [line] = (await said) as [string]
    t.match(
      line,
      /ERROR: ticket box failed on a press: printer on fire \{"module":"dispenser","service":"deposits"\}\n$/,
    )
    t.equal(line.trimEnd().split('\n').length, 1, 'one line, no stack')
    const refused = once(out, 'data')
    logger.warn({ err: 'no such ticket' }, 'the hub did not take the ticket out of the queue')
    t.match(
      ((await refused) as [string])[0],
      /WARN: the hub did not take the ticket out of the queue: no such ticket\n$/,
      'a refusal given as text',
    )
  },
)

t.test('a JSON line (the journal) keeps the error with its type and stack', async (t) => {
  const out = new PassThrough({ encoding: 'utf8' })
  const logger = await createLogger({ destination: out })
  const said = once(out, 'data')
  logger.error({ err: new TypeError('printer on fire') }, 'ticket box failed on a press')
  const line = JSON.parse(((await said) as [string])[0]) as {
    msg: string
    err: { type: string; message: string; stack: string }
  }
  t.match(line, { msg: 'ticket box failed on a press', err: { type: 'TypeError', message: 'printer on fire' } })
  t.match(line.err.stack, /^TypeError: printer on fire\n\s+at .*log\.test\.ts/)
})
