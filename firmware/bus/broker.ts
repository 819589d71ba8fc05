/**
 * The hub's embedded MQTT broker: aedes behind a plain TCP server. aedes does
 * not own its transport (`handle(stream)`), so the server is ours to start
 * and stop. Access control and WebSocket come with the device contract.
 */
import { createServer, type AddressInfo, type Server } from 'node:net'
import { once } from 'node:events'
import { Aedes } from 'aedes'
import type { Logger } from 'pino'

export interface BrokerOptions {
  host: string
  /** 0 picks a free port; `port` tells which after start(). */
  port: number
  logger: Logger
}

export class EmbeddedBroker {
  private aedes?: Aedes
  private server?: Server

  constructor(private readonly options: BrokerOptions) {}

  get port(): number {
    return (this.server?.address() as AddressInfo | null)?.port ?? 0
  }

  async start(): Promise<void> {
    const log = this.options.logger
    // drainTimeout: one stuck client must not stall the others.
    const aedes = await Aedes.createBroker({ drainTimeout: 10_000 })
    aedes.on('clientError', (client, err) => log.warn({ client: client.id, err: err.message }, 'client error'))
    aedes.on('connectionError', (client, err) => log.debug({ client: client.id, err: err.message }, 'connection error'))
    // noDelay: aedes writes one MQTT packet in several small writes; with Nagle on they wait for
    // delayed ACKs (~40 ms each way on Linux), which was most of a ticket's round trip.
    const server = createServer({ noDelay: true }, (socket) => aedes.handle(socket))
    server.listen(this.options.port, this.options.host)
    await once(server, 'listening')
    this.aedes = aedes
    this.server = server
    log.info({ host: this.options.host, port: this.port }, 'broker listening')
  }

  /** Safe to call twice and before start(). */
  async stop(): Promise<void> {
    const { server, aedes } = this
    this.server = undefined
    this.aedes = undefined
    if (aedes) await new Promise<void>((resolve) => aedes.close(() => resolve()))
    if (server) {
      // aedes.close() has ended every client connection, so the server closes at once.
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
