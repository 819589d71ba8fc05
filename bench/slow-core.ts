/**
 * A Pi-class core on this machine: one core (taskset) capped at 12.5 % of its
 * time by a cgroup's CPU quota, about a Pi 3 or Zero 2 W against one core
 * here. cgroup v2's cpu.max where the unified hierarchy has the cpu
 * controller, else v1's cpu.cfs_quota_us (the same CFS bandwidth limit).
 * Needs root; the bench is skipped with a note where it cannot be made.
 */
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, rmdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'

const PERIOD_US = 100_000
const QUOTA_US = 12_500

export interface SlowCore {
  /** Put before the command: it joins the cgroup, then runs on core 0. */
  prefix: string[]
  remove(): Promise<void>
}

function cgroupRoot(): { dir: string; v2: boolean } | undefined {
  const unified = '/sys/fs/cgroup/cgroup.controllers'
  if (existsSync(unified) && readFileSync(unified, 'utf8').split(/\s+/).includes('cpu'))
    return { dir: '/sys/fs/cgroup', v2: true }
  if (existsSync('/sys/fs/cgroup/cpu/cpu.cfs_quota_us')) return { dir: '/sys/fs/cgroup/cpu', v2: false }
  return undefined
}

export async function slowCore(name = `qms-bench-${process.pid}`): Promise<SlowCore | undefined> {
  const root = cgroupRoot()
  if (!root) return undefined
  const dir = join(root.dir, name)
  try {
    await mkdir(dir)
    if (root.v2) await writeFile(join(dir, 'cpu.max'), `${QUOTA_US} ${PERIOD_US}`)
    else {
      await writeFile(join(dir, 'cpu.cfs_period_us'), String(PERIOD_US))
      await writeFile(join(dir, 'cpu.cfs_quota_us'), String(QUOTA_US))
    }
  } catch {
    return undefined
  }
  const procs = join(dir, 'cgroup.procs')
  return {
    // The shell joins the cgroup before it execs: the process is capped from its first instruction.
    prefix: ['sh', '-c', `echo $$ > ${procs} && exec taskset -c 0 "$@"`, 'slow-core'],
    remove: () => rmdir(dir).catch(() => undefined),
  }
}
