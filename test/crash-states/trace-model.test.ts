/**
 * The strace reader and the crash-state generator on hand-written traces,
 * printed the way `strace -f -y -xx` prints them.
 */
import t from 'tap'
import { parseStrace, splitArgs, stringArg } from '../harness/crash-states/strace-lines.ts'
import { TraceReader, type Tree } from '../harness/crash-states/fs-ops.ts'
import {
  enumerateCrashStates,
  materialise,
  mutationsOf,
  pageOps,
  subsets,
  seeded,
  ALL_SUBSETS_UP_TO,
} from '../harness/crash-states/crash-model.ts'

const ROOT = '/d'
/** A string as strace -xx prints it. */
const x = (s: string | Buffer) =>
  `"${[...Buffer.from(s)].map((b) => `\\x${b.toString(16).padStart(2, '0')}`).join('')}"`
/** An fd with its -y annotation. */
const fd = (n: number, path: string) => `${n}<${x(path).slice(1, -1)}>`

function states(lines: string[], start: Tree = new Map()) {
  const trace = new TraceReader(ROOT, start).read(parseStrace(lines.join('\n')))
  return { trace, ...enumerateCrashStates(trace) }
}

const text = (tree: Tree, path: string) => {
  const entry = tree.get(path)
  return entry?.type === 'file' ? entry.bytes.toString() : undefined
}

t.test('an unfinished call and its resumed half are one call, ordered where it ended', async (t) => {
  const calls = parseStrace(
    [
      `10 fdatasync(${fd(5, '/d/a')} <unfinished ...>`,
      `11 write(${fd(6, 'socket:[1]')}, ${x('hi')}, 2) = 2`,
      `10 <... fdatasync resumed>) = 0`,
      `10 +++ killed by SIGKILL +++`,
    ].join('\n'),
  )
  t.same(
    calls.map((c) => [c.name, c.begin, c.end]),
    [
      ['write', 1, 1],
      ['fdatasync', 0, 2],
    ].sort((a, b) => (a[2] as number) - (b[2] as number)),
  )
  t.same(splitArgs(`${fd(3, '/d')}, "\\x2c, ", [{iov_base="a", iov_len=1}], 5`).length, 4)
  t.throws(() => stringArg(`${x('abc')}...`), /larger -s/)
  t.same(stringArg(x('a\nb')).toString(), 'a\nb')
})

t.test('a rename without an fsync of its folder may be lost after the crash', async (t) => {
  const { states: all, trace } = states(
    [
      `1 openat(AT_FDCWD<${x('/').slice(1, -1)}>, ${x('/d/new.tmp')}, O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, 0666) = ${fd(5, '/d/new.tmp')}`,
      `1 write(${fd(5, '/d/new.tmp')}, ${x('v2')}, 2) = 2`,
      `1 fsync(${fd(5, '/d/new.tmp')}) = 0`,
      `1 close(${fd(5, '/d/new.tmp')}) = 0`,
      `1 rename(${x('/d/new.tmp')}, ${x('/d/cfg')}) = 0`,
      `1 write(${fd(7, 'socket:[9]')}, ${x('{"req":"r1","status":"ok"}')}, 26) = 26`,
    ],
    new Map([['cfg', { type: 'file', bytes: Buffer.from('v1') }]]),
  )
  t.same(
    trace.ops.map((o) => o.t),
    ['name', 'write', 'sync', 'rename', 'ack'],
    'a new file needs no truncate',
  )
  const afterAck = all.filter((s) => s.acked.has('r1'))
  t.ok(
    afterAck.some((s) => text(s.tree, 'cfg') === 'v1'),
    'the old name can survive although the answer was sent',
  )
  t.ok(
    afterAck.some((s) => text(s.tree, 'cfg') === 'v2' && !s.tree.has('new.tmp')),
    'or the rename',
  )
  t.notOk(
    all.some((s) => s.tree.has('cfg') && s.tree.has('new.tmp') && text(s.tree, 'cfg') === 'v2'),
    'a rename is atomic: never both names',
  )
  t.ok(
    all.some((s) => text(s.tree, 'new.tmp') === ''),
    'the temp file, created but its data not yet synced',
  )
})

