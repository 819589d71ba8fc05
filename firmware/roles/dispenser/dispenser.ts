/**
 * The ticket box: a service button asks the hub for a ticket and prints the
 * answer. Nothing is printed before the hub has journaled the ticket, no
 * number is taken while the printer cannot print, and a ticket the printer
 * failed on is marked unprinted on the hub — never left waiting as a ghost.
 */
import { EventEmitter } from 'node:events'
import type { Logger } from 'pino'
import { isOpen } from '../../core/opening-hours.ts'
import type { TimeZones } from '../../time/local-time.ts'
import type { BusClient } from '../../bus/client.ts'
import type { Topics } from '../../bus/topics.ts'
import type { DispenserConfig, SiteConfig } from '../../site/config/schema.ts'
import type { ButtonLamps, InputDevice } from '../../drivers/input/input.ts'
import { NO_ANSWER, canPrint, describeStatus, type PrinterStatus } from '../../drivers/printer/escpos-status.ts'
import type { TicketPrinter } from '../../drivers/printer/printer.ts'
import { reprintedLines, ticketLayout, type TicketLayout, type TicketLine, type TicketSite } from './layout.ts'
import { TicketEncoder } from './escpos-ticket.ts'
import { dateTimeText } from './date-line.ts'
import { boxAddresses, statusSlip } from './status-slip.ts'
import type { DayHeadline } from '../../report/day-headline.ts'
import { summarySlip } from './summary-slip.ts'
import { newTicketToken } from './ticket-token.ts'
import type { ConfigState } from '../../contract/config-state.ts'
import type { EventPayload } from '../../contract/events.ts'
import type { ServicesState } from '../../contract/states.ts'
import type { TopicName, TopicPayload } from '../../contract/topic-map.ts'
import { configSlipLines } from '../config-words.ts'
import { staffWords } from '../../site/config/site-words.ts'

/** The ticket box's slice of the site config: what its tickets show, its own buttons (the board's `dispenser`), the config's version. */
export type DispenserSlice = TicketSite & Pick<SiteConfig, 'version'> & { dispenser: DispenserConfig }

export interface DispenserDeps {
  config: DispenserSlice
  /** Which config the box runs (site/config/config-hash.ts), for its status slip. */
  configHash: string
  bus: BusClient
  topics: Topics
  /** This box's name on the bus, for its printer state topic. */
  device: string
  buttons: InputDevice & ButtonLamps
  printer: TicketPrinter
  logger: Logger
  clock: () => number
  /** The command's time zones, for opening hours and the printed date. */
  zones: TimeZones
}

export interface DispenserEvents {
  refused: [service: string, message: string]
  /** A press within the button's cooldown: no ticket, the lamp blinks to say it was seen. */
  tooSoon: [service: string]
  printed: [label: string]
  unprinted: [label: string, reason: string]
}

/** How long a button blinks after a press within its cooldown: long enough to be seen, short enough not to alarm. */
const TOO_SOON_BLINK_MS = 1500

export class DispenserRole extends EventEmitter<DispenserEvents> {
  private printerState: PrinterStatus = NO_ANSWER
  private readonly lastTicketAt = new Map<string, number>()
  private readonly printing = new Set<string>()
  /** Tickets the printer failed on, kept to reprint them as they were. */
  private readonly unprinted = new Map<string, TicketLayout>()
  private readonly printedToday = new Map<string, number>()
  private waiting: Record<string, number> = {}
  private day = ''
  /** The last closed day's summary, from the hub's retained state: printed after the status slip. */
  private dayReport?: DayHeadline
  /** The config the hub runs and the last USB import, for the status slip. */
  private configState?: ConfigState
  private lampTimer?: NodeJS.Timeout
  /** Buttons blinking "seen, but you just had a ticket", with the timer that ends each blink. */
  private readonly tooSoonBlink = new Map<string, NodeJS.Timeout>()
  private pressesInCooldown = 0
  private readonly onPress = (service: string) => void this.press(service)
  private readonly onChord = () => void this.printStatusSlip()
  private readonly onPrinterStatus = (status: PrinterStatus) => this.printerChanged(status)
  /** The ticket's bytes are made here, for what the printer says it can do; the printer only sends them. */
  private readonly encoder: TicketEncoder
  private warming?: NodeJS.Immediate

