/**
 * The front panel for running without hardware: one terminal screen with
 * every simulated device. Digits press the ticket box's service buttons;
 * the selected counter's keypad is on letters; it shows the last ticket as
 * printed, every display's face, the announcements and the log.
 */
import { EventEmitter } from 'node:events'
import { emitKeypressEvents } from 'node:readline'
import type { Appliance } from '../app.ts'
import { announcementText } from '../../language/call-words.ts'
import type { SiteConfig } from '../../site/config/schema.ts'
import type { Feedback } from '../../roles/counter/counter.ts'
import { panelKey, type PanelMode } from './panel-keys.ts'
import { drawPanel, type PanelView } from './panel-screen.ts'
import type { PanelLog } from './panel-log.ts'

const MAX_LOG = 200

/** Keys panel-keys.ts reads as characters, whatever the terminal sent for them. */
const NAMED_KEYS: Readonly<Record<string, string>> = {
  tab: '\t',
  escape: '\x1b',
  return: '\r',
  enter: '\r',
  backspace: '\x7f',
}

export class FrontPanel extends EventEmitter<{ quit: []; closed: [] }> {
  private readonly view: PanelView
  private mode: PanelMode = 'normal'
  /** What was typed at an open prompt (a label, a PIN, a score). */
  private typed = ''
  private redrawQueued = false
  /** The keyboard ended: the terminal is gone (SIGHUP alone may be a reload, `kill -HUP`). */
  private readonly onClosed = () => this.emit('closed')
  private readonly onLine = (line: string) =>
    this.update(() => {
      this.view.log.push(line)
      this.view.log.splice(0, Math.max(0, this.view.log.length - MAX_LOG))
    })
  private readonly onKey = (text: string | undefined, key: { name?: string; ctrl?: boolean; shift?: boolean }) =>
    this.key(text, key)

  constructor(
    private readonly config: SiteConfig,
    private readonly app: Appliance,
    private readonly log: PanelLog,
  ) {
    super()
    this.view = {
      config,
      counter: 0,
      ticket: undefined,
      displays: new Map(),
      announcements: [],
      feedback: '',
      log: [],
      prompt: '',
      devices: '',
    }
  }

  start(): void {
    const sim = this.app.drivers.simulated
    for (const printer of sim.printers) printer.on('printed', (text) => this.update(() => (this.view.ticket = text)))
    for (const [id, display] of sim.displays) {
      this.view.displays.set(id, display.content)
      display.on('shown', (content) => this.update(() => this.view.displays.set(id, content)))
    }
    for (const audio of sim.audio) {
      audio.on('played', (a) =>
        this.update(() => {
          this.view.announcements = [`» ${announcementText(a)}`, ...this.view.announcements].slice(0, 4)
        }),
      )
    }
    for (const counter of this.app.counters) {
      counter.on('feedback', (f: Feedback) =>
        this.update(() => (this.view.feedback = `${f.ok ? '✔' : '✘'} counter ${f.counter} ${f.key}: ${f.text}`)),
      )
    }
    const offline = new Set<string>()
    this.app.on('connection', (device, online) =>
      this.update(() => {
        if (online) offline.delete(device)
        else offline.add(device)
        this.view.devices = offline.size > 0 ? `⚠ no connection to the hub (${[...offline].join(', ')})` : ''
      }),
    )
    this.app.deviceWatch?.on('change', (state) =>
      this.update(() => {
        const online = state.devices.length - state.missing.length
        this.view.devices = `Devices: ${online} of ${state.devices.length} online${state.missing.length > 0 ? ` · missing: ${state.missing.join(', ')}` : ''}`
      }),
    )
    this.app.dispenser?.on('refused', (service, message) =>
      this.update(() => (this.view.feedback = `✘ ticket box ${service}: ${message}`)),
    )
    this.app.dispenser?.on('tooSoon', (service) =>
      this.update(
        () => (this.view.feedback = `… ticket box ${service}: seen — this button just gave a ticket (its lamp blinks)`),
      ),
    )
    this.app.dispenser?.on('unprinted', (label, reason) =>
      this.update(
        () => (this.view.feedback = `✘ ${label} not printed (${reason}); a counter can reprint (e) or cancel (k) it`),
      ),
    )
    this.view.log = this.log.lastLines(MAX_LOG)
    this.log.logged.on('line', this.onLine)
    emitKeypressEvents(process.stdin)
    process.stdin.setRawMode(true)
    process.stdin.on('keypress', this.onKey)
    process.stdin.on('end', this.onClosed)
    process.stdin.on('error', this.onClosed)
    process.stdin.resume()
    process.stdout.on('resize', () => this.update(() => undefined))
    // The alternate screen keeps the person's terminal as it was after quitting.
    process.stdout.write('\x1b[?1049h\x1b[?25l')
    this.redraw()
  }

  private key(text: string | undefined, key: { name?: string; ctrl?: boolean }): void {
    if (key.ctrl && key.name === 'c') {
      this.emit('quit')
      return
    }
    const action = panelKey(this.config, this.mode, NAMED_KEYS[key.name ?? ''] ?? text ?? '', this.typed)
    this.update(() => {
      this.mode = action.mode
      this.typed = action.kind === 'none' ? (action.typed ?? '') : ''
      this.view.prompt = action.prompt ?? ''
      switch (action.kind) {
        case 'quit':
          this.emit('quit')
          break
        case 'service':
          this.app.drivers.simulated.inputs.get('dispenser')?.press(action.service)
          break
        case 'next-counter':
          this.view.counter = (this.view.counter + 1) % Math.max(1, this.app.counters.length)
          break
        case 'counter-key': {
          const id = this.config.board.counters?.[this.view.counter]?.counter
          if (id) this.app.drivers.simulated.inputs.get(`counter:${id}`)?.press(action.key)
          break
        }
        case 'none':
          break
      }
    })
  }

  private update(change: () => void): void {
    change()
    if (this.redrawQueued) return
    this.redrawQueued = true
    setTimeout(() => this.redraw(), 30).unref()
  }

  private redraw(): void {
    this.redrawQueued = false
    // A terminal that reports no size (0, as a serial console or a bare pty may) gets the usual one.
    const columns = process.stdout.columns || 100
    const rows = process.stdout.rows || 40
    process.stdout.write('\x1b[H\x1b[2J' + drawPanel(this.view, columns, rows, this.mode))
  }

  /** Gives the terminal back. Safe to call twice. */
  stop(): void {
    this.log.logged.off('line', this.onLine)
    process.stdin.off('keypress', this.onKey)
    process.stdin.off('end', this.onClosed)
    process.stdin.off('error', this.onClosed)
    if (process.stdin.isTTY) process.stdin.setRawMode(false)
    process.stdin.pause()
    process.stdout.write('\x1b[?25h\x1b[?1049l')
  }
}
