import t from 'tap'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { hubConfigDocument, HubProcess, writeHubConfig } from '../../harness/hub-process.ts'

// The memory settings live in the bundle's shebang, so every way of starting
// it (systemd runs the file itself) has them; this starts it the same way.
t.test('a hub started from the bundle runs with one malloc arena and a 1 MiB young generation', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-bundle-memory-'))
  const hub = await HubProcess.start(
    await writeHubConfig(dir, hubConfigDocument({ site: 'memory' })),
    join(dir, 'data'),
  )
  t.teardown(async () => {
    await hub.stop()
    await rm(dir, { recursive: true, force: true })
  })
  const environ = (await readFile(`/proc/${hub.pid}/environ`, 'latin1')).split('\0')
  const argv = (await readFile(`/proc/${hub.pid}/cmdline`, 'latin1')).split('\0')
  t.ok(environ.includes('MALLOC_ARENA_MAX=1'), 'MALLOC_ARENA_MAX=1 in its environment')
  t.ok(argv.includes('--max-semi-space-size=1'), `V8 flag on its command line: ${argv.join(' ')}`)
})
