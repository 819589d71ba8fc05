/** A real pair of serial ports: `socat pty,raw,echo=0 pty,raw,echo=0`, the two device paths read from its log. */
import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

export interface PtyPair {
  a: string
  b: string
  socat: ChildProcess
  close(): Promise<void>
}

/**
 * `links` names the two ends by symlinks that outlive the pair, so a device
 * unplugged (this pair closed) can come back at the same path (a new pair
 * with the same links), as a USB modem does under its udev name.
 */
export async function socatPair(links?: [string, string]): Promise<PtyPair> {
  const end = (link?: string) => `pty,raw,echo=0${link ? `,link=${link}` : ''}`
  const socat = spawn('socat', ['-d', '-d', end(links?.[0]), end(links?.[1])], { stdio: ['ignore', 'ignore', 'pipe'] })
  const paths: string[] = []
  await new Promise<void>((resolve, reject) => {
    socat.once('error', reject)
    socat.once('exit', (code) => reject(new Error(`socat exited with ${code}`)))
    createInterface({ input: socat.stderr! }).on('line', (line) => {
      const m = / PTY is (\S+)/.exec(line)
      if (m?.[1]) paths.push(m[1])
      if (/starting data transfer loop/.test(line)) resolve()
    })
  })
  socat.removeAllListeners('exit')
  const [a, b] = links ?? paths
  if (!a || !b) throw new Error('socat did not report two ptys')
  return {
    a,
    b,
    socat,
    close: async () => {
      if (socat.exitCode !== null || socat.signalCode !== null) return
      const exited = new Promise((resolve) => socat.once('exit', resolve))
      socat.kill('SIGTERM')
      await exited
    },
  }
}
