/**
 * Debian's mosquitto, started by a test with the files `qms broker-config`
 * writes for a site, on a free port of loopback. Stopped with SIGTERM at
 * teardown.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { chmod, writeFile } from 'node:fs/promises'
import { connect, createServer } from 'node:net'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { SiteConfig } from '../../firmware/site/config/schema.ts'
import { mosquittoFiles } from '../../firmware/bus/mosquitto-config.ts'

export const MOSQUITTO = '/usr/sbin/mosquitto'

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
  })
}

export class Mosquitto {
  readonly output: string[] = []
  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.stderr!.on('data', (chunk: Buffer) => this.output.push(chunk.toString('utf8')))
    child.stdout!.on('data', (chunk: Buffer) => this.output.push(chunk.toString('utf8')))
  }

  /** Writes the site's files into `dir` and starts mosquitto on them; the site's hub.broker.port must be free. */
  static async start(config: Pick<SiteConfig, 'site' | 'boards' | 'hub'>, dir: string): Promise<Mosquitto> {
    const files = mosquittoFiles(config, dir)
    // Started as root, mosquitto drops to its own user, which must be able to read the files.
    await chmod(dir, 0o755)
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text, { mode: 0o644 })
    const child = spawn(MOSQUITTO, ['-c', join(dir, 'mosquitto.conf')], { stdio: ['ignore', 'pipe', 'pipe'] })
    const broker = new Mosquitto(child, config.hub.broker.port)
    for (let i = 0; i < 100; i++) {
      if (child.exitCode !== null) break
      if (await accepts(broker.port)) return broker
      await sleep(50)
    }
    child.kill('SIGKILL')
    throw new Error(`mosquitto did not listen on ${broker.port}:\n${broker.output.join('')}`)
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return
    const exited = new Promise((resolve) => this.child.once('exit', resolve))
    this.child.kill('SIGTERM')
    await exited
  }
}
