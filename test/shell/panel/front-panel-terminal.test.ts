/**
 * `qms run` with the front panel in a real pseudo-terminal (script(1)), as
 * `npm start` runs it: the panel draws, and `q` quits cleanly. script's
 * terminal reports no size (0 columns), as a serial console may: the panel
 * must still draw at a usable width, not a column of ellipses.
 */
import t from 'tap'
import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { demoDocument } from '../../fixtures/site.ts'
import { QMS_BUNDLE } from '../../harness/hub-process.ts'
import { terminalSession } from '../../harness/terminal-session.ts'

t.test('the front panel draws in a terminal of unknown size and quits on q', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-panel-'))
  const file = join(dir, 'site.json')
  await writeFile(file, JSON.stringify(demoDocument()))
  const session = terminalSession(t, `${QMS_BUNDLE} run --config ${file} --data ${join(dir, 'data')}`)
  await session.waitFor(/Devices: 7 of 7 online/)
  t.match(
    session.output,
    /Gulf Commerce Bank — Marina Branch.*front panel — simulated hardware/,
    'the title line, whole',
  )
  t.match(session.output, /Ticket box: \[1\] Deposits {2}\[2\] Loans {2}\[3\] Accounts/)
  t.match(session.output, /Devices: 7 of 7 online/)
  session.type('q')
  t.equal(await session.ended(), 0, 'q quits and the session ends')
})

t.test('a start that fails under the panel says why on the terminal, not only in the pane nobody saw', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-panel-'))
  const file = join(dir, 'site.json')
  const doc = demoDocument()
  doc.services[0].prefix = 'AA'
  await writeFile(file, JSON.stringify(doc))
  const session = terminalSession(t, `${QMS_BUNDLE} run --config ${file} --data ${join(dir, 'data')}`)
  t.equal(await session.ended(), 1, 'the typo stops the start')
  t.match(session.output, /qms run stopped \(exit 1\); the last log lines:/)
  t.match(session.output, /services\[0\]\.prefix|services\/0\/prefix/, 'the problem, by its path')
})

t.test('SIGHUP under the front panel reloads, as qms --help says, and the panel stays', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-panel-'))
  const file = join(dir, 'site.json')
  await writeFile(file, JSON.stringify(demoDocument()))
  const session = terminalSession(t, `${QMS_BUNDLE} run --config ${file} --data ${join(dir, 'data')}`)
  t.ok(await session.waitFor(/Devices: 7 of 7 online/), 'the panel is up')
  const { pid } = JSON.parse(await readFile(join(dir, 'data', 'qms.lock'), 'utf8')) as { pid: number }
  process.kill(pid, 'SIGHUP')
  t.ok(await session.waitFor(/the config file is unchanged: nothing to reload/), 'the reload, in the log pane')
  session.type('q')
  t.equal(await session.ended(), 0, 'still running until q')
})
