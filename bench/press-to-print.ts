/**
 * A service button's edge to the last ticket byte at the printer, on the
 * shipped bundle: `dist/qms.mjs run` as a process, the demo bank's ticket
 * (Arabic and English service names, the em-dashed company name, the
 * footer, a QR code). A fake sysfs tree stands in for the GPIO pins
 * (sampled every 2 ms; the press acts on the first edge of letting go), the
 * hub journals the ticket (fdatasync), the box asks the printer's status
 * once, and the ticket goes through the real serialport binding to a socat
 * pty. A pty moves bytes at memory speed, whatever the baud rate, so the time
 * the same bytes need on a real 115200-baud 8N1 line (10 bits a byte) is
 * given beside it. The first press after ready is reported apart
 * (`first_press_ms`): it may meet the print path's warm-up. A press that is
 * never printed fails the bench after PRESS_TIMEOUT_MS instead of hanging it.
 */
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { demoDocument } from '../test/fixtures/site.ts'
import { ApplianceProcess } from '../test/harness/appliance-process.ts'
import { FakeEscposPrinter } from '../test/harness/fake-escpos-printer.ts'
import { FakeSysfsGpio } from '../test/harness/fake-sysfs-gpio.ts'
import { writeHubConfig } from '../test/harness/hub-process.ts'
import { vmRssMb } from '../test/harness/vm-rss.ts'
import { socatPair } from '../test/harness/socat-pair.ts'
import { benchDir } from './bench-dir.ts'
import { p99, percentile } from './stats.ts'
import { BITS_8N1, wireMs } from './wire-time.ts'

export type PressToPrintResult = Record<string, number>

const BAUD = 115200
const PRESS_TIMEOUT_MS = 10_000
/** A finger on the button: a hold is a length of time, not a wait for something. A busy machine may stall the box past a short one. */
const HOLD_MS = 120
const BASE = 512
const DEPOSITS_LINE = BASE + 17 // header pin 11 on a Pi 4

function timeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(what)), ms)))
  return Promise.race([work, late]).finally(() => clearTimeout(timer))
}

export interface PressOptions {
  /** Presses after the first: ≥ 1,000 for a p99. */
  samples?: number
  /** Runs the bundle under this command (bench/slow-core.ts). */
  prefix?: string[]
  /** Figure names get this suffix: `press_to_print_slow_p50_ms`. */
  suffix?: string
  /** The demo's all-in-one board, every role on it (counters, displays, announcer, call points simulated), its VmRSS reported. */
  allInOne?: boolean
}

export async function measurePressToPrint(options: PressOptions = {}): Promise<PressToPrintResult> {
  const samples = options.samples ?? 1000
  const suffix = options.suffix ?? ''
  const dir = await benchDir('press')
  const pair = await socatPair()
  const fake = new FakeEscposPrinter()
  const sysfs = await FakeSysfsGpio.create([{ name: `gpiochip${BASE}`, label: 'pinctrl-bcm2711', base: BASE }])
  const doc = demoDocument()
  doc.ticket.statusUrl = 'https://queue.example.com/t/'
  // Four digits: 1,001 presses are more than the demo's 999 numbers a day (A0001: one character more on the ticket).
  doc.services[0].digits = 4
  doc.services[0].range = { from: 1, to: 9999 }
  doc.board.model = 'pi-4b'
  doc.board.roles = options.allInOne
    ? ['hub', 'dispenser', 'counter', 'display', 'announcer', 'callpoint']
    : ['hub', 'dispenser']
  doc.board.dispenser = {
    buttons: [
      { service: 'deposits', pin: 11 },
      { service: 'loans', pin: 13 },
      { service: 'accounts', pin: 15 },
    ],
    input: { driver: 'sysfs', root: sysfs.root, pollMs: 2, debounceMs: 20 },
    printer: { driver: 'escpos-serial', path: pair.a, baudRate: BAUD },
    cooldownMs: 0,
    printerPollMs: 60_000,
  }
  if (options.allInOne) {
    doc.callPoints = { modem: { driver: 'simulated' }, chains: [{ id: 'desk', levels: [{ to: ['+491701111111'] }] }] }
    doc.board.callPoints = {
      input: { driver: 'simulated' },
      points: [{ id: 'desk', kind: 'staff', location: 'Front desk', chain: 'desk' }],
    }
  } else {
    delete doc.board.counters
    delete doc.board.displays
    delete doc.board.announcer
  }
  const box = new ApplianceProcess({
    configFile: await writeHubConfig(dir, doc),
    dataDir: join(dir, 'data'),
    env: { QMS_LOG_LEVEL: 'info' },
    ...(options.prefix ? { prefix: options.prefix } : {}),
  })
  const ms: number[] = []
  const sizes: number[] = []
  let warmUpMs = NaN
  let rssMb = NaN
  try {
    await fake.openSerial(pair.b)
    await box.ready()
    // A customer's first press comes after the box has finished starting, its print path warmed.
    warmUpMs = Number((await box.waitFor((e) => e.msg === 'print path warmed', 60_000)).ms)
    let logFrom = box.entries.length
    for (let i = 0; i <= samples; i++) {
      // The box takes no press while the last ticket is still printing (its status check after the cut):
      // the next finger comes once it said the ticket printed.
      if (i > 0) await box.waitFor((e) => e.msg === 'ticket printed', PRESS_TIMEOUT_MS, logFrom)
      logFrom = box.entries.length
      const before = fake.decoder.received
      await sysfs.level(DEPOSITS_LINE, false) // pressed: the line is pulled to ground
      await sleep(HOLD_MS)
      const cut = fake.ticket(i + 1)
      const t0 = performance.now()
      await sysfs.level(DEPOSITS_LINE, true) // let go: this edge takes the ticket
      await timeout(cut, PRESS_TIMEOUT_MS, `press ${i + 1} was not printed within ${PRESS_TIMEOUT_MS} ms`).catch(
        (err: Error) => {
          throw new Error(`${err.message}; the box's last lines:\n${box.tail()}`)
        },
      )
      ms.push(performance.now() - t0)
      // What the printer received for the press up to the cut: the status query before it and the ticket.
      sizes.push(fake.decoder.received - before)
    }
    rssMb = await vmRssMb(box.pid)
  } finally {
    await box.stop()
    await fake.close()
    await pair.close()
    await sysfs.close()
  }
  const [first, ...warm] = ms
  const bytes = percentile(sizes.slice(1), 50)
  return {
    [`press_to_print${suffix}_p50_ms`]: percentile(warm, 50),
    [`press_to_print${suffix}_p99_ms`]: p99(warm),
    [`first_press${suffix}_ms`]: first as number,
    [`press_samples${suffix}`]: warm.length,
    [`print_warm_up${suffix}_ms`]: warmUpMs,
    ...(options.allInOne ? { [`rss${suffix}_mb`]: rssMb } : {}),
    ...(suffix === '' ? { print_wire_ms: wireMs(bytes, BAUD, BITS_8N1), ticket_wire_bytes: bytes } : {}),
  }
}
