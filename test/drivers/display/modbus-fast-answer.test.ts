/**
 * Issue 14, defect 10: a Modbus display that answers as soon as it has the
 * last byte of a write. The port was read only after drain() resolved, so an
 * answer that arrived before that was never looked at: logged `incomplete
 * answer`, and three in a row marked a working display offline. Each of many
 * writes here is a race the old code lost now and then (a few in a hundred
 * on a busy machine); every one must be answered.
 */
import t from 'tap'
import pino from 'pino'
import { FrameQueue } from '../../../firmware/drivers/display/frame-queue.ts'
import { modbusFrame } from '../../../firmware/drivers/display/modbus-display.ts'
import { ModbusSlave } from '../../harness/modbus-slave.ts'
import { socatPair } from '../../harness/socat-pair.ts'
import { until } from '../../harness/until.ts'

const logger = pino({ level: 'silent' })
const WRITES = 600

t.test('every write to a display that answers at once is taken as answered', async (t) => {
  const pair = await socatPair()
  const slave = new ModbusSlave(pair.b, [1])
  await slave.start()
  // A generous answer timeout: a miss here is an answer overlooked, never a slow machine.
  const line = new FrameQueue({ path: pair.a, baudRate: 115200, logger, answerTimeoutMs: 2000, retryMs: 10 })
  await line.attach('d1')
  t.teardown(async () => {
    await line.detach('d1')
    await slave.stop()
    await pair.close()
  })
  const problems: string[] = []
  for (let i = 0; i < WRITES; i++) {
    await line
      .send('d1', modbusFrame({ rows: [`A${String(i).padStart(3, '0')}>1`] }, { address: 1, baudRate: 115200 }))
      .catch((err: Error) => problems.push(err.message))
  }
  t.same(problems, [], 'no answer was overlooked')
  // The slave reports each request on its stdout, which may arrive after the answer it sent did.
  const writes = () => slave.requests.filter((r) => r.function === 0x10).length
  await until(
    () => writes() >= WRITES,
    () => `the slave reported ${writes()} of ${WRITES} writes`,
  )
  t.equal(slave.requests.filter((r) => r.function === 0x10).length, WRITES, 'the slave took each write once')
})
