/**
 * Test what ships: the announcer of the built bundle with the real aplay
 * into an ALSA file-plugin device (DESIGN.md "Test rig"). Each call is heard
 * as the clips docs/voice.md names for it, in order, sample for sample as
 * sox reads the clip files: chime, "ticket", the letter, the number,
 * "please go to", "counter", the counter's name.
 */
import t from 'tap'
import { join } from 'node:path'
import { rm } from 'node:fs/promises'
import { OneBoardSite, oneBoardDocument } from '../harness/one-board-site.ts'
import type { LogEntry } from '../harness/appliance-process.ts'
import { alsaRig, captureProblem, clipSet, rawOf, wavData } from '../harness/clip-set.ts'

const announced = (label: string) => (e: LogEntry) => e.msg === 'announced' && e.label === label

t.test('each call is played as its clips, in order, through aplay', async (t) => {
  const clips = await clipSet()
  const rig = alsaRig()
  t.teardown(() => rm(rig.dir, { recursive: true, force: true }))
  const clip = (word: string) => rawOf(join(clips, word === 'chime' ? 'common' : 'en', `${word}.wav`))
  const expected = (words: string[]) => Buffer.concat(words.map(clip))
  const doc = oneBoardDocument(['counter', 'announcer'], {
    counters: ['c1', 'c2', 'c3'].map((counter) => ({ counter, input: { driver: 'simulated' } })),
    announcer: { output: { driver: 'aplay', device: 'wav', clips } },
  })
  // The announcer logs "announced" at debug, once aplay has exited.
  const run = await OneBoardSite.start(doc, { ALSA_CONFIG_PATH: rig.config, QMS_LOG_LEVEL: 'debug' })
  t.teardown(() => run.stop())
  await run.issue('deposits', 1)
  await run.issue('loans', 1)

  run.board.press('counter:c1', 'next')
  await run.board.waitFor(announced('A001'))
  t.equal(
    captureProblem(wavData(rig.wav), expected(['chime', 'ticket', 'letter-a', 'n1', 'please-go-to', 'counter', 'n1'])),
    undefined,
    'A001 at counter 1',
  )

  run.board.press('counter:c3', 'next')
  await run.board.waitFor(announced('B001'))
  t.equal(
    captureProblem(wavData(rig.wav), expected(['chime', 'ticket', 'letter-b', 'n1', 'please-go-to', 'counter', 'n3'])),
    undefined,
    'B001 at counter 3',
  )
  t.same(
    run.board.entries.filter((e) => Number(e.level) >= 50),
    [],
    'no errors',
  )
})
