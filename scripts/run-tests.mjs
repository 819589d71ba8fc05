// Runs tap and ends with one plain line, "N passed, N failed", that any CI
// reads; the exit code is tap's own.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'

const tap = spawn(process.execPath, ['node_modules/tap/dist/esm/run.mjs', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'inherit'],
})
let summary
createInterface({ input: tap.stdout }).on('line', (line) => {
  process.stdout.write(`${line}\n`)
  const m = /^# \{ total: (\d+)(?:, pass: (\d+))?(?:, fail: (\d+))?/.exec(line)
  if (m) summary = { pass: Number(m[2] ?? 0), fail: Number(m[3] ?? 0), total: Number(m[1]) }
})
tap.on('close', (code) => {
  if (summary) process.stdout.write(`\ntests: ${summary.pass} passed, ${summary.total - summary.pass} failed\n`)
  process.exitCode = code ?? 1
})
