/**
 * `qms run` with the front panel in a real pseudo-terminal (script(1)), as
 * `npm start` runs it: the panel draws, and `q` quits cleanly. script's
 * terminal reports no size (0 columns), as a serial console may: the panel
 * must still draw at a usable width, not a column of ellipses.
 */
import t from 'tap'
import { spawn } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { demoDocument } from '../fixtures/site.ts'
import { QMS_BUNDLE } from '../harness/hub-process.ts'

t.test('the front panel draws in a terminal of unknown size and quits on q', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-panel-'))
  const file = join(dir, 'site.json')
  await writeFile(file, JSON.stringify(demoDocument()))
  const session = spawn('script', ['-qfec', `${QMS_BUNDLE} run --config ${file} --data ${join(dir, 'data')}`, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] })
  t.teardown(() => session.kill('SIGKILL'))
  let screen = ''
  session.stdout.on('data', (chunk: Buffer) => (screen += chunk.toString()))
  const exited = new Promise<number | null>((resolve) => session.once('exit', resolve))
  for (let waited = 0; !/Devices: 7 of 7 online/.test(screen) && waited < 30_000; waited += 100) await sleep(100)
  t.match(screen, /Gulf Commerce Bank — Marina Branch.*front panel — simulated hardware/, 'the title line, whole')
  t.match(screen, /Ticket box: \[1\] Deposits {2}\[2\] Loans {2}\[3\] Accounts/)
  t.match(screen, /Devices: 7 of 7 online/)
  session.stdin.write('q')
  t.equal(await Promise.race([exited, sleep(15_000, undefined, { ref: false }).then(() => 'still running')]), 0, 'q quits and the session ends')
})
