/**
 * Load on a hub from several devices at once: ticket boxes issuing tickets and
 * counters calling, starting and finishing them, one command in flight per
 * device as on real hardware. A command whose answer a cut took is sent
 * again first thing after the restart, with the same request id, as the
 * firmware's devices do (docs/mqtt.md). Every command sent and every answer
 * goes into a History (cut-history.ts), checked after the run.
 */
import type { Answer } from '../../firmware/contract/answers.ts'
import type { History } from './cut-history.ts'
import { MqttDevice } from './mqtt-device.ts'

/** A small seeded PRNG (mulberry32), so a failing run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

type Command = Record<string, unknown>

/** One device's loop for one life of the hub; a command left unanswered is resent, same request id, in the next. */
abstract class LoadDevice {
  readonly mqtt: MqttDevice
  /** The command whose answer a cut took. */
  private unanswered?: { command: Command; req: string }
  private sent = 0
  /** Request ids as the firmware makes them: a boot prefix and a counter (`3f9a0c1e-1b`). */
  private readonly boot: string

  constructor(
    device: string,
    site: string,
    protected readonly history: History,
    protected readonly random: () => number,
  ) {
    this.mqtt = new MqttDevice(device, site)
    this.boot = Math.floor(random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0')
  }

  /** True while a command of this device waits for its answer across a cut. */
  get waiting(): boolean {
    return this.unanswered !== undefined
  }

  /** Sends one command; returns the answer, or undefined when the hub died before answering. */
  protected async send(
    command: Command,
    life: number,
    req = `${this.boot}-${(++this.sent).toString(36)}`,
    repeat = false,
  ): Promise<Answer | undefined> {
    const device = this.mqtt.device
    this.history.recordSent({ device, req, command, life, repeat })
    const outcome = await this.mqtt.request(command, req)
    if (outcome === 'lost') {
      this.unanswered = { command, req }
      return undefined
    }
    this.history.recordAnswer({ device, req, life, answer: outcome, repeat })
    return outcome
  }

  /** Resends what a cut left unanswered, then works until `over()`; resolves once the hub is gone or it is over. */
  async run(life: number, over: () => boolean): Promise<void> {
    const left = this.unanswered
    if (left) {
      this.unanswered = undefined
      if (!(await this.send(left.command, life, left.req, true))) return
    }
    while (!over()) {
      if (!(await this.step(life))) return
    }
  }

  /** One unit of work; false once the hub is gone. */
  protected abstract step(life: number): Promise<boolean>
}

export class TicketBox extends LoadDevice {
  constructor(
    device: string,
    site: string,
    history: History,
    random: () => number,
    private readonly services: string[],
  ) {
    super(device, site, history, random)
  }

  protected async step(life: number): Promise<boolean> {
    const command = { type: 'issue', service: this.services[Math.floor(this.random() * this.services.length)] }
    return (await this.send(command, life)) !== undefined
  }
}

export class CounterKeypad extends LoadDevice {
  constructor(
    device: string,
    site: string,
    history: History,
    random: () => number,
    private readonly counter: string,
  ) {
    super(device, site, history, random)
  }

  protected async step(life: number): Promise<boolean> {
    const called = await this.send({ type: 'callNext', counter: this.counter }, life)
    if (!called) return false
    if (called.status === 'error') {
      // Nobody waiting: let the ticket boxes catch up (a pause in the load, not a wait for anything).
      await new Promise((resolve) => setTimeout(resolve, 2))
      return true
    }
    // Half the customers are finished explicitly; "next" finishes the others.
    if (this.random() < 0.5) {
      for (const type of ['start', 'finish']) {
        if (!(await this.send({ type, counter: this.counter }, life))) return false
      }
    }
    return true
  }
}
