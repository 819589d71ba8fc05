/**
 * Load on a hub from several devices at once: ticket boxes issuing tickets and
 * counters calling, starting and finishing them, one command in flight per
 * device as on real hardware. Every acknowledged answer goes into a ledger,
 * which checks live that no label is acknowledged twice.
 */
import type { Answer } from '../../firmware/bus/answer.ts'
import { MqttDevice, type Outcome } from './mqtt-device.ts'

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

export interface AckedTicket {
  id: string
  label: string
  life: number
}

export interface AckedAction {
  id: string
  counter: string
  life: number
}

interface TicketData {
  ticket?: { id?: unknown; label?: unknown }
}

/** Everything the hub acknowledged, and every broken rule seen live. */
export class Ledger {
  readonly issued = new Map<string, AckedTicket>()
  readonly calls: AckedAction[] = []
  readonly finishes: AckedAction[] = []
  /** Rule-2 violations seen as they happened. */
  readonly violations: string[] = []
  /** Error answers to commands that were not retries: the hub's state disagreed with what it acknowledged. */
  readonly surprises: string[] = []
  /** Commands whose answer never came (the hub was killed first). */
  lost = 0
  retries = 0

  ticketOf(outcome: Outcome): { id: string; label: string } | undefined {
    if (outcome === 'lost' || outcome.status !== 'ok') return undefined
    const t = (outcome.data as TicketData | undefined)?.ticket
    return typeof t?.id === 'string' && typeof t.label === 'string' ? { id: t.id, label: t.label } : undefined
  }

  recordIssue(outcome: Outcome, life: number): void {
    const ticket = this.ticketOf(outcome)
    if (!ticket) return void this.violations.push(`life ${life}: an ok issue answer without a ticket: ${JSON.stringify(outcome)}`)
    // The id is `<business day>/<label>`, so one id acknowledged twice is one label issued twice in a day.
    const before = this.issued.get(ticket.id)
    if (before) this.violations.push(`life ${life}: ${ticket.label} (${ticket.id}) issued again; first acknowledged in life ${before.life}`)
    else this.issued.set(ticket.id, { ...ticket, life })
  }
}

type Command = Record<string, unknown>

/** One device's loop for one life of the hub; a command left unanswered is retried in the next life. */
abstract class LoadDevice {
  readonly mqtt: MqttDevice
  /** The command whose answer was lost, retried first (with a new request id: the hub has no idempotent request ids). */
  protected unanswered?: Command

  constructor(
    device: string,
    site: string,
    protected readonly ledger: Ledger,
    protected readonly random: () => number,
  ) {
    this.mqtt = new MqttDevice(device, site)
  }

  /** Sends one command; returns the answer, or undefined when the hub died before answering. */
  protected async send(command: Command, retry: boolean): Promise<Answer | undefined> {
    const outcome = await this.mqtt.request(command)
    if (outcome === 'lost') {
      this.ledger.lost += 1
      this.unanswered = command
      return undefined
    }
    if (outcome.status === 'error' && !retry && !this.expected(outcome.error.code)) {
      this.ledger.surprises.push(`${this.mqtt.device} ${JSON.stringify(command)} → ${outcome.error.code}: ${outcome.error.message}`)
    }
    return outcome
  }

  protected expected(_code: string): boolean {
    return false
  }

  async run(life: number, over: () => boolean): Promise<void> {
    if (this.unanswered) {
      const retry = this.unanswered
      this.unanswered = undefined
      this.ledger.retries += 1
      const outcome = await this.send(retry, true)
      if (!outcome) return
      this.acknowledged(retry, outcome, life)
    }
    while (!over()) {
      if (!(await this.step(life))) return
    }
  }

  /** One unit of work; false once the hub is gone. */
  protected abstract step(life: number): Promise<boolean>
  protected abstract acknowledged(command: Command, outcome: Outcome, life: number): void
}

export class TicketBox extends LoadDevice {
  constructor(device: string, site: string, ledger: Ledger, random: () => number, private readonly services: string[]) {
    super(device, site, ledger, random)
  }

  protected async step(life: number): Promise<boolean> {
    const command = { type: 'issue', service: this.services[Math.floor(this.random() * this.services.length)] }
    const outcome = await this.send(command, false)
    if (!outcome) return false
    this.acknowledged(command, outcome, life)
    return true
  }

  protected acknowledged(_command: Command, outcome: Outcome, life: number): void {
    if (outcome !== 'lost' && outcome.status === 'ok') this.ledger.recordIssue(outcome, life)
  }
}

export class CounterKeypad extends LoadDevice {
  constructor(device: string, site: string, ledger: Ledger, random: () => number, private readonly counter: string) {
    super(device, site, ledger, random)
  }

  protected override expected(code: string): boolean {
    return code === 'queue-empty'
  }

  protected async step(life: number): Promise<boolean> {
    const call = { type: 'callNext', counter: this.counter }
    const called = await this.send(call, false)
    if (!called) return false
    this.acknowledged(call, called, life)
    if (called.status === 'error') {
      // Nobody waiting: let the ticket boxes catch up.
      await new Promise((resolve) => setTimeout(resolve, 2))
      return true
    }
    // Half the customers are finished explicitly; "next" finishes the others.
    if (this.random() < 0.5) {
      for (const type of ['start', 'finish']) {
        const command = { type, counter: this.counter }
        const outcome = await this.send(command, false)
        if (!outcome) return false
        this.acknowledged(command, outcome, life)
      }
    }
    return true
  }

  protected acknowledged(command: Command, outcome: Outcome, life: number): void {
    const ticket = this.ledger.ticketOf(outcome)
    if (!ticket) return
    const action = { id: ticket.id, counter: this.counter, life }
    if (command.type === 'callNext') this.ledger.calls.push(action)
    if (command.type === 'finish') this.ledger.finishes.push(action)
  }
}