  constructor(private readonly deps: DispenserDeps) {
    super()
    this.encoder = new TicketEncoder(deps.printer.capabilities)
  }

  async start(): Promise<void> {
    const { bus, topics, printer, buttons } = this.deps
    await printer.start()
    printer.on('status', this.onPrinterStatus)
    this.printerChanged(await printer.status())
    await bus.subscribe('event', topics.event('ticket.reprintRequested'), (event) => void this.reprint(event))
    await bus.subscribe('servicesState', topics.servicesState, (state) => this.servicesChanged(state))
    await bus.subscribe('reportDay', topics.reportDay, (headline) => {
      this.dayReport = headline
    })
    await bus.subscribe('configState', topics.configState, (state) => {
      this.configState = state
    })
    await buttons.start()
    buttons.on('press', this.onPress)
    buttons.on('chord', this.onChord)
    // Opening hours change the lamps with no event to tell: look each minute.
    this.lampTimer = setInterval(() => this.updateLamps(), 60_000)
    // Once the start is done, not in it: the first customer's ticket should not load the canvas and draw the
    // site's fixed pictures while they wait.
    this.warming = setImmediate(() => void this.warm())
  }

  /** Every line that is the same on each ticket of a service: the company name, its names, the footer. */
  private fixedLines(service: string): TicketLine[] {
    const sample = {
      ticket: {
        id: '',
        label: '',
        service,
        priority: 'normal' as const,
        state: 'waiting' as const,
        issuedAt: 0,
        calls: 0,
      },
    }
    return ticketLayout(this.deps.config, sample, this.deps.clock(), this.deps.zones).lines.filter(
      (l) => l.part === 'site' || l.part === 'service' || l.part === 'footer',
    )
  }

  /** Draws the site's fixed pictures and loads what encoding needs, right after start. */
  private async warm(): Promise<void> {
    this.warming = undefined
    const t0 = performance.now()
    try {
      for (const { id } of this.deps.config.services) await this.encoder.warm(this.fixedLines(id))
      this.deps.logger.info({ ms: Math.round(performance.now() - t0) }, 'print path warmed')
    } catch (err) {
      this.deps.logger.warn({ err }, 'warming the print path failed; the first ticket will draw its own')
    }
  }

  /** The daily summary the technician's combination would print after the status slip. */
  get daySummary(): DayHeadline | undefined {
    return this.dayReport
  }

  private serviceOpen(service: string): boolean {
    const def = this.deps.config.services.find((s) => s.id === service)
    return isOpen(def?.hours, this.deps.zones.localTime(this.deps.clock(), this.deps.config.site.timeZone))
  }

  private updateLamps(): void {
    const ready = canPrint(this.printerState)
    for (const { service } of this.deps.config.dispenser.buttons) {
      const state =
        this.printing.has(service) || this.tooSoonBlink.has(service)
          ? 'blink'
          : ready && this.serviceOpen(service)
            ? 'on'
            : 'off'
      this.deps.buttons.setLamp(service, state)
    }
  }

  private printerChanged(status: PrinterStatus): void {
    const was = this.printerState
    this.printerState = status
    this.updateLamps()
    if (JSON.stringify(was) === JSON.stringify(status)) return
    const { topics, device, logger } = this.deps
    const payload = {
      device,
      canPrint: canPrint(status),
      words: describeStatus(status),
      ...status,
      at: this.deps.clock(),
    }
    this.send('printerState', topics.printerState(device), payload)
    this.deps.bus.reportProblems(canPrint(status) ? [] : [`printer: ${describeStatus(status)}`])
    if (!canPrint(status) || status.paperNearEnd) this.send('printerAlert', topics.alert('printer'), payload)
    if (!canPrint(status)) logger.warn(`printer cannot print: ${describeStatus(status)}`)
  }

