/**
 * Turns the system calls of a traced run into logical file-system
 * operations on one folder, in the manner of ALICE (Pillai et al., OSDI '14):
 * names (create, mkdir, symlink, link, unlink, rename) and inode data
 * (write at an offset, truncate), plus the syncs that make them durable and
 * the moments answers left the process. Inodes, not paths, carry data, so a
 * file written through one name and renamed to another stays one file.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path'
import { failed, fdArg, stringArg, stringsIn, type Syscall } from './strace-lines.ts'

export type Entry = { type: 'file'; bytes: Buffer } | { type: 'dir' } | { type: 'symlink'; target: string }
/** A folder's content: path relative to the folder → entry (the folder itself is not listed). */
export type Tree = Map<string, Entry>

export type Op =
  /** A new name for an inode (open with O_CREAT that created it, mkdir, symlink, link). */
  | { t: 'name'; at: number; path: string; ino: number; dirs: number[] }
  | { t: 'unname'; at: number; path: string; dirs: number[] }
  | { t: 'rename'; at: number; from: string; to: string; dirs: number[] }
  | { t: 'write'; at: number; ino: number; offset: number; bytes: Buffer }
  | { t: 'truncate'; at: number; ino: number; size: number }
  /** fsync or fdatasync of a file or a folder. */
  | { t: 'sync'; at: number; ino: number }
  /** An answer began to be written to a socket or pipe: what it acknowledges must survive from here on. */
  | { t: 'ack'; at: number; req: string }

export type Inode = { type: 'file' } | { type: 'dir' } | { type: 'symlink'; target: string }

export interface Trace {
  /** The folder's content before the run; entries are inodes 1… in `start` order. */
  start: Tree
  /** Path of each starting entry → its inode. The folder itself is inode 0. */
  startInodes: Map<string, number>
  inodes: Map<number, Inode>
  ops: Op[]
}

interface OpenFile {
  ino: number
  pos: number
  append: boolean
}

/** What an answer looks like on a socket: the hub's `{"req":…,"status":"ok",…}` (firmware/contract/answers.ts). */
export const HUB_ANSWER = /"req":"([^"]+)","status":"ok"/g
const UNSUPPORTED = new Set(['copy_file_range', 'sendfile', 'sendfile64', 'fallocate', 'splice', 'truncate64'])

/** Follows the calls in completion order, keeping the run's namespace, sizes and open files. */
export class TraceReader {
  private readonly names = new Map<string, number>([['', 0]])
  private readonly inodes = new Map<number, Inode>([[0, { type: 'dir' }]])
  private readonly sizes = new Map<number, number>()
  /** Per process (threads share one table): fd → open file. */
  private readonly tables = new Map<number, Map<number, OpenFile>>()
  private readonly startInodes = new Map<string, number>()
  private readonly ops: Op[] = []

  /**
   * `answer` (global, one capture group: the request it answers) is looked
   * for in what is written to sockets and pipes.
   */
  constructor(
    private readonly root: string,
    private readonly start: Tree,
    private readonly answer: RegExp = HUB_ANSWER,
  ) {
    for (const [path, entry] of [...start].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const ino = this.inodes.size
      this.inodes.set(ino, entry.type === 'symlink' ? { type: 'symlink', target: entry.target } : { type: entry.type })
      this.names.set(path, ino)
      this.startInodes.set(path, ino)
      if (entry.type === 'file') this.sizes.set(ino, entry.bytes.length)
    }
  }

  read(calls: Syscall[]): Trace {
    for (const call of [...calls].sort((a, b) => a.end - b.end)) this.call(call)
    const ops = [...this.ops].sort((a, b) => a.at - b.at)
    return { start: this.start, startInodes: this.startInodes, inodes: this.inodes, ops }
  }

  private table(pid: number): Map<number, OpenFile> {
    let table = this.tables.get(pid)
    if (!table) this.tables.set(pid, (table = new Map()))
    return table
  }

  /** The folder-relative path, or undefined for a path outside it. */
  private inside(path: string): string | undefined {
    const rel = relative(this.root, path)
    if (rel === '') return ''
    return rel.startsWith('..') || isAbsolute(rel) ? undefined : rel
  }

