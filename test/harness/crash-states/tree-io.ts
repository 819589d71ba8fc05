/** A folder read into a Tree and a Tree written out as a folder (the starting state, and each crash state). */
import { mkdir, readdir, readFile, readlink, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Tree } from './fs-ops.ts'

export async function readTree(root: string): Promise<Tree> {
  const tree: Tree = new Map()
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await readdir(join(root, rel), { withFileTypes: true })) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`
      if (entry.isDirectory()) {
        tree.set(path, { type: 'dir' })
        await walk(path)
      } else if (entry.isSymbolicLink()) tree.set(path, { type: 'symlink', target: await readlink(join(root, path)) })
      else tree.set(path, { type: 'file', bytes: await readFile(join(root, path)) })
    }
  }
  await walk('')
  return new Map([...tree].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** Writes `tree` into the empty (or absent) folder `root`; parents come before children in a sorted tree. */
export async function writeTree(root: string, tree: Tree): Promise<void> {
  await mkdir(root, { recursive: true })
  for (const [path, entry] of tree) {
    const full = join(root, path)
    if (entry.type === 'dir') await mkdir(full)
    else if (entry.type === 'symlink') await symlink(entry.target, full)
    else await writeFile(full, entry.bytes)
  }
}

/** The paths whose content differs between two trees, for a failure message. */
export function treeDiff(a: Tree, b: Tree): string[] {
  const diff: string[] = []
  for (const path of new Set([...a.keys(), ...b.keys()])) {
    const [x, y] = [a.get(path), b.get(path)]
    const same =
      x &&
      y &&
      x.type === y.type &&
      (x.type !== 'file' || (y.type === 'file' && x.bytes.equals(y.bytes))) &&
      (x.type !== 'symlink' || (y.type === 'symlink' && x.target === y.target))
    if (!same)
      diff.push(
        `${path}: ${x ? (x.type === 'file' ? `${x.bytes.length} bytes` : x.type) : 'absent'} vs ${y ? (y.type === 'file' ? `${y.bytes.length} bytes` : y.type) : 'absent'}`,
      )
  }
  return diff.sort()
}
