/**
 * The appliance on one board: starts the roles its config names, in order,
 * and stops them in reverse. The hub role brings the embedded broker, the
 * engine and the journal; every other role is a bus client like a remote
 * board's would be.
 */
import { randomBytes } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { join } from 'node:path'
import type { Logger } from 'pino'
import { EmbeddedBroker } from '../bus/broker.ts'
import { BusClient } from '../bus/client.ts'
import { deviceId, siteDevices, type DeviceRole } from '../bus/devices.ts'
import { siteLogins } from '../bus/logins.ts'
import { topics, type Topics } from '../bus/topics.ts'
import { engineConfig } from '../site/config/engine-slice.ts'
import type { SiteConfig } from '../site/config/schema.ts'
import { DriverFactory } from '../drivers/factory.ts'
import type { ClipLoader } from '../drivers/audio/audio.ts'
import type { TimeZones } from '../time/local-time.ts'
import { Hub } from '../hub/hub.ts'
import { HubBus } from '../hub/hub-bus.ts'
import { HubClock } from '../hub/hub-clock.ts'
import { DeviceWatch } from '../hub/device-watch.ts'
import { ReportBus } from '../hub/report-bus.ts'
import { reportNames } from '../report/report-config.ts'
import { SummaryStore, summariesDir } from '../report/summary-store.ts'
// Each role's module is imported when the board runs that role: a hub-only board
// (and its start) never loads the printer, display, keypad or audio code.
import type { CounterRole } from '../roles/counter/counter.ts'
import type { DispenserRole } from '../roles/dispenser/dispenser.ts'
import { configHash } from '../site/config/config-hash.ts'
import { displayWords, staffWords } from '../site/config/site-words.ts'
import type { ReloadReport } from '../contract/config-state.ts'
import { ConfigStateBus } from '../hub/config-state-bus.ts'

export interface ApplianceOptions {
  config: SiteConfig
  dataDir: string
  logger: Logger
  clock?: () => number
  /** The bundle revision of the config (site/bundle/running-config.ts); null or absent: not a bundle's. */
  revision?: number | null
  /** Where `qms usb-import` leaves its outcome; default `<dataDir>/config`. */
  configDir?: string
  /** How the reload that started this appliance ended. */
  reload?: ReloadReport
  /** The command's time zones (time/system-zone.ts): the engine's, the reports', the roles' local time. */
  zones: TimeZones
}

interface Part {
  name: string
  stop(): Promise<void> | void
}

export interface ApplianceEvents {
  fatal: [error: Error]
  /** A device of this board lost or regained its connection to the hub. */
  connection: [device: string, online: boolean]
}

export class Appliance extends EventEmitter<ApplianceEvents> {
  readonly drivers = new DriverFactory()
  readonly topics: Topics
  hub?: Hub
  broker?: EmbeddedBroker
  dispenser?: DispenserRole
  /** On the hub's board: which of the site's devices are online. */
  deviceWatch?: DeviceWatch
  /** On the hub's board: `state/config`. */
  configState?: ConfigStateBus
  readonly counters: CounterRole[] = []
  private readonly started: Part[] = []
  private stopping?: Promise<void>
  private starting?: Promise<void>
  /** Aborted by stop(): a start still under way gives up before its next part. */
  private readonly abort = new AbortController()
  /** The login of a board without a configured password (a one-box site): made anew at each start. */
  private readonly generatedPassword = randomBytes(18).toString('base64url')
  /** Identifies the config every device runs, on its health topic. */
  private readonly configHash: string

  constructor(private readonly options: ApplianceOptions) {
    super()
    this.topics = topics(options.config.site.id)
    this.configHash = configHash(options.config)
  }

  private get clock(): () => number {
    return this.options.clock ?? Date.now
  }

  private log(module: string): Logger {
    return this.options.logger.child({ module })
  }

