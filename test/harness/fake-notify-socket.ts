/**
 * The far end of systemd's notify socket, for testing READY/WATCHDOG/STOPPING
 * with the real `systemd-notify`. Node has no AF_UNIX datagram sockets, so a
 * few lines of Python bind one; like systemd, it takes the barrier fd that
 * systemd-notify passes (SCM_RIGHTS) and closes it, which lets
 * systemd-notify return. Each datagram arrives as one message: the
 * assignments it carried, e.g. { READY: '1', STATUS: 'ready: board x' }.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'

const RECEIVER = `
import json, os, socket, sys
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
s.bind(sys.argv[1])
print(json.dumps({"bound": True}), flush=True)
while True:
    data, anc, flags, addr = s.recvmsg(65536, socket.CMSG_SPACE(16 * 4))
    for level, kind, payload in anc:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            for i in range(0, len(payload) - len(payload) % 4, 4):
                os.close(int.from_bytes(payload[i:i + 4], sys.byteorder))
    print(json.dumps({"text": data.decode()}), flush=True)
`

export type NotifyMessage = Record<string, string>

export class FakeNotifySocket {
  readonly messages: NotifyMessage[] = []
  private child?: ChildProcess
  private waiters: Array<{ test: (m: NotifyMessage) => boolean; resolve: (m: NotifyMessage) => void }> = []
  path = ''

  async start(): Promise<void> {
    this.path = join(await mkdtemp(join(tmpdir(), 'qms-notify-')), 'notify')
    const child = spawn('python3', ['-c', RECEIVER, this.path], { stdio: ['ignore', 'pipe', 'inherit'] })
    this.child = child
    const bound = new Promise<void>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the fake notify socket exited (${code})`)))
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const parsed = JSON.parse(line) as { bound?: boolean; text?: string }
        if (parsed.bound) resolve()
        if (parsed.text !== undefined) this.received(parsed.text)
      })
    })
    await bound
  }

  private received(text: string): void {
    const message: NotifyMessage = {}
    for (const line of text.split('\n')) {
      const at = line.indexOf('=')
      if (at > 0) message[line.slice(0, at)] = line.slice(at + 1)
    }
    this.messages.push(message)
    this.waiters = this.waiters.filter((w) => (w.test(message) ? (w.resolve(message), false) : true))
  }

  /** The first message (already received, from message number `from` on, or still to come) that has `key`. */
  next(key: string, from = 0): Promise<NotifyMessage> {
    const test = (m: NotifyMessage) => key in m
    const seen = this.messages.slice(from).find(test)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve) => this.waiters.push({ test, resolve }))
  }

  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return
    const exited = once(this.child, 'exit')
    this.child.kill()
    await exited
  }
}