  private send<K extends TopicName>(name: K, topic: string, payload: TopicPayload<K>): void {
    this.deps.bus
      .publish(name, topic, payload)
      .catch((err: Error) => this.deps.logger.warn({ topic, err }, 'publish failed'))
  }

  private servicesChanged(state: ServicesState): void {
    if (state.day !== this.day) {
      // A new business day: the slip's counts start again.
      if (this.day !== '') this.printedToday.clear()
      this.day = state.day
    }
    this.waiting = Object.fromEntries(Object.entries(state.services).map(([id, s]) => [id, s.waiting]))
  }

  private async press(service: string): Promise<void> {
    const { logger, clock } = this.deps
    const cooldown = this.deps.config.dispenser.cooldownMs ?? 0
    const last = this.lastTicketAt.get(service)
    if (this.printing.has(service) || (last !== undefined && clock() - last < cooldown)) return this.tooSoon(service)
    this.lastTicketAt.set(service, clock())
    try {
      await this.issue(service)
    } catch (err) {
      logger.error({ service, err }, 'ticket box failed on a press')
    }
  }

  /**
   * A second press within the cooldown gives no ticket, but must not look like a dead box: the
   * button's lamp blinks for a moment, and the count goes on the health topic for staff.
   */
  private tooSoon(service: string): void {
    this.pressesInCooldown += 1
    this.deps.logger.info(
      { service, pressesInCooldown: this.pressesInCooldown },
      'press within the cooldown: no second ticket; the lamp blinks to say it was seen',
    )
    clearTimeout(this.tooSoonBlink.get(service))
    const timer = setTimeout(() => {
      this.tooSoonBlink.delete(service)
      this.updateLamps()
    }, TOO_SOON_BLINK_MS)
    timer.unref()
    this.tooSoonBlink.set(service, timer)
    this.updateLamps()
    this.deps.bus.reportCount('pressesInCooldown', this.pressesInCooldown)
    this.emit('tooSoon', service)
  }

  private refuse(service: string, message: string): void {
    this.deps.logger.warn({ service }, `no ticket: ${message}`)
    this.emit('refused', service, message)
  }

  private async issue(service: string): Promise<void> {
    const { bus, printer, config, clock } = this.deps
    // Asked of the printer itself before a number is taken: no number for a ticket that cannot come out.
    const before = await printer.status()
    this.printerChanged(before)
    if (!canPrint(before)) return this.refuse(service, `the printer cannot print (${describeStatus(before)})`)
    const token = newTicketToken()
    // While the hub journals the ticket, this service's pictures are drawn (a no-op once warm).
    const [answer] = await Promise.all([
      bus.request({ type: 'issue', service, token }),
      this.encoder.warm(this.fixedLines(service)),
    ])
    if (answer.status === 'error') return this.refuse(service, answer.error.message)
    const reply = answer.data
    await this.print(service, ticketLayout(config, reply, clock(), this.deps.zones, token), {
      ahead: reply.ahead,
      asked: true,
    })
  }

  /** `asked`: the printer's state was asked just before (the press did, before taking the number). */
  private async print(
    service: string,
    layout: TicketLayout,
    facts: { ahead?: number; asked: boolean },
  ): Promise<boolean> {
    const { printer, logger, bus } = this.deps
    const { ahead } = facts
    this.printing.add(service)
    this.updateLamps()
    try {
      // The printer refuses on its last answer without asking again: a reprint asks here first.
      if (!facts.asked) this.printerChanged(await printer.status())
      await printer.print(await this.encoder.job(layout))
      this.unprinted.delete(layout.label)
      this.printedToday.set(service, (this.printedToday.get(service) ?? 0) + 1)
      logger.info({ label: layout.label, service, ahead }, 'ticket printed')
      this.emit('printed', layout.label)
      return true
    } catch (err) {
      const reason = (err as Error).message
      this.unprinted.set(layout.label, layout)
      logger.error({ label: layout.label, err: reason }, 'ticket issued but not printed: marking it unprinted')
      const answer = await bus.request({ type: 'markUnprinted', label: layout.label, reason })
      if (answer.status === 'error')
        logger.error(
          { label: layout.label, err: answer.error.message },
          'the hub did not take the ticket out of the queue',
        )
      this.send('printerAlert', this.deps.topics.alert('printer'), {
        device: this.deps.device,
        label: layout.label,
        unprinted: true,
        reason,
        at: this.deps.clock(),
      })
      this.emit('unprinted', layout.label, reason)
      return false
    } finally {
      this.printing.delete(service)
      this.updateLamps()
    }
  }