  private async client(role: DeviceRole, counter?: string): Promise<BusClient> {
    // Displays and the speaker only listen; the access list gives them no reply topic.
    const commands = role !== 'display' && role !== 'announcer'
    const { config } = this.options
    const { host } = config.hub.broker
    const port = this.broker?.port ?? config.hub.broker.port
    const device = deviceId(config.board.id, role, counter)
    const hubBoard = config.boards.find((b) => b.roles.includes('hub'))!
    const bus = new BusClient({
      // Every device but the hub itself listens for the hub's health: an external broker outlives the hub.
      ...(role === 'hub' ? {} : { hubHealth: this.topics.deviceHealth(deviceId(hubBoard.id, 'hub')) }),
      url: `mqtt://${host}:${port}`,
      device,
      commands,
      username: device,
      password: config.board.password ?? this.generatedPassword,
      topics: this.topics,
      logger: this.log(`bus:${device}`),
      health: { version: process.env.QMS_VERSION ?? 'dev', config: this.configHash },
    })
    bus.on('offline', () => this.emit('connection', device, false))
    bus.on('online', () => this.emit('connection', device, true))
    await bus.start()
    this.started.push({ name: `bus ${device}`, stop: () => bus.stop() })
    return bus
  }

  private async run(name: string, part: { start(): Promise<unknown>; stop(): Promise<void> | void }): Promise<void> {
    this.abort.signal.throwIfAborted()
    await part.start()
    this.started.push({ name, stop: () => part.stop() })
  }

  start(): Promise<void> {
    this.starting ??= this.startParts()
    return this.starting
  }

