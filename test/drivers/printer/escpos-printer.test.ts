import t, { type Test } from 'tap'
import pino from 'pino'
import { EscposPrinter } from '../../../firmware/drivers/printer/escpos-printer.ts'
import { DeviceFileTransport } from '../../../firmware/drivers/printer/device-file-transport.ts'
import { NetworkTransport } from '../../../firmware/drivers/printer/network-transport.ts'
import { SerialTransport } from '../../../firmware/drivers/printer/serial-transport.ts'
import { PrintFailedError, PrinterNotReadyError } from '../../../firmware/drivers/printer/printer.ts'
import type { PrinterTransport } from '../../../firmware/drivers/printer/printer-transport.ts'
import type { TicketLayout } from '../../../firmware/roles/dispenser/layout.ts'
import { FakeEscposPrinter } from '../../harness/fake-escpos-printer.ts'
import { socatPair } from '../../harness/socat-pair.ts'

const logger = pino({ level: 'silent' })
const ticket = (label: string): TicketLayout => ({
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
    transport = kind === 'serial' ? new SerialTransport({ path: pair.a, logger }) : new DeviceFileTransport({ path: pair.a })
    t.context.pair = pair
  }
  const printer = new EscposPrinter({ transport, paperWidthMm: 80, logger, statusTimeoutMs: 200, pollMs: 60_000 })
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
    t.same(await printer.status(), { online: true, answered: true, coverOpen: false, paperOut: false, paperNearEnd: false })
    await printer.print(ticket('A001'))
    const printed = await fake.ticket(1)
    t.equal(printed.lines.find((l) => l.size === 3)?.text, 'A001')
    t.same(printed.qr, ['https://q.example/t/A001'])
    t.equal(printed.images.length, 1, 'the Arabic line came as an image')
  })
}

t.test('paper runs out between two tickets: the second is refused before a byte is sent', async (t) => {
  const { fake, printer } = await rig(t)
  await printer.start()
  await printer.print(ticket('A001'))
  await fake.ticket(1)
  // Someone takes the roll out between the two customers.
  fake.mood.paper = 'out'
  const received = fake.decoder.received
  const error = await printer.print(ticket('A002')).catch((e: unknown) => e)
  t.type(error, PrinterNotReadyError)
  t.match((error as Error).message, /out of paper/)
  t.equal(fake.decoder.received - received, 9, 'only the three status queries went out')
  t.equal(fake.tickets.length, 1)
})

t.test('paper runs out during the ticket: the ticket is reported not printed', async (t) => {
  const { fake, printer } = await rig(t)
  await printer.start()
  fake.mood.paperLeftTickets = 1
  const seen: boolean[] = []
  printer.on('status', (s) => seen.push(s.paperOut))
  await printer.print(ticket('A001'))
  // The roll ends half-way through the second: the answer after the ticket says so.
  const error = await printer.print(ticket('A002')).catch((e: unknown) => e)
  t.type(error, PrintFailedError)
  t.match((error as Error).message, /out of paper/)
  t.equal(seen.at(-1), true, 'the printer reported paper out')
})

t.test('a cover opened, a silent printer and garbage answers all refuse the ticket', async (t) => {
  const { fake, printer } = await rig(t)
  await printer.start()
  fake.mood.cover = 'open'
  await t.rejects(printer.print(ticket('A001')), /cover open/)
  fake.mood = { paper: 'ok', cover: 'closed', answers: 'silent' }
  await t.rejects(printer.print(ticket('A001')), /not answering/)
  fake.mood.answers = 'garbage'
  await t.rejects(printer.print(ticket('A001')), /not answering/)
  t.equal(fake.tickets.length, 0, 'nothing was printed')
  fake.mood.answers = 'normal'
  await printer.print(ticket('A002'))
  t.equal((await fake.ticket(1)).lines.find((l) => l.size === 3)?.text, 'A002', 'it prints again once the printer is fine')
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
  const error = await printer.print(ticket('A001')).catch((e: unknown) => e)
  await unplug
  t.type(error, PrintFailedError)
  t.equal((await printer.status()).answered, false, 'nobody answers on the dead port')
})