  /** An absolute path from a (dirfd, path) pair, using the dirfd's -y annotation. */
  private path(dirfd: string | undefined, arg: string): string {
    const path = stringArg(arg).toString('utf8')
    if (isAbsolute(path)) return resolve(path)
    const base = dirfd === undefined ? '' : fdArg(dirfd).path
    if (!isAbsolute(base)) throw new Error(`relative path ${path} without a known folder`)
    return resolve(base, path)
  }

  private call(c: Syscall): void {
    const a = c.args
    if (c.name === 'clone' || c.name === 'clone3' || c.name === 'fork' || c.name === 'vfork') return this.clone(c)
    if (failed(c)) return
    switch (c.name) {
      case 'openat':
        return this.open(c, fdArg(c.ret).path, a[2]!)
      case 'open':
      case 'creat':
        return this.open(c, fdArg(c.ret).path, c.name === 'creat' ? 'O_CREAT|O_WRONLY|O_TRUNC' : a[1]!)
      case 'close':
        this.table(c.pid).delete(fdArg(a[0]!).fd)
        return
      case 'write':
      case 'writev':
        return this.write(c, null)
      case 'pwrite64':
      case 'pwritev':
        return this.write(c, Number(a[3]))
      case 'sendmsg':
      case 'sendto':
        return this.answers(c)
      case 'lseek': {
        const file = this.table(c.pid).get(fdArg(a[0]!).fd)
        if (file) file.pos = Number(c.ret)
        return
      }
      case 'ftruncate': {
        const file = this.table(c.pid).get(fdArg(a[0]!).fd)
        if (file) this.truncate(c.end, file.ino, Number(a[1]))
        return
      }
      case 'fsync':
      case 'fdatasync': {
        const file = this.table(c.pid).get(fdArg(a[0]!).fd)
        if (file) this.ops.push({ t: 'sync', at: c.end, ino: file.ino })
        return
      }
      case 'rename':
        return this.rename(c.end, this.path(undefined, a[0]!), this.path(undefined, a[1]!))
      case 'renameat':
      case 'renameat2':
        if (a[4]?.includes('RENAME_EXCHANGE')) throw new Error('RENAME_EXCHANGE is not modelled')
        return this.rename(c.end, this.path(a[0], a[1]!), this.path(a[2], a[3]!))
      case 'unlink':
      case 'rmdir':
        return this.unname(c.end, this.path(undefined, a[0]!))
      case 'unlinkat':
        return this.unname(c.end, this.path(a[0], a[1]!))
      case 'mkdir':
        return void this.name(c.end, this.path(undefined, a[0]!), { type: 'dir' })
      case 'mkdirat':
        return void this.name(c.end, this.path(a[0], a[1]!), { type: 'dir' })
      case 'symlink':
        return void this.name(c.end, this.path(undefined, a[1]!), {
          type: 'symlink',
          target: stringArg(a[0]!).toString('utf8'),
        })
      case 'symlinkat':
        return void this.name(c.end, this.path(a[1], a[2]!), {
          type: 'symlink',
          target: stringArg(a[0]!).toString('utf8'),
        })
      case 'link':
        return this.link(c.end, this.path(undefined, a[0]!), this.path(undefined, a[1]!))
      case 'linkat':
        return this.link(c.end, this.path(a[0], a[1]!), this.path(a[2], a[3]!))
      default:
        if (UNSUPPORTED.has(c.name) && a[0] !== undefined && this.inside(fdArg(a[0]).path) !== undefined)
          throw new Error(`${c.name} on ${fdArg(a[0]).path} is not modelled`)
    }
  }

  /** A thread (CLONE_FILES) shares its parent's fd table; a forked child gets a copy. */
  private clone(c: Syscall): void {
    const child = Number(c.ret)
    if (!Number.isInteger(child) || child <= 0) return
    const parent = this.table(c.pid)
    this.tables.set(
      child,
      c.args.join(',').includes('CLONE_FILES') ? parent : new Map([...parent].map(([fd, f]) => [fd, { ...f }])),
    )
  }

  private open(c: Syscall, abs: string, flags: string): void {
    const path = this.inside(abs)
    if (path === undefined) return
    let ino = this.names.get(path)
    if (ino === undefined) {
      if (!flags.includes('O_CREAT')) throw new Error(`${abs} opened without O_CREAT but the trace never made it`)
      ino = this.name(c.end, abs, { type: 'file' })!
    } else if (flags.includes('O_TRUNC') && this.inodes.get(ino)!.type === 'file') this.truncate(c.end, ino, 0)
    this.table(c.pid).set(fdArg(c.ret).fd, { ino, pos: 0, append: flags.includes('O_APPEND') })
  }

