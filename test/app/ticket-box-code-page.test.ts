/**
 * A Russian branch whose printer holds cp866 (issue 22): `dist/qms.mjs run`
 * as a process, its printer configured with `codePage: cp866`, a press on
 * the sysfs GPIO seam, a fake ESC/POS printer on a serial pty. The Cyrillic
 * service name must reach the paper as text in table 17, not as a picture.
 */
import t from 'tap'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ApplianceProcess } from '../harness/appliance-process.ts'
import { gpioFarEnd } from '../harness/gpio-far-end.ts'
import { printerFarEnd } from '../harness/printer-far-end.ts'
import { PI4_CHIP_LABEL, TICKET_BOX_BUTTONS, writeTicketBoxSite } from '../harness/ticket-box-site.ts'
import { within } from '../harness/until.ts'

const SERVICE_NAME = 'Вклады'

t.test('a cp866 printer prints a Russian service name as text', async (t) => {
  const dir = await mkdtemp(join(tmpdir(), 'qms-code-page-'))
  const gpio = await gpioFarEnd('sysfs', PI4_CHIP_LABEL)
  t.teardown(() => gpio.close())
  const far = await printerFarEnd('serial')
  t.teardown(() => far.close())
  const configFile = await writeTicketBoxSite(dir, {
    input: gpio.input,
    printer: { ...far.config, codePage: 'cp866' },
    change: (doc) => {
      doc.site = { ...doc.site, name: 'Тестовый филиал', languages: ['ru'] }
      for (const service of doc.services)
        service.names = { ru: service.id === TICKET_BOX_BUTTONS[0].service ? SERVICE_NAME : 'Кредиты' }
    },
  })
  const box = new ApplianceProcess({ configFile, dataDir: join(dir, 'data'), env: gpio.env })
  t.teardown(() => box.stop())
  await box.ready()

  const from = box.entries.length
  // Pressed again if a loaded machine let the press fall between two samples; the site's cooldown makes a seen one give nothing more.
  for (let attempt = 1; ; attempt++) {
    await gpio.press(TICKET_BOX_BUTTONS[0].line)
    try {
      await box.waitFor((e) => e.msg === 'ticket printed', 5_000, from)
      break
    } catch (err) {
      if (attempt === 3) throw err
    }
  }
  const ticket = await within(far.printer.ticket(1), () => `no ticket cut at the printer:\n${box.tail()}`)
  t.ok(
    ticket.lines.some((l) => l.text === SERVICE_NAME),
    `the service name as text among ${JSON.stringify(ticket.lines.map((l) => l.text))}`,
  )
  t.ok(
    ticket.lines.some((l) => l.text === 'Тестовый филиал'),
    'the branch name as text',
  )
  t.equal(ticket.images.length, 0, 'no line of the ticket is a picture')
  t.same(far.printer.decoder.unknown, [], 'every command, ESC t 17 among them, one the printer knows')
})
