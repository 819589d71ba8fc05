/**
 * strace as ALICE uses it: every thread and child (-f), each fd shown with
 * its path (-y), every string in hex (-xx) and whole (-s), only the calls
 * that change files, sync them, or send an answer, plus clone to know which
 * threads share an fd table.
 */
import { readFile } from 'node:fs/promises'
import { parseStrace } from './strace-lines.ts'
import { TraceReader, type Trace, type Tree } from './fs-ops.ts'
import { materialise, mutationsOf, pageOps } from './crash-model.ts'
import { readTree, treeDiff } from './tree-io.ts'

const CALLS = [
  'open',
  'openat',
  'creat',
  'close',
  'lseek',
  'write',
  'writev',
  'pwrite64',
  'pwritev',
  'sendmsg',
  'sendto',
  'ftruncate',
  'truncate',
  'fsync',
  'fdatasync',
  'rename',
  'renameat',
  'renameat2',
  'unlink',
  'unlinkat',
  'mkdir',
  'mkdirat',
  'rmdir',
  'symlink',
  'symlinkat',
  'link',
  'linkat',
  'clone',
  'clone3',
  'fork',
  'vfork',
  // Not modelled: the reader refuses a trace where one touches the folder.
  'copy_file_range',
  'sendfile',
  'fallocate',
  'splice',
]

/** The strace command line a workload runs under; the traced command follows it. */
export function straceCommand(outFile: string): string[] {
  return ['strace', '-f', '-y', '-xx', '-s', String(16 << 20), '-o', outFile, '-e', `trace=${CALLS.join(',')}`, '--']
}

/** The process strace started (its only direct child), to signal it as a supervisor would. */
export async function traceeOf(stracePid: number): Promise<number> {
  const children = (await readFile(`/proc/${stracePid}/task/${stracePid}/children`, 'utf8')).trim().split(/\s+/)
  if (children.length !== 1 || children[0] === '')
    throw new Error(`strace ${stracePid} has children "${children.join(' ')}"`)
  return Number(children[0])
}

/**
 * Reads the trace of a run over `root` that started from `start`, and checks
 * the reading: replaying every operation must give the folder as the run
 * left it, byte for byte, or the crash states would be of another run.
 */
export async function readRun(traceFile: string, root: string, start: Tree, answer?: RegExp): Promise<Trace> {
  const trace = new TraceReader(root, start, answer).read(parseStrace(await readFile(traceFile, 'utf8')))
  const replayed = materialise(trace, mutationsOf(pageOps(trace.ops)))
  const diff = treeDiff(replayed, await readTree(root))
  if (diff.length > 0) throw new Error(`the trace does not replay to the folder the run left:\n${diff.join('\n')}`)
  return trace
}