t.test('with an fsync of the folder the rename survives every crash after it', async (t) => {
  const { states: all } = states(
    [
      `1 openat(AT_FDCWD<${x('/').slice(1, -1)}>, ${x('/d/new.tmp')}, O_WRONLY|O_CREAT|O_TRUNC, 0666) = ${fd(5, '/d/new.tmp')}`,
      `1 write(${fd(5, '/d/new.tmp')}, ${x('v2')}, 2) = 2`,
      `1 fsync(${fd(5, '/d/new.tmp')}) = 0`,
      `1 rename(${x('/d/new.tmp')}, ${x('/d/cfg')}) = 0`,
      `1 openat(AT_FDCWD<${x('/').slice(1, -1)}>, ${x('/d')}, O_RDONLY|O_DIRECTORY) = ${fd(6, '/d')}`,
      `1 fsync(${fd(6, '/d')}) = 0`,
      `1 write(${fd(7, 'socket:[9]')}, ${x('{"req":"r1","status":"ok"}')}, 26) = 26`,
    ],
    new Map([['cfg', { type: 'file', bytes: Buffer.from('v1') }]]),
  )
  const afterAck = all.filter((s) => s.acked.has('r1'))
  t.ok(afterAck.length > 0)
  t.ok(afterAck.every((s) => text(s.tree, 'cfg') === 'v2' && !s.tree.has('new.tmp')))
  t.ok(
    all.every((s) => ['v1', 'v2'].includes(text(s.tree, 'cfg')!)),
    'cfg is always old or new, whole',
  )
})

t.test('an append without fdatasync may be lost, or torn at a page boundary', async (t) => {
  const big = Buffer.alloc(5000, 0x41)
  const { states: all } = states(
    [
      `1 openat(AT_FDCWD<${x('/').slice(1, -1)}>, ${x('/d/log')}, O_WRONLY|O_APPEND|O_CLOEXEC) = ${fd(5, '/d/log')}`,
      `1 write(${fd(5, '/d/log')}, ${x('one')}, 3) = 3`,
      `1 fdatasync(${fd(5, '/d/log')}) = 0`,
      `1 write(${fd(5, '/d/log')}, ${x(big)}, 5000) = 5000`,
    ],
    new Map([['log', { type: 'file', bytes: Buffer.from('zero') }]]),
  )
  const sizes = new Set(all.map((s) => (s.tree.get('log') as { bytes: Buffer }).bytes.length))
  // 4 + 3 synced; the 5000-byte append starts at 7 and crosses the page boundary at 4096.
  t.same(
    [...sizes].sort((a, b) => a - b),
    [4, 7, 4096, 5007],
  )
  const torn = all.find(
    (s) =>
      (s.tree.get('log') as { bytes: Buffer }).bytes.length === 5007 &&
      (s.tree.get('log') as { bytes: Buffer }).bytes[100] === 0,
  )
  t.ok(torn, 'the second page can reach the disk without the first (a hole of zeros)')
  t.ok(
    all.filter((s) => s.at >= 2).every((s) => text(s.tree, 'log')!.startsWith('zeroone')),
    'what fdatasync covered stays',
  )
})

t.test('a new file in a new folder needs both folders synced', async (t) => {
  const { states: all } = states([
    `1 mkdir(${x('/d/day')}, 0777) = 0`,
    `1 openat(AT_FDCWD<${x('/').slice(1, -1)}>, ${x('/d/day/seg')}, O_WRONLY|O_CREAT|O_APPEND, 0666) = ${fd(5, '/d/day/seg')}`,
    `1 openat(AT_FDCWD<${x('/').slice(1, -1)}>, ${x('/d/day')}, O_RDONLY|O_DIRECTORY) = ${fd(6, '/d/day')}`,
    `1 fsync(${fd(6, '/d/day')}) = 0`,
  ])
  t.ok(
    all.some((s) => !s.tree.has('day')),
    'the folder itself was never made durable in /d',
  )
  t.notOk(
    all.some((s) => s.tree.has('day/seg') && !s.tree.has('day')),
    'no name without its folder',
  )
})

t.test("replaying every operation gives the run's end state; subsets are bounded", async (t) => {
  const lines = [
    `1 openat(AT_FDCWD<${x('/').slice(1, -1)}>, ${x('/d/f')}, O_RDWR|O_CREAT, 0666) = ${fd(5, '/d/f')}`,
    `1 pwrite64(${fd(5, '/d/f')}, ${x('abcdef')}, 6, 0) = 6`,
    `1 pwrite64(${fd(5, '/d/f')}, ${x('XY')}, 2, 2) = 2`,
    `1 ftruncate(${fd(5, '/d/f')}, 5) = 0`,
    `1 symlink(${x('f')}, ${x('/d/link')}) = 0`,
    `1 unlinkat(${fd(9, '/d')}, ${x('gone')}, 0) = 0`,
    `1 rename(${x('/d/missing')}, ${x('/d/x')}) = -1 ENOENT (No such file or directory)`,
  ]
  const trace = new TraceReader(ROOT, new Map([['gone', { type: 'file', bytes: Buffer.from('old') }]])).read(
    parseStrace(lines.join('\n')),
  )
  const all = materialise(trace, mutationsOf(pageOps(trace.ops)))
  t.same([...all.keys()], ['f', 'link'])
  t.same(text(all, 'f'), 'abXYe')
  t.same(all.get('link'), { type: 'symlink', target: 'f' })
  t.equal(subsets(ALL_SUBSETS_UP_TO, seeded(1)).length, 2 ** ALL_SUBSETS_UP_TO)
  t.ok(subsets(40, seeded(1)).length <= 2 + 4 * 40 + 16)
})
