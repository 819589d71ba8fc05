import t, { type Test } from 'tap'
import pino from 'pino'
import { EscposPrinter } from '../../../firmware/drivers/printer/escpos-printer.ts'
import { DeviceFileTransport } from '../../../firmware/drivers/printer/device-file-transport.ts'
import { NetworkTransport } from '../../../firmware/drivers/printer/network-transport.ts'
import { SerialTransport } from '../../../firmware/drivers/printer/serial-transport.ts'
import { PrintFailedError, PrinterNotReadyError } from '../../../firmware/drivers/printer/printer.ts'
import type { PrinterTransport } from '../../../firmware/drivers/printer/printer-transport.ts'
import { printerCapabilities } from '../../../firmware/drivers/printer/printer-capabilities.ts'
import { TicketEncoder } from '../../../firmware/roles/dispenser/escpos-ticket.ts'
import { FakeEscposPrinter } from '../../harness/fake-escpos-printer.ts'
import { socatPair } from '../../harness/socat-pair.ts'

const logger = pino({ level: 'silent' })
const capabilities = printerCapabilities({ paperWidthMm: 80, escpos: true })
const encoder = new TicketEncoder(capabilities)
/** The driver is handed bytes; the role's encoder makes them as it would. */
const ticket = (label: string) =>
  encoder.job({
    label,
    lines: [
      { text: label, size: 'huge', align: 'center' },
      { text: 'الإيداعات', size: 'normal', align: 'center', lang: 'ar' },
    ],
    qr: `https://q.example/t/${label}`,
  })

async function rig(t: Test, kind: 'serial' | 'device' | 'tcp' = 'serial') {
  const fake = new FakeEscposPrinter()
  let transport: PrinterTransport
  if (kind === 'tcp') {
    const port = await fake.listenTcp()
    transport = new NetworkTransport({ host: '127.0.0.1', port })
  } else {
    const pair = await socatPair()
    t.teardown(() => pair.close())
    await fake.openSerial(pair.b)
    transport =
      kind === 'serial' ? new SerialTransport({ path: pair.a, logger }) : new DeviceFileTransport({ path: pair.a })
    t.context.pair = pair
  }
  // The status timeout only bounds a failure: long enough that a loaded machine does not read a slow answer as none.
  const printer = new EscposPrinter({ transport, capabilities, logger, statusTimeoutMs: 2000, pollMs: 60_000 })
  t.teardown(async () => {
    await printer.stop()
    await printer.stop()
    await fake.close()
  })
  return { fake, printer }
}

for (const kind of ['serial', 'device', 'tcp'] as const) {
  t.test(`a ticket over ${kind}: the printer receives exactly the ticket`, async (t) => {
    const { fake, printer } = await rig(t, kind)
    await printer.start()
    t.same(await printer.status(), {
      online: true,
      answered: true,
      coverOpen: false,
      paperOut: false,
      paperNearEnd: false,
    })
    await printer.print(await ticket('A001'))
    const printed = await fake.ticket(1)
    t.equal(printed.lines.find((l) => l.size === 3)?.text, 'A001')
    t.same(printed.qr, ['https://q.example/t/A001'])
    t.equal(printed.images.length, 1, 'the Arabic line came as an image')
  })
}

t.test(
  'paper runs out between two tickets: the role asks once, and the second is refused before a byte is sent',
  async (t) => {
    const { fake, printer } = await rig(t)
    await printer.start()
    await printer.print(await ticket('A001'))
    await fake.ticket(1)
    // Someone takes the roll out between the two customers.
    fake.mood.paper = 'out'
    const received = fake.decoder.received
    t.equal((await printer.status()).paperOut, true, 'the role asks before taking a number')
    t.equal(fake.decoder.received - received, 9, 'the three status queries went out')
    const error = await printer.print(await ticket('A002')).catch((e: unknown) => e)
    t.type(error, PrinterNotReadyError)
    t.match((error as Error).message, /out of paper/)
    t.equal(fake.decoder.received - received, 9, 'and nothing after them: the refusal uses that answer')
    t.equal(fake.tickets.length, 1)
  },
)

t.test('a ticket costs one round of status queries after its bytes, none before', async (t) => {
  const { fake, printer } = await rig(t)
  await printer.start()
  const queries: number[] = []
  const original = fake.decoder.push.bind(fake.decoder)
  let printing = false
  fake.decoder.push = (chunk: Buffer) => {
    // A DLE EOT among the ticket's bytes, or after them, is counted; its answer is the fake's as always.
    for (let i = 0; i + 2 < chunk.length; i++)
      if (printing && chunk[i] === 0x10 && chunk[i + 1] === 0x04) queries.push(chunk[i + 2] as number)
    original(chunk)
  }
  const job = await ticket('A001')
  printing = true
  await printer.print(job)
  t.same(queries, [1, 2, 4], 'DLE EOT 1, 2 and 4 once, after the ticket')
  t.equal((await fake.ticket(1)).lines.find((l) => l.size === 3)?.text, 'A001')
})

t.test('paper runs out during the ticket: the ticket is reported not printed', async (t) => {
  const { fake, printer } = await rig(t)
  await printer.start()
  fake.mood.paperLeftTickets = 1
  const seen: boolean[] = []
  printer.on('status', (s) => seen.push(s.paperOut))
  await printer.print(await ticket('A001'))
  // The roll ends half-way through the second: the answer after the ticket says so.
  const error = await printer.print(await ticket('A002')).catch((e: unknown) => e)
  t.type(error, PrintFailedError)
  t.match((error as Error).message, /out of paper/)
  t.equal(seen.at(-1), true, 'the printer reported paper out')
})

t.test('a cover opened, a silent printer and garbage answers all refuse the ticket', async (t) => {
  const { fake, printer } = await rig(t)
  await printer.start()
  // As the role does: ask, then print.
  const askAndPrint = async (label: string) => {
    await printer.status()
    await printer.print(await ticket(label))
  }
  fake.mood.cover = 'open'
  await t.rejects(askAndPrint('A001'), /cover open/)
  fake.mood = { paper: 'ok', cover: 'closed', answers: 'silent' }
  await t.rejects(askAndPrint('A001'), /not answering/)
  fake.mood.answers = 'garbage'
  await t.rejects(askAndPrint('A001'), /not answering/)
  t.equal(fake.tickets.length, 0, 'nothing was printed')
  fake.mood.answers = 'normal'
  await askAndPrint('A002')
  t.equal(
    (await fake.ticket(1)).lines.find((l) => l.size === 3)?.text,
    'A002',
    'it prints again once the printer is fine',
  )
})

t.test('the printer is unplugged mid-ticket: the ticket fails and the printer is reported not answering', async (t) => {
  const { fake, printer } = await rig(t)
  await printer.start()
  const pair = t.context.pair as Awaited<ReturnType<typeof socatPair>>
  // Unplugged as soon as the first ticket bytes arrive.
  const unplug = new Promise<void>((resolve) => {
    const original = fake.decoder.push.bind(fake.decoder)
    fake.decoder.push = (chunk: Buffer) => {
      original(chunk)
      if (fake.decoder.received > 20) {
        fake.decoder.push = original
        void pair.close().then(resolve)
      }
    }
  })
  const error = await printer.print(await ticket('A001')).catch((e: unknown) => e)
  await unplug
  t.type(error, PrintFailedError)
  t.equal((await printer.status()).answered, false, 'nobody answers on the dead port')
})
