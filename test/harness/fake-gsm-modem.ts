/**
 * A GSM modem made for the tests: it sits on the far end of a socat pty pair
 * (the real serialport binding on both ends), speaks AT in PDU mode, records
 * the messages it is asked to send (decoded with node-pdu), and misbehaves
 * as the test says.
 */
import { Deliver, Submit, parse } from 'node-pdu'
import { SerialPort } from 'serialport'

export interface ModemMood {
  /** What an SMS send gets after the PDU ('reset' happens once, then sends work). */
  send: 'ok' | 'cms-error' | 'silent' | 'ring-mid-send' | 'reset' | 'garbage'
  /** +CMS ERROR code for 'cms-error' (330: SMSC address unknown; 38: network out of order). */
  cmsCode: number
  sim: 'READY' | 'SIM PIN'
  creg: number
  csq: number
}

export interface SentSms {
  to: string
  text: string
}

/** An SMS-DELIVER as the network hands it over: first part only, empty SCA. */
function deliverPdu(from: string, text: string): string {
  const deliver = new Deliver(from, text)
  const part = deliver.getParts()[0]
  if (!part) throw new Error('node-pdu made no part')
  return part.toString(deliver)
}

export class FakeGsmModem {
  mood: ModemMood = { send: 'ok', cmsCode: 38, sim: 'READY', creg: 1, csq: 20 }
  readonly sent: SentSms[] = []
  readonly commands: string[] = []
  /** ESC bytes received: the driver leaving a prompt. */
  aborts = 0
  private port?: SerialPort
  private buffer = ''
  private inPdu = false
  private ref = 0
  private readonly stored = new Map<number, string>()
  private readonly waiters: { n: number; resolve: () => void }[] = []

  async open(path: string): Promise<void> {
    const port = new SerialPort({ path, baudRate: 115200, autoOpen: false })
    await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())))
    port.on('data', (chunk: Buffer) => this.take(chunk.toString('latin1')))
    this.port = port
  }

  /** Resolves once n messages were accepted for sending. */
  sentCount(n: number): Promise<void> {
    if (this.sent.length >= n) return Promise.resolve()
    return new Promise((resolve) => this.waiters.push({ n, resolve }))
  }

  /** Resolves once n commands (of any kind) came in. */
  async commandCount(n: number): Promise<void> {
    while (this.commands.length < n) await new Promise((r) => setTimeout(r, 10))
  }

  /** A message from `from` arrives: stored on the SIM and announced with +CMTI. */
  deliver(from: string, text: string): void {
    const index = this.stored.size + 1
    this.stored.set(index, deliverPdu(from, text))
    this.write(`\r\n+CMTI: "SM",${index}\r\n`)
  }

  /** A message announced whole with +CMT (CNMI mt=2). */
  deliverDirect(from: string, text: string): void {
    const pdu = deliverPdu(from, text)
    this.write(`\r\n+CMT: ,${pdu.length / 2 - 1}\r\n${pdu}\r\n`)
  }

  write(text: string): void {
    this.port?.write(Buffer.from(text, 'latin1'))
  }

  private take(text: string): void {
    this.buffer += text
    for (;;) {
      if (this.inPdu) {
        const end = this.buffer.search(/[\x1a\x1b]/)
        if (end < 0) return
        const pdu = this.buffer.slice(0, end)
        const abort = this.buffer[end] === '\x1b'
        this.buffer = this.buffer.slice(end + 1)
        this.inPdu = false
        if (abort) this.aborts++
        else this.pdu(pdu)
        continue
      }
      // An ESC outside a prompt (the text was already sent): counted, otherwise ignored as modems do.
      const escapes = this.buffer.match(/\x1b/g)?.length ?? 0
      this.aborts += escapes
      if (escapes > 0) this.buffer = this.buffer.replace(/\x1b/g, '')
      const end = this.buffer.indexOf('\r')
      if (end < 0) return
      const line = this.buffer.slice(0, end).trim()
      this.buffer = this.buffer.slice(end + 1)
      if (line) this.command(line)
    }
  }

  private command(line: string): void {
    this.commands.push(line)
    const ok = (info = ''): void => this.write(`${info}\r\nOK\r\n`)
    if (/^AT\+CMGS=\d+$/.test(line)) {
      this.inPdu = true
      this.write('\r\n> ')
    } else if (line === 'AT+CPIN?') ok(`\r\n+CPIN: ${this.mood.sim}\r\n`)
    else if (line === 'AT+CREG?') ok(`\r\n+CREG: 0,${this.mood.creg}\r\n`)
    else if (line === 'AT+CSQ') ok(`\r\n+CSQ: ${this.mood.csq},99\r\n`)
    else if (/^AT\+CMGR=\d+$/.test(line)) {
      const pdu = this.stored.get(Number(line.slice(8)))
      if (pdu === undefined) this.write('\r\n+CMS ERROR: 321\r\n')
      else ok(`\r\n+CMGR: 0,,${pdu.length / 2 - 1}\r\n${pdu}\r\n`)
    } else if (/^AT\+CMGD=\d+$/.test(line)) {
      this.stored.delete(Number(line.slice(8)))
      ok()
    } else if (/^AT/.test(line)) ok()
    else this.write('\r\nERROR\r\n')
  }

  private pdu(hex: string): void {
    const mood = this.mood.send
    if (mood === 'silent') return
    if (mood === 'reset') {
      // Once: the modem comes back up well.
      this.mood.send = 'ok'
      this.write('\r\nRDY\r\n\r\n+CFUN: 1\r\n\r\n+CPIN: READY\r\n')
      return
    }
    if (mood === 'garbage') {
      this.write('\r\n\xff\xfe\x01junk\r\n')
      return
    }
    if (mood === 'cms-error') {
      this.write(`\r\n+CMS ERROR: ${this.mood.cmsCode}\r\n`)
      return
    }
    const sms = parse(hex)
    if (!(sms instanceof Submit)) {
      this.write('\r\n+CMS ERROR: 304\r\n')
      return
    }
    if (mood === 'ring-mid-send') this.write('\r\nRING\r\n\r\n+CLIP: "+4930123456",145\r\n')
    this.sent.push({ to: `+${sms.address.phone ?? ''}`.replace(/^\+\+/, '+'), text: sms.data.getText() })
    this.write(`\r\n+CMGS: ${++this.ref}\r\n\r\nOK\r\n`)
    for (const w of [...this.waiters]) {
      if (this.sent.length >= w.n) {
        this.waiters.splice(this.waiters.indexOf(w), 1)
        w.resolve()
      }
    }
  }

  async close(): Promise<void> {
    const port = this.port
    this.port = undefined
    if (port?.isOpen) await new Promise<void>((resolve) => port.close(() => resolve()))
  }
}
