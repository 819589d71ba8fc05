/**
 * The ticket box as it ships (issue 14): `dist/qms.mjs run` as a process, a
 * service button pressed through each GPIO backend's seam, a fake ESC/POS
 * printer at the far end of each printer transport. Each run checks the
 * lamps are lit after boot on the right line (with the chip base), that a
 * press prints the journaled number with its service, QR code and cut, and
 * that the lamps go dark when the printer reports paper out and light again
 * when the roll is changed.
 */
import t, { type Test } from 'tap'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ApplianceProcess, type LogEntry } from '../harness/appliance-process.ts'
import { GPIO_BACKENDS, gpioFarEnd, type GpioFarEnd, type GpioKind } from '../harness/gpio-far-end.ts'
import { PRINTER_TRANSPORTS, printerFarEnd, type PrinterTransportKind } from '../harness/printer-far-end.ts'
import { PI4_CHIP_LABEL, STATUS_URL, TICKET_BOX_BUTTONS, writeTicketBoxSite } from '../harness/ticket-box-site.ts'
import { until, within } from '../harness/until.ts'

const [deposits, loans] = TICKET_BOX_BUTTONS

/** The dispenser's word on one ticket: printed, or issued and not printed. */
const ticketOutcome = (e: LogEntry) =>
  e.msg === 'ticket printed' ||
  e.msg === 'ticket issued but not printed: marking it unprinted' ||
  /^no ticket/.test(e.msg ?? '')

async function lampsAre(gpio: GpioFarEnd, box: ApplianceProcess, lit: boolean): Promise<void> {
  await until(
    async () => (await gpio.lamp(deposits.lampLine)) === lit && (await gpio.lamp(loans.lampLine)) === lit,
    () =>
      `lamps on lines ${deposits.lampLine} and ${loans.lampLine} not ${lit ? 'lit' : 'dark'}: ${gpio.describe()}\n${box.tail()}`,
  )
}

/**
 * Presses until the box says what came of it: on a loaded machine a press can fall between two samples.
 * The site's one-minute cooldown makes a repeated press of a seen one give nothing.
 */
async function pressForTicket(t: Test, gpio: GpioFarEnd, box: ApplianceProcess, line: number): Promise<LogEntry> {
  const from = box.entries.length
  for (let attempt = 1; ; attempt++) {
    await gpio.press(line)
    try {
      const outcome = await box.waitFor(ticketOutcome, 5_000, from)
      if (attempt > 1) t.comment(`the press was seen at attempt ${attempt}`)
      return outcome
    } catch (err) {
      if (attempt === 3) throw err
    }
  }
}

async function ticketBox(t: Test, gpioKind: GpioKind, transport: PrinterTransportKind): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'qms-ticket-box-'))
  const gpio = await gpioFarEnd(gpioKind, PI4_CHIP_LABEL)
  t.teardown(() => gpio.close())
  const far = await printerFarEnd(transport)
  t.teardown(() => far.close())
  const configFile = await writeTicketBoxSite(dir, { input: gpio.input, printer: far.config })
  const box = new ApplianceProcess({ configFile, dataDir: join(dir, 'data'), env: gpio.env })
  t.teardown(() => box.stop())
  await box.ready()

  await lampsAre(gpio, box, true)
  t.pass('lamps lit after boot, before any press')

  const t0 = performance.now()
  const outcome = await pressForTicket(t, gpio, box, deposits.line)
  t.comment(`press to printed: ${Math.round(performance.now() - t0)} ms`)
  t.equal(outcome.msg, 'ticket printed', JSON.stringify(outcome))
  const ticket = await within(far.printer.ticket(1), () => `no ticket cut at the printer:\n${box.tail()}`)
  t.equal(ticket.lines.find((l) => l.size === 3)?.text, 'A0001', 'the number, triple size')
  t.ok(
    ticket.lines.some((l) => l.text === deposits.service),
    `the service name among ${JSON.stringify(ticket.lines.map((l) => l.text))}`,
  )
  t.equal(ticket.qr.length, 1, 'one QR code')
  t.match(
    ticket.qr[0],
    new RegExp(`^${STATUS_URL.replace(/[./]/g, '\\$&')}[A-Za-z0-9_-]{22}$`),
    'the QR opens the status page by token',
  )
  t.equal(far.printer.tickets.length, 1, 'cut once: one ticket')
  t.same(far.printer.decoder.unknown, [], 'no command the printer does not know')

  far.printer.mood.paper = 'out'
  await lampsAre(gpio, box, false)
  t.pass('lamps dark once the printer reports paper out')
  far.printer.mood.paper = 'ok'
  await lampsAre(gpio, box, true)
  t.pass('lit again once the roll is changed')
}

for (const gpioKind of GPIO_BACKENDS) {
  for (const transport of PRINTER_TRANSPORTS) {
    t.test(`${gpioKind} buttons, ${transport} printer`, (t) => ticketBox(t, gpioKind, transport))
  }
}

/** English fixed words a ticket used to carry; an Arabic site's ticket has none of them, as text or otherwise. */
const ENGLISH_WORDS =
  /Waiting|About|min\b|You are next|VIP|Priority|Reprinted|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/

t.test(
  "an Arabic site's ticket, printed by dist/qms.mjs, carries no English fixed words: its lines are drawn, right to left",
  async (t) => {
    const dir = await mkdtemp(join(tmpdir(), 'qms-ticket-box-ar-'))
    const gpio = await gpioFarEnd(GPIO_BACKENDS[0]!, PI4_CHIP_LABEL)
    t.teardown(() => gpio.close())
    const far = await printerFarEnd(PRINTER_TRANSPORTS[0]!)
    t.teardown(() => far.close())
    const configFile = await writeTicketBoxSite(dir, {
      input: gpio.input,
      printer: far.config,
      change: (doc) => {
        doc.site.name = 'بنك الخليج التجاري'
        doc.site.languages = ['ar']
        for (const service of doc.services) service.names = { ar: service.id === 'deposits' ? 'الإيداعات' : 'القروض' }
      },
    })
    const box = new ApplianceProcess({ configFile, dataDir: join(dir, 'data'), env: gpio.env })
    t.teardown(() => box.stop())
    await box.ready()
    await lampsAre(gpio, box, true)

    const outcome = await pressForTicket(t, gpio, box, deposits.line)
    t.equal(outcome.msg, 'ticket printed', JSON.stringify(outcome))
    const ticket = await within(far.printer.ticket(1), () => `no ticket cut at the printer:\n${box.tail()}`)
    // (The empty line is the feed after the QR code.)
    const texts = ticket.lines.map((l) => l.text).filter((text) => text !== '')
    t.same(texts, ['A0001'], 'only the number goes as printer text; every word is Arabic, drawn')
    t.notMatch(texts.join('\n'), ENGLISH_WORDS)
    // The site name, the date, the service, the count ahead and the wait: one raster image each.
    t.equal(ticket.images.length, 5, `raster lines: ${ticket.images.length}`)
    t.equal(ticket.qr.length, 1, 'one QR code')
  },
)