  private write(c: Syscall, position: number | null): void {
    const target = fdArg(c.args[0]!)
    const file = this.table(c.pid).get(target.fd)
    if (!file) {
      if (/^(socket|TCP|UNIX|pipe)/.test(target.path)) this.answers(c)
      return
    }
    const count = Number(c.ret)
    const bytes = Buffer.concat(c.name.endsWith('v') ? stringsIn(c.args[1]!) : [stringArg(c.args[1]!)]).subarray(
      0,
      count,
    )
    if (bytes.length !== count) throw new Error(`${c.name} wrote ${count} bytes but strace printed ${bytes.length}`)
    const offset = position ?? (file.append ? (this.sizes.get(file.ino) ?? 0) : file.pos)
    if (position === null) file.pos = offset + count
    this.ops.push({ t: 'write', at: c.end, ino: file.ino, offset, bytes })
    this.sizes.set(file.ino, Math.max(this.sizes.get(file.ino) ?? 0, offset + count))
  }

  /** Answers are recorded where their write began: the earliest a device could have them. */
  private answers(c: Syscall): void {
    const text = Buffer.concat(c.args.flatMap((arg) => (arg.includes('"') ? stringsIn(arg) : []))).toString('latin1')
    for (const m of text.matchAll(this.answer)) this.ops.push({ t: 'ack', at: c.begin, req: m[1]! })
  }

  private truncate(at: number, ino: number, size: number): void {
    this.ops.push({ t: 'truncate', at, ino, size })
    this.sizes.set(ino, size)
  }

  private parentIno(path: string): number {
    const ino = this.names.get(path.includes('/') ? dirname(path) : '')
    if (ino === undefined) throw new Error(`${path}: its folder is not in the trace`)
    return ino
  }

  private name(at: number, abs: string, inode: Inode): number | undefined {
    const path = this.inside(abs)
    if (path === undefined) return undefined
    const ino = this.inodes.size
    this.inodes.set(ino, inode)
    this.names.set(path, ino)
    if (inode.type === 'file') this.sizes.set(ino, 0)
    this.ops.push({ t: 'name', at, path, ino, dirs: [this.parentIno(path)] })
    return ino
  }

  private link(at: number, fromAbs: string, toAbs: string): void {
    const [from, to] = [this.inside(fromAbs), this.inside(toAbs)]
    if (to === undefined) return
    const ino = from === undefined ? undefined : this.names.get(from)
    if (ino === undefined) throw new Error(`link from ${fromAbs}, which the trace does not know`)
    this.names.set(to, ino)
    this.ops.push({ t: 'name', at, path: to, ino, dirs: [this.parentIno(to)] })
  }

  private unname(at: number, abs: string): void {
    const path = this.inside(abs)
    if (path === undefined) return
    const dirs = [this.parentIno(path)]
    for (const key of [...this.names.keys()]) if (key === path || key.startsWith(`${path}/`)) this.names.delete(key)
    this.ops.push({ t: 'unname', at, path, dirs })
  }

  private rename(at: number, fromAbs: string, toAbs: string): void {
    const [from, to] = [this.inside(fromAbs), this.inside(toAbs)]
    if (from === undefined && to === undefined) return
    if (from === undefined || to === undefined)
      throw new Error(`rename across the traced folder's edge: ${fromAbs} -> ${toAbs}`)
    const dirs = [...new Set([this.parentIno(from), this.parentIno(to)])]
    moveNames(this.names, from, to)
    this.ops.push({ t: 'rename', at, from, to, dirs })
  }
}

/** rename(2) on a map of paths: `to` (and what was under it) is replaced by `from` and what is under it. */
export function moveNames<V>(names: Map<string, V>, from: string, to: string): void {
  if (from === to) return
  const moved: Array<[string, V]> = []
  for (const [key, value] of names)
    if (key === from || key.startsWith(`${from}/`)) moved.push([to + key.slice(from.length), value])
  if (moved.length === 0) return
  for (const key of [...names.keys()])
    if (key === from || key.startsWith(`${from}/`) || key === to || key.startsWith(`${to}/`)) names.delete(key)
  for (const [key, value] of moved) names.set(key, value)
}
