import t from 'tap'
import { readFileSync } from 'node:fs'
import pino from 'pino'
import { parse } from 'yaml'
import { checkConfig } from '../../firmware/site/config/load.ts'
import { DriverFactory } from '../../firmware/drivers/factory.ts'
import { GpioButtons } from '../../firmware/drivers/input/gpio-buttons.ts'
import { EscposPrinter } from '../../firmware/drivers/printer/escpos-printer.ts'
import { intlZones } from '../fixtures/zones.ts'

const logger = pino({ level: 'silent' })
const doc = () => parse(readFileSync(new URL('../../config/ticket-box-pi4.yaml', import.meta.url), 'utf8'))

t.test('the Pi 4 example config picks GPIO buttons and an ESC/POS printer', async (t) => {
  const config = checkConfig(doc(), 'ticket-box-pi4.yaml', intlZones, 'box-1')
  const d = config.board.dispenser!
  const factory = new DriverFactory()
  t.type(await factory.serviceButtons(d, config.board.model, logger), GpioButtons)
  t.type(await factory.printer(d.printer, 80, 5000, logger), EscposPrinter)
  for (const printer of [
    { driver: 'escpos-usb', path: '/dev/usb/lp0' },
    { driver: 'escpos-network', host: '127.0.0.1' },
  ] as const)
    t.match(
      (await factory.printer(printer, 58, 5000, logger)).name,
      printer.driver === 'escpos-usb' ? 'escpos device /dev/usb/lp0' : 'escpos tcp 127.0.0.1:9100',
    )
})

t.test('GPIO buttons without a board model or a pin are refused with what to write', async (t) => {
  const factory = new DriverFactory()
  const config = checkConfig(doc(), 'ticket-box-pi4.yaml', intlZones, 'box-1')
  const d = config.board.dispenser!
  await t.rejects(factory.serviceButtons(d, undefined, logger), /board.model must name the board/)
  await t.rejects(
    factory.serviceButtons({ ...d, buttons: [{ service: 'deposits' }] }, 'pi-4b', logger),
    /buttons\[0\] \(deposits\) needs "pin"/,
  )
  await t.rejects(
    factory.serviceButtons({ ...d, buttons: [{ service: 'deposits', pin: 2 }] }, 'pi-4b', logger),
    /header pin 2 .* not a GPIO pin/,
  )
})

t.test('a printer driver with a wrong setting is refused by the config check', async (t) => {
  const bad = doc()
  bad.boards[1].dispenser.printer = { driver: 'escpos-serial', baudRate: 115200 }
  t.throws(() => checkConfig(bad, 'x', intlZones, 'box-1'), /boards\[1\].dispenser.printer: "path" is missing/)
})
