#!/usr/bin/python3
"""A file system that loses what was not synced, for power-cut tests.

In the manner of Jepsen's LazyFS (https://github.com/dsrhaslab/lazyfs): a
FUSE mount of a backing folder whose changes stay pending in memory until
they are made durable, and which on command "cuts the power": it forgets
what a kernel may lose and serves only what had been made durable.

What is durable (POSIX fsync(2), fdatasync(2); the strict reading that ALICE,
OSDI '14, and CrashMonkey, OSDI '18, test applications against):
  - a file's data (writes, truncations) once that file is fsynced or
    fdatasynced; never because of a close(2);
  - a name (create, mkdir, link, rename's new name, unlink, rmdir) once the
    directory holding it is fsynced. A rename belongs to the directory of
    its new name; it moves the name atomically (old and new never both,
    never neither).

At a cut, `all` drops everything pending. `random SEED` keeps, per file,
a random prefix of its pending data writes (the next one possibly torn at a
4 KiB page: a data suffix is lost), and per directory a random prefix of its
pending name operations, each directory and file chosen independently: the
states a kernel that writes back pages and directory blocks in its own order
may leave. Files no durable name reaches are gone.

The state lives in memory; the durable image is written back to the backing
folder at every cut and at unmount, so it can be read after a run.

Control: one command a line on stdin, one JSON answer a line on stdout:
  cut all | cut random SEED    -> {"cut": {...counts of what was dropped}}
  freeze K                     -> {"frozen": K}: the K+1st changing operation from now
                                  and every operation after it fail with EIO (the
                                  power went there); the next cut ends the freeze and
                                  says how many were refused
  pending                      -> {"pending": {"data": N, "names": N}}
  unmount                      -> {"unmounted": true}, then the mount ends
The first line on stdout, {"ready": true}, says the mount serves requests.

Usage: /usr/bin/python3 lazyfs.py BACKING MOUNTPOINT (as root; needs
python3-fusepy, which runs on libfuse2).
"""
import errno
import json
import os
import random
import stat
import subprocess
import sys
import threading
import time

from fusepy import FUSE, FuseOSError, Operations

PAGE = 4096


class Node:
    """An inode: live state as programs see it, durable state as a disk holds it."""

    def __init__(self, is_dir, mode, data=b''):
        self.is_dir = is_dir
        self.mode = mode
        self.data = bytearray(data)  # live contents
        self.durable = bytearray(data)  # contents a cut keeps
        self.pending = []  # data writes since the last fsync: ('w', offset, bytes) | ('t', length)
        self.entries = {}  # live names (directories)
        self.durable_entries = {}  # names a cut keeps
        self.name_ops = []  # name operations on this directory since its last fsync
        self.nlink = 1
        self.times = time.time_ns()


def apply_data(buf, op):
    if op[0] == 'w':
        _, offset, data = op
        end = offset + len(data)
        if len(buf) < offset:
            buf.extend(bytes(offset - len(buf)))
        buf[offset:end] = data
    else:
        length = op[1]
        if length < len(buf):
            del buf[length:]
        else:
            buf.extend(bytes(length - len(buf)))


class NameOp:
    """One name operation, queued on each directory it changes (a rename on both, so it stays atomic)."""

    def __init__(self, seq, kind, dirs, name, node, source_name=None):
        self.seq, self.kind, self.dirs, self.name, self.node, self.source_name = seq, kind, dirs, name, node, source_name

    def apply(self):
        target = self.dirs[-1]
        if self.kind == 'add':
            target.durable_entries[self.name] = self.node
        elif self.kind == 'del':
            target.durable_entries.pop(self.name, None)
        else:  # rename: the old name goes and the new one comes in one step
            source = self.dirs[0]
            if source.durable_entries.get(self.source_name) is self.node:
                del source.durable_entries[self.source_name]
            target.durable_entries[self.name] = self.node


def commit(op):
    """Makes one name operation durable, and first every operation queued before it on its directories."""
    for directory in op.dirs:
        while directory.name_ops and directory.name_ops[0] is not op:
            commit(directory.name_ops[0])
    op.apply()
    for directory in op.dirs:
        if directory.name_ops and directory.name_ops[0] is op:
            directory.name_ops.pop(0)


