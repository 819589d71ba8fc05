/**
 * A service button's edge to the last ticket byte at the printer: the whole
 * ticket box on one board. A fake sysfs tree stands in for the GPIO pins
 * (sampled every 2 ms, debounced 20 ms, a press counts when let go), the hub
 * journals the ticket (fdatasync), the dispenser asks the printer's status,
 * encodes the ticket (Arabic and the em-dashed company name as raster) and
 * writes it through the real serialport binding to a socat pty at 115200 baud.
 * A pty moves bytes at memory speed, whatever the baud rate, so the time the
 * same bytes need on a real 115200-baud line is printed beside it.
 */
import { join } from 'node:path'
import pino from 'pino'
import { Appliance } from '../firmware/shell/app.ts'
import { demoConfig } from '../test/fixtures/site.ts'
import { FakeEscposPrinter } from '../test/harness/fake-escpos-printer.ts'
import { FakeSysfsGpio } from '../test/harness/fake-sysfs-gpio.ts'
import { socatPair } from '../test/harness/socat-pair.ts'
import { benchDir } from './bench-dir.ts'
import { percentile } from './stats.ts'
import { intlZones } from '../test/fixtures/zones.ts'

export type PressToPrintResult = {
  press_to_print_p50_ms: number
  press_to_print_p99_ms: number
  /** 10 bits per byte (8N1) at 115200 baud for the median ticket's bytes. */
  print_wire_ms: number
  ticket_bytes: number
}

const BAUD = 115200

export async function measurePressToPrint(samples = 60): Promise<PressToPrintResult> {
  const pair = await socatPair()
  const fake = new FakeEscposPrinter()
  const sysfs = await FakeSysfsGpio.create([{ name: 'gpiochip512', label: 'pinctrl-bcm2711', base: 512 }])
  const config = demoConfig((doc) => {
    doc.ticket.statusUrl = 'https://queue.example.com/t/'
    doc.board.model = 'pi-4b'
    doc.board.roles = ['hub', 'dispenser']
    doc.board.dispenser = {
      buttons: [{ service: 'deposits', pin: 11 }, { service: 'loans', pin: 13 }, { service: 'accounts', pin: 15 }],
      input: { driver: 'sysfs', root: sysfs.root, pollMs: 2, debounceMs: 20 },
      printer: { driver: 'escpos-serial', path: pair.a, baudRate: BAUD },
      cooldownMs: 0,
      printerPollMs: 60_000,
    }
  })
  const app = new Appliance({ zones: intlZones, config, dataDir: await benchDir('press'), logger: pino({ level: 'silent' }) })
  const ms: number[] = []
  const sizes: number[] = []
  try {
    await fake.openSerial(pair.b)
    await app.start()
    const gpio = 512 + 17 // header pin 11 on a Pi 4
    for (let i = 0; i < samples; i++) {
      const before = fake.decoder.received
      await sysfs.level(gpio, false) // pressed: the line is pulled to ground
      await new Promise((r) => setTimeout(r, 60))
      const cut = fake.ticket(i + 1)
      const t0 = performance.now()
      await sysfs.level(gpio, true) // let go: this edge takes the ticket
      await cut
      ms.push(performance.now() - t0)
      sizes.push(fake.decoder.received - before)
    }
  } finally {
    await app.stop()
    await fake.close()
    await pair.close()
    await sysfs.close()
  }
  const bytes = percentile(sizes, 50)
  return {
    press_to_print_p50_ms: percentile(ms, 50),
    press_to_print_p99_ms: percentile(ms, 99),
    print_wire_ms: (bytes * 10 * 1000) / BAUD,
    ticket_bytes: bytes,
  }
}