  private async startParts(): Promise<void> {
    const { config } = this.options
    const board = config.board
    const roles = new Set(board.roles)
    const engine = engineConfig(config, this.options.zones)

    if (roles.has('hub')) {
      const journalDir = join(this.options.dataDir, 'journal')
      const summaries = new SummaryStore(
        summariesDir(this.options.dataDir),
        journalDir,
        config.site.timeZone,
        this.options.zones,
      )
      let reportBus: ReportBus | undefined
      const hub = new Hub({
        engine,
        journalDir,
        snapshotEvery: config.hub.snapshotEvery,
        retentionDays: config.hub.retentionDays,
        logger: this.log('hub'),
        clock: this.clock,
        // Each closed day's summary is written before compaction may delete the day's journal.
        beforeCompact: async (today) => {
          await summaries.summariseClosedDays(today)
          await summaries.prune(today, config.hub.summaryRetentionDays)
          await reportBus?.publishDay()
        },
      })
      this.hub = hub
      hub.on('fatal', (err) => this.emit('fatal', err))
      // The journal is recovered before the broker listens: no device is answered from a half-read state.
      await this.run('journal', hub)
      const broker = config.hub.broker
      if (broker.mode === 'embedded') {
        this.broker = new EmbeddedBroker({
          ...broker,
          root: this.topics.root,
          logins: siteLogins(config, this.generatedPassword),
          logger: this.log('broker'),
        })
        await this.run('broker', this.broker)
      }
      const hubClient = await this.client('hub')
      const devices = siteDevices(config)
      const hubBus = new HubBus({
        hub,
        bus: hubClient,
        topics: this.topics,
        engine,
        devices,
        logger: this.log('hub:bus'),
      })
      await this.run('hub on the bus', hubBus)
      this.deviceWatch = new DeviceWatch(hubClient, this.topics, devices, this.log('hub:devices'))
      await this.run('device watch', this.deviceWatch)
      await this.run('hub clock', new HubClock(hub, this.log('hub:clock')))
      reportBus = new ReportBus({
        hub,
        bus: hubClient,
        topics: this.topics,
        engine,
        store: summaries,
        ...reportNames(config),
        logger: this.log('hub:report'),
        clock: this.clock,
      })
      await this.run('reports on the bus', reportBus)
      this.configState = new ConfigStateBus({
        bus: hubClient,
        topics: this.topics,
        site: config.site.id,
        hash: this.configHash,
        revision: this.options.revision ?? null,
        configDir: this.options.configDir ?? join(this.options.dataDir, 'config'),
        ...(this.options.reload ? { reload: this.options.reload } : {}),
        logger: this.log('hub:config'),
      })
      await this.run('config state on the bus', this.configState)
      if (engine.incidents) {
        const { CallPointHub } = await import('../hub/call-point-hub.ts')
        const modem = config.callPoints
          ? await this.drivers.modem(config.callPoints.modem, this.log('modem'))
          : undefined
        const parts = {
          hub,
          bus: hubClient,
          topics: this.topics,
          engine,
          device: deviceId(board.id, 'hub'),
          words: staffWords(config),
          logger: this.log('incidents'),
        }
        await this.run('call points (hub)', new CallPointHub({ ...parts, ...(modem ? { modem } : {}) }))
      }
    }
    if (roles.has('dispenser') && board.dispenser) {
      const d = board.dispenser
      const { DispenserRole } = await import('../roles/dispenser/dispenser.ts')
      const device = deviceId(board.id, 'dispenser')
      this.dispenser = new DispenserRole({
        config: {
          version: config.version,
          site: config.site,
          services: config.services,
          ticket: config.ticket,
          messages: config.messages,
          dispenser: d,
        },
        configHash: this.configHash,
        bus: await this.client('dispenser'),
        topics: this.topics,
        device,
        buttons: await this.drivers.serviceButtons(d, board.model, this.options.logger),
        printer: await this.drivers.printer(d.printer, config.ticket.paperWidth, d.printerPollMs, this.options.logger),
        logger: this.log('dispenser'),
        clock: this.clock,
        zones: this.options.zones,
      })
      await this.run('dispenser', this.dispenser)
    }
    if (roles.has('counter')) {
      const [{ CounterRole }, { resolveKeypadKey }] = await Promise.all([
        import('../roles/counter/counter.ts'),
        import('../roles/counter/keypad-targets.ts'),
      ])
      for (const keypad of board.counters ?? []) {
        const bus = await this.client('counter', keypad.counter)
        const log = this.log(`counter:${keypad.counter}`)
        const input = await this.drivers.counterKeypad(keypad.counter, keypad.input, log)
        const resolve = (key: string) => resolveKeypadKey(key, config.services, config.counters)
        const role = new CounterRole({
          counter: keypad.counter,
          keypad: input,
          bus,
          logger: log,
          words: staffWords(config),
          resolveKey: resolve,
        })
        this.counters.push(role)
        await this.run(`counter ${keypad.counter}`, role)
      }
    }
    if (roles.has('display') && board.displays?.length) {
      const [{ DisplayRole }, { presented }] = await Promise.all([
        import('../roles/display/display.ts'),
        import('../roles/display/display-presentation.ts'),
      ])
      const displays = []
      for (const d of board.displays) {
        const log = this.log(`display:${d.id}`)
        displays.push({ config: d, driver: presented(d, await this.drivers.display(d.id, d.output, log), log) })
      }
      const bus = await this.client('display')
      await this.run(
        'displays',
        new DisplayRole({
          counters: config.counters,
          words: displayWords(config),
          displays,
          bus,
          topics: this.topics,
          logger: this.log('display'),
          clock: this.clock,
        }),
      )
    }
    if (roles.has('callpoint') && board.callPoints) {
      const [{ CallPointRole }, { gesturesOf }] = await Promise.all([
        import('../roles/call-point/call-point.ts'),
        import('../roles/call-point/call-point-keys.ts'),
      ])
      const input = await this.drivers.callPointButtons(board.callPoints, board.model, this.options.logger)
      const points = new Map(board.callPoints.points.map((p) => [p.id, gesturesOf(p)]))
      const role = new CallPointRole({
        points,
        input,
        bus: await this.client('callpoint'),
        topics: this.topics,
        logger: this.log('callpoint'),
      })
      await this.run('call points', role)
    }
    if (roles.has('announcer') && board.announcer) {
      const { AnnouncerRole } = await import('../roles/announcer/announcer.ts')
      const bus = await this.client('announcer')
      // The announcer's clips, read only when a real speaker starts (wavefile and sox are not needed without one).
      const loadClips: ClipLoader = async (set) => (await import('../roles/announcer/clip-library.ts')).loadClips(set)
      const audio = await this.drivers.audio(
        board.announcer.output,
        config.site.languages,
        loadClips,
        this.log('audio'),
      )
      const announcer = new AnnouncerRole({
        site: config.site,
        counters: config.counters,
        announcer: board.announcer,
        audio,
        bus,
        topics: this.topics,
        logger: this.log('announcer'),
        clock: this.clock,
        zones: this.options.zones,
      })
      await this.run('announcer', announcer)
    }
  }

  /** Stops what started, newest first; the journal is synced and closed last. Safe twice. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      const logger = this.log('app')
      this.abort.abort(new Error('the appliance is shutting down'))
      // Let a start under way reach a boundary; its failure was already reported to whoever started it.
      await this.starting?.then(
        () => undefined,
        (err: Error) => logger.debug({ err }, 'start ended by shutdown'),
      )
      for (const part of this.started.reverse()) {
        try {
          await part.stop()
        } catch (err) {
          logger.error({ part: part.name, err }, 'did not stop cleanly')
        }
      }
    })()
    return this.stopping
  }
}