  /** A counter asked for an unprinted ticket again: print it, then tell the hub it may wait again. */
  private async reprint(event: EventPayload): Promise<void> {
    if (event.type !== 'ticket.reprintRequested' || event.label === undefined) {
      this.deps.logger.warn({ event }, 'reprint request without label or service ignored')
      return
    }
    const { label, service } = event
    const kept = this.unprinted.get(label)
    const layout = kept ?? this.rebuilt(label, service, event.token)
    if (
      !(await this.print(
        service,
        { ...layout, lines: [...layout.lines, ...reprintedLines(this.deps.config)] },
        { asked: false },
      ))
    )
      return
    const answer = await this.deps.bus.request({ type: 'markPrinted', label })
    if (answer.status === 'error')
      this.deps.logger.error(
        { label, err: answer.error.message },
        'reprinted, but the hub did not put it back in the queue',
      )
  }

  /** After a restart the box no longer holds the failed layout: the hub's facts make a plainer one. */
  private rebuilt(label: string, service: string, token: string | undefined): TicketLayout {
    const ticket = {
      id: label,
      label,
      service,
      priority: 'normal' as const,
      state: 'waiting' as const,
      issuedAt: this.deps.clock(),
      calls: 0,
    }
    // The wait words would be a guess here; the number, service and QR are what matter.
    return ticketLayout(
      this.deps.config,
      { ticket, ahead: this.waiting[service] ?? 0 },
      this.deps.clock(),
      this.deps.zones,
      token,
      false,
    )
  }

  private async printStatusSlip(): Promise<void> {
    const { printer, config, logger, clock } = this.deps
    const status = await printer.status()
    const words = staffWords(config)
    const format = (ms: number) => dateTimeText(words, ms, config.site.timeZone, this.deps.zones, true)
    const slip = statusSlip(words, {
      firmware: process.env.QMS_VERSION ?? 'dev',
      configVersion: `v${config.version} ${config.site.id} ${this.deps.configHash.slice(0, 8)}`,
      printerName: printer.name,
      printer: status,
      printedToday: Object.fromEntries(config.services.map((s) => [s.id, this.printedToday.get(s.id) ?? 0])),
      waiting: this.waiting,
      unprinted: [...this.unprinted.keys()],
      addresses: boxAddresses(),
      when: format(clock()),
      configLines: configSlipLines(words, this.configState, format),
    })
    try {
      await printer.print(await this.encoder.job(slip))
      logger.info('status slip printed')
      if (this.dayReport) {
        await printer.print(await this.encoder.job(summarySlip(words, this.dayReport, config.site.name)))
        logger.info({ day: this.dayReport.day }, 'daily summary slip printed')
      }
    } catch (err) {
      logger.warn({ err }, 'status slip not printed')
    }
  }

  async stop(): Promise<void> {
    if (this.warming) clearImmediate(this.warming)
    this.warming = undefined
    clearInterval(this.lampTimer)
    for (const timer of this.tooSoonBlink.values()) clearTimeout(timer)
    this.tooSoonBlink.clear()
    this.lampTimer = undefined
    this.deps.buttons.off('press', this.onPress)
    this.deps.buttons.off('chord', this.onChord)
    this.deps.printer.off('status', this.onPrinterStatus)
    await this.deps.buttons.stop()
    await this.deps.printer.stop()
  }
}