class LazyFS(Operations):
    use_ns = True

    def __init__(self, backing):
        self.backing = backing
        self.lock = threading.RLock()
        self.root = self.load(backing)
        self.handles = {}
        self.next_handle = 1
        self.next_op = 0
        # After `freeze K`, the K+1st changing operation and everything after it fail: the power went there.
        self.budget = None
        self.refused = 0

    # -- the backing folder -------------------------------------------------

    def load(self, path):
        st = os.lstat(path)
        if stat.S_ISDIR(st.st_mode):
            node = Node(True, st.st_mode)
            for name in os.listdir(path):
                child = self.load(os.path.join(path, name))
                node.entries[name] = child
                node.durable_entries[name] = child
            return node
        with open(path, 'rb') as f:
            return Node(False, st.st_mode, f.read())

    def save(self):
        """Writes the durable image over the backing folder (a full rewrite: the folder is small)."""
        subprocess.run(['rm', '-rf', '--one-file-system', self.backing], check=True)
        self.save_node(self.root, self.backing)

    def save_node(self, node, path):
        if node.is_dir:
            os.mkdir(path)
            for name, child in node.durable_entries.items():
                self.save_node(child, os.path.join(path, name))
        else:
            with open(path, 'wb') as f:
                f.write(node.durable)
        os.chmod(path, stat.S_IMODE(node.mode))

    # -- the power going mid-run ----------------------------------------------

    def alive(self):
        if self.budget == 0:
            self.refused += 1
            raise FuseOSError(errno.EIO)

    def spend(self):
        self.alive()
        if self.budget is not None:
            self.budget -= 1

    # -- lookups ------------------------------------------------------------

    def split(self, path):
        head, _, name = path.rstrip('/').rpartition('/')
        return self.find(head or '/'), name

    def find(self, path):
        node = self.root
        for part in path.split('/'):
            if not part:
                continue
            if not node.is_dir:
                raise FuseOSError(errno.ENOTDIR)
            node = node.entries.get(part)
            if node is None:
                raise FuseOSError(errno.ENOENT)
        return node

    def node_of(self, path, fh):
        if fh:
            node = self.handles.get(fh)
            if node is None:
                raise FuseOSError(errno.EBADF)
            return node
        return self.find(path)

    def handle(self, node):
        fh = self.next_handle
        self.next_handle += 1
        self.handles[fh] = node
        return fh

    def parent_for_new(self, path):
        parent, name = self.split(path)
        if not parent.is_dir:
            raise FuseOSError(errno.ENOTDIR)
        if name in parent.entries:
            raise FuseOSError(errno.EEXIST)
        return parent, name

    # -- attributes -----------------------------------------------------------

    def getattr(self, path, fh=None):
        with self.lock:
            self.alive()
            node = self.node_of(path, fh)
            size = 4096 if node.is_dir else len(node.data)
            nlink = 2 + sum(1 for c in node.entries.values() if c.is_dir) if node.is_dir else node.nlink
            return dict(st_mode=node.mode, st_nlink=nlink, st_size=size, st_uid=os.getuid(), st_gid=os.getgid(),
                        st_atime=node.times, st_mtime=node.times, st_ctime=node.times,
                        st_blocks=(size + 511) // 512, st_blksize=PAGE)

    def chmod(self, path, mode):
        with self.lock:
            self.spend()
            node = self.find(path)
            node.mode = (node.mode & ~0o7777) | (mode & 0o7777)

    def chown(self, path, uid, gid):
        return 0

    def utimens(self, path, times=None):
        with self.lock:
            self.spend()
            self.find(path).times = time.time_ns()

    def statfs(self, path):
        return dict(f_bsize=PAGE, f_frsize=PAGE, f_blocks=1 << 20, f_bfree=1 << 19, f_bavail=1 << 19,
                    f_files=1 << 20, f_ffree=1 << 19, f_favail=1 << 19, f_namemax=255)

    def access(self, path, amode):
        with self.lock:
            self.alive()
            self.find(path)
        return 0

    # -- names ----------------------------------------------------------------

    def readdir(self, path, fh):
        with self.lock:
            self.alive()
            node = self.node_of(path, fh)
            return ['.', '..', *node.entries.keys()]

    def opendir(self, path):
        with self.lock:
            self.alive()
            node = self.find(path)
            if not node.is_dir:
                raise FuseOSError(errno.ENOTDIR)
            return self.handle(node)

    def releasedir(self, path, fh):
        with self.lock:
            self.handles.pop(fh, None)

    def fsyncdir(self, path, datasync, fh):
        with self.lock:
            self.spend()
            node = self.node_of(path, fh)
            while node.name_ops:
                commit(node.name_ops[0])
            return 0

    def queue(self, kind, dirs, name, node=None, source_name=None):
        self.next_op += 1
        op = NameOp(self.next_op, kind, dirs, name, node, source_name)
        for directory in dirs:
            directory.name_ops.append(op)

    def add_name(self, parent, name, node):
        parent.entries[name] = node
        self.queue('add', [parent], name, node)

    def create(self, path, mode, fi=None):
        with self.lock:
            self.spend()
            parent, name = self.parent_for_new(path)
            node = Node(False, stat.S_IFREG | (mode & 0o7777))
            self.add_name(parent, name, node)
            return self.handle(node)

    def mkdir(self, path, mode):
        with self.lock:
            self.spend()
            parent, name = self.parent_for_new(path)
            self.add_name(parent, name, Node(True, stat.S_IFDIR | (mode & 0o7777)))

    def link(self, target, source):
        with self.lock:
            self.spend()
            node = self.find(source)
            if node.is_dir:
                raise FuseOSError(errno.EPERM)
            parent, name = self.parent_for_new(target)
            node.nlink += 1
            self.add_name(parent, name, node)

    def unlink(self, path):
        with self.lock:
            self.spend()
            parent, name = self.split(path)
            node = self.find(path)
            if node.is_dir:
                raise FuseOSError(errno.EISDIR)
            del parent.entries[name]
            node.nlink -= 1
            self.queue('del', [parent], name)

    def rmdir(self, path):
        with self.lock:
            self.spend()
            parent, name = self.split(path)
            node = self.find(path)
            if not node.is_dir:
                raise FuseOSError(errno.ENOTDIR)
            if node.entries:
                raise FuseOSError(errno.ENOTEMPTY)
            del parent.entries[name]
            self.queue('del', [parent], name)

    def rename(self, old, new):
        with self.lock:
            self.spend()
            source_dir, source_name = self.split(old)
            node = self.find(old)
            target_dir, name = self.split(new)
            if not target_dir.is_dir:
                raise FuseOSError(errno.ENOTDIR)
            replaced = target_dir.entries.get(name)
            if replaced is node:
                return 0
            if replaced is not None:
                if replaced.is_dir != node.is_dir:
                    raise FuseOSError(errno.EISDIR if replaced.is_dir else errno.ENOTDIR)
                if replaced.is_dir and replaced.entries:
                    raise FuseOSError(errno.ENOTEMPTY)
                replaced.nlink -= 1
            del source_dir.entries[source_name]
            target_dir.entries[name] = node
            self.queue('ren', [source_dir, target_dir] if source_dir is not target_dir else [target_dir], name, node, source_name)

    def readlink(self, path):
        with self.lock:
            self.alive()
            node = self.find(path)
            if not stat.S_ISLNK(node.mode):
                raise FuseOSError(errno.EINVAL)
            return node.data.decode()

    def symlink(self, target, source):
        """fusepy's order: `target` is the new name, `source` what it points to. Its text is durable with the name."""
        with self.lock:
            self.spend()
            parent, name = self.parent_for_new(target)
            self.add_name(parent, name, Node(False, stat.S_IFLNK | 0o777, source.encode()))

    # -- data -----------------------------------------------------------------

    def open(self, path, flags):
        with self.lock:
            self.alive()
            node = self.find(path)
            if node.is_dir and (flags & os.O_ACCMODE) != os.O_RDONLY:
                raise FuseOSError(errno.EISDIR)
            return self.handle(node)

    def release(self, path, fh):
        with self.lock:
            self.handles.pop(fh, None)

    def flush(self, path, fh):
        return 0  # close(2) makes nothing durable

    def read(self, path, size, offset, fh):
        with self.lock:
            self.alive()
            node = self.node_of(path, fh)
            return bytes(node.data[offset:offset + size])

    def write(self, path, data, offset, fh):
        with self.lock:
            self.spend()
            node = self.node_of(path, fh)
            op = ('w', offset, bytes(data))
            apply_data(node.data, op)
            node.pending.append(op)
            return len(data)

    def truncate(self, path, length, fh=None):
        with self.lock:
            self.spend()
            node = self.node_of(path, fh)
            op = ('t', length)
            apply_data(node.data, op)
            node.pending.append(op)

    def fsync(self, path, datasync, fh):
        with self.lock:
            self.spend()
            node = self.node_of(path, fh)
            for op in node.pending:
                apply_data(node.durable, op)
            node.pending = []
            return 0

    # -- the power cut ----------------------------------------------------------

    def nodes(self):
        """Every node a live or a durable name reaches, and every open one."""
        seen, stack = {}, [self.root, *self.handles.values()]
        while stack:
            node = stack.pop()
            if id(node) in seen:
                continue
            seen[id(node)] = node
            stack.extend(node.entries.values())
            stack.extend(node.durable_entries.values())
            for op in node.name_ops:
                stack.extend(op.dirs)
                if op.node is not None:
                    stack.append(op.node)
        return list(seen.values())

    def pending(self):
        nodes = self.nodes()
        return {'data': sum(len(n.pending) for n in nodes), 'names': len({op for n in nodes for op in n.name_ops})}

    def cut(self, mode, seed):
        with self.lock:
            rng = random.Random(seed)
            counts = {'dataKept': 0, 'dataDropped': 0, 'torn': 0, 'namesKept': 0, 'namesDropped': 0}
            nodes = self.nodes()
            kept = self.kept_names(nodes, mode, rng)
            every = {op for n in nodes for op in n.name_ops}
            for op in sorted(kept, key=lambda o: o.seq):
                op.apply()
            counts['namesKept'] = len(kept)
            counts['namesDropped'] = len(every) - len(kept)
            for node in nodes:
                keep = 0 if mode == 'all' else rng.randint(0, len(node.pending))
                for op in node.pending[:keep]:
                    apply_data(node.durable, op)
                if keep < len(node.pending) and mode != 'all' and node.pending[keep][0] == 'w' and rng.random() < 0.5:
                    # A torn write: the pages up to some page boundary inside it reached the disk.
                    _, offset, data = node.pending[keep]
                    boundary = (offset // PAGE + 1 + rng.randint(0, len(data) // PAGE)) * PAGE
                    if boundary - offset < len(data):
                        apply_data(node.durable, ('w', offset, data[:boundary - offset]))
                        counts['torn'] += 1
                counts['dataKept'] += keep
                counts['dataDropped'] += len(node.pending) - keep
            counts['refusedAfterFreeze'] = self.refused
            self.budget, self.refused = None, 0
            self.handles = {}
            self.reset(self.root, set())
            self.save()
            return counts

    @staticmethod
    def kept_names(nodes, mode, rng):
        """A prefix of each directory's queue; a rename only if both its directories keep it."""
        if mode == 'all':
            return set()
        dirs = [n for n in nodes if n.name_ops]
        prefix = {id(d): rng.randint(0, len(d.name_ops)) for d in dirs}
        while True:
            kept = {op for d in dirs for op in d.name_ops[:prefix[id(d)]]
                    if all(op in x.name_ops[:prefix[id(x)]] for x in op.dirs)}
            changed = False
            for d in dirs:
                for i, op in enumerate(d.name_ops[:prefix[id(d)]]):
                    if op not in kept:
                        prefix[id(d)], changed = i, True
                        break
            if not changed:
                return kept

    def reset(self, node, seen):
        """After a cut, what programs see is what the disk held."""
        if id(node) in seen:
            return
        seen.add(id(node))
        node.data = bytearray(node.durable)
        node.pending = []
        node.entries = dict(node.durable_entries)
        node.name_ops = []
        node.nlink = 0
        for child in node.entries.values():
            self.reset(child, seen)
        for child in node.entries.values():
            child.nlink += 1

    def init(self, path):
        reply({'ready': True})


def reply(message):
    sys.stdout.write(json.dumps(message) + '\n')
    sys.stdout.flush()


def control(fs, mountpoint):
    for line in sys.stdin:
        words = line.split()
        try:
            if words[:1] == ['cut']:
                mode = words[1] if len(words) > 1 else 'all'
                if mode not in ('all', 'random'):
                    raise ValueError(f'cut mode must be all or random, got {mode}')
                reply({'cut': fs.cut(mode, int(words[2]) if len(words) > 2 else 0)})
            elif words[:1] == ['freeze'] and len(words) == 2:
                with fs.lock:
                    fs.budget, fs.refused = int(words[1]), 0
                reply({'frozen': int(words[1])})
            elif words == ['pending']:
                with fs.lock:
                    reply({'pending': fs.pending()})
            elif words == ['unmount']:
                break
            else:
                reply({'error': f'unknown command: {line.strip()}'})
        except Exception as err:  # a bad command is answered, never fatal to the mount
            reply({'error': str(err)})
    # The test is done (or gone): keep the durable image, then end the mount.
    with fs.lock:
        fs.save()
    reply({'unmounted': True})
    subprocess.run(['umount', '-l', mountpoint], check=False)


def main():
    if len(sys.argv) != 3:
        sys.exit('usage: lazyfs.py BACKING MOUNTPOINT')
    backing, mountpoint = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    fs = LazyFS(backing)
    threading.Thread(target=control, args=(fs, mountpoint), daemon=True).start()
    # No kernel caching: after a cut, every read and lookup must come here, not from what the kernel remembers.
    FUSE(fs, mountpoint, foreground=True, nothreads=False, direct_io=True, attr_timeout=0, entry_timeout=0,
         negative_timeout=0, default_permissions=True, fsname='lazyfs')


if __name__ == '__main__':
    main()
